import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { CompanyAreaShare } from '../entities/company-parts.entity';
import { CompanyProfile } from '../entities/company-profile.entity';
import { CompanyVerificationStatus } from '../entities/company-verification';

/** What other domains follow of a company account: whether its right to act awaits verification, and where it is shared. */
export interface CompanyStanding {
  /** The account's right to act is not verified yet (PENDING). A company without a profile is not pending. */
  pending: boolean;
  /** The employment areas the account is shared with, in id order. */
  sharedEmploymentAreaIds: string[];
}

const NOT_PENDING_NOT_SHARED: CompanyStanding = { pending: false, sharedEmploymentAreaIds: [] };

/**
 * For other domains (needs and those that follow them): verification and sharing of company
 * accounts, which the CRM decides. Every method takes the caller's EntityManager to read inside
 * its transaction.
 */
@Injectable()
export class CompanyStandingReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The standing of each company, in two queries however many; every id is in the map. */
  async of(companyIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, CompanyStanding>> {
    const unique = [...new Set(companyIds.filter(Boolean))];
    if (unique.length === 0) return new Map();
    const pending = await manager.getRepository(CompanyProfile).find({
      select: { organizationId: true },
      where: { organizationId: In(unique), verificationStatus: CompanyVerificationStatus.PENDING },
    });
    const shares = await manager.getRepository(CompanyAreaShare).find({
      select: { organizationId: true, employmentAreaId: true },
      where: { organizationId: In(unique) },
      order: { employmentAreaId: 'ASC' },
    });
    // Keyed by the ids as given; PostgreSQL matches uuids whatever their case, so compare in lower case.
    const pendingIds = new Set(pending.map((profile) => profile.organizationId));
    return new Map(
      unique.map((id) => [
        id,
        {
          pending: pendingIds.has(id.toLowerCase()),
          sharedEmploymentAreaIds: shares.filter((share) => share.organizationId === id.toLowerCase()).map((share) => share.employmentAreaId),
        },
      ]),
    );
  }

  /** Ids of the companies shared with any of the employment areas, sorted and distinct; one query however many areas. */
  async sharedWith(employmentAreaIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const unique = [...new Set(employmentAreaIds.filter(Boolean))];
    if (unique.length === 0) return [];
    const shares = await manager.getRepository(CompanyAreaShare).find({
      select: { organizationId: true },
      where: { employmentAreaId: In(unique) },
    });
    return [...new Set(shares.map((share) => share.organizationId))].sort();
  }

  /** Which of the companies await verification (PENDING), in lower case; one query however many. */
  async pendingAmong(companyIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Set<string>> {
    const unique = [...new Set(companyIds.filter(Boolean))];
    if (unique.length === 0) return new Set();
    const pending = await manager.getRepository(CompanyProfile).find({
      select: { organizationId: true },
      where: { organizationId: In(unique), verificationStatus: CompanyVerificationStatus.PENDING },
    });
    return new Set(pending.map((profile) => profile.organizationId));
  }

  async ofCompany(companyId: string, manager?: EntityManager): Promise<CompanyStanding> {
    return (await this.of([companyId], manager)).get(companyId) ?? NOT_PENDING_NOT_SHARED;
  }
}
