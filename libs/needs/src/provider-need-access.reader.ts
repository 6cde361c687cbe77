import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { organizationsWithRole, Principal, Role } from '@ytmt/core';
import { DataSource, EntityManager } from 'typeorm';
import { NeedSearchDocumentReader } from './need-search-document.reader';
import { ProviderCoverageReader } from './provider-coverage.reader';
import { canSee, needSearchAudience } from './search/need-visibility';

/**
 * Whether someone may see a need by the rule need search uses (`canSee`): a need a caller finds
 * in search, the caller may also open — and a provider may propose to.
 */
@Injectable()
export class ProviderNeedAccessReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly documents: NeedSearchDocumentReader,
    private readonly coverage: ProviderCoverageReader,
  ) {}

  /** `null`: an anonymous visitor. */
  async principalCanSee(principal: Principal | null, needId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const [document] = await this.documents.load([needId], manager);
    if (!document) return false;
    if (!principal) return canSee(needSearchAudience(null), document);
    const coverage = await this.coverage.read(organizationsWithRole(principal, Role.PROVIDER_USER));
    return canSee(needSearchAudience(principal, coverage), document);
  }

  /** As a provider organisation (any of its users). */
  async canSee(providerId: string, needId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const asProvider: Principal = { userId: '', email: '', memberships: [{ role: Role.PROVIDER_USER, organizationId: providerId, employmentAreaId: null }] };
    return this.principalCanSee(asProvider, needId, manager);
  }
}
