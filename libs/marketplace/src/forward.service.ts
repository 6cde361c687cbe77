import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { organizationsWithRole, OutboxService, Principal, Role } from '@ytmt/core';
import { notificationMessage, NotificationType } from '@ytmt/events';
import { OrganizationDirectory } from '@ytmt/identity';
import { CompanyAccessReader, NeedRepository, NeedsService, NeedSummaryReader, toNeedType } from '@ytmt/needs';
import { DataSource, EntityManager, In } from 'typeorm';
import { ForwardNeedInput } from './dto/marketplace.inputs';
import { ForwardedNeedType, NeedForwardType } from './dto/marketplace.types';
import { NeedForward } from './entities/need-forward.entity';
import { MarketplaceErrorCode, MarketplaceException } from './marketplace.exception';
import { MarketplacePolicy } from './marketplace.policy';

/** Coordinators hand a need over to a provider: a one-stop experience for the employer. */
@Injectable()
export class ForwardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly companies: CompanyAccessReader,
    private readonly needs: NeedsService,
    private readonly needSummaries: NeedSummaryReader,
    private readonly repository: NeedRepository,
    private readonly organizations: OrganizationDirectory,
    private readonly outbox: OutboxService,
  ) {}

  async forward(principal: Principal, input: ForwardNeedInput): Promise<NeedForwardType> {
    const id = await this.dataSource.transaction(async (manager) => {
      const need = await this.needSummaries.lockedById(input.needId, manager);
      if (!need) throw MarketplaceException.field(MarketplaceErrorCode.NEED_NOT_FOUND, 'input.needId', 'no such need');
      MarketplacePolicy.assertCanForward(principal, await this.companies.read(need.organizationId, manager));
      if (!(await this.isProvider(input.providerId, need.organizationId, manager))) {
        throw MarketplaceException.field(MarketplaceErrorCode.PROVIDER_NOT_FOUND, 'input.providerId', 'no such provider');
      }
      if (await manager.getRepository(NeedForward).existsBy({ needId: input.needId, providerId: input.providerId })) {
        throw MarketplaceException.field(MarketplaceErrorCode.ALREADY_FORWARDED, 'input.providerId', 'the need is already forwarded to this provider');
      }
      const { identifiers } = await manager.getRepository(NeedForward).insert({
        needId: input.needId,
        providerId: input.providerId,
        forwardedByUserId: principal.userId,
        message: input.message ?? null,
      });
      const forwardId = identifiers[0].id as string;
      await this.outbox.add(manager, notificationMessage({ type: NotificationType.NEED_FORWARDED, forwardId }));
      // The search document now names the provider: it sees the need whatever its visibility.
      await this.needs.changed(manager, input.needId);
      return forwardId;
    });
    const [forward] = await this.toTypes(await this.dataSource.getRepository(NeedForward).findBy({ id }));
    return forward;
  }

  /** A need's forwards: for the company's users and coordinators. */
  async forNeed(principal: Principal, needId: string): Promise<NeedForwardType[]> {
    const need = await this.needSummaries.byId(needId);
    if (!need) throw MarketplaceException.field(MarketplaceErrorCode.NEED_NOT_FOUND, 'needId', 'no such need');
    if (!MarketplacePolicy.seesAllProposals(principal, await this.companies.read(need.organizationId))) {
      throw new MarketplaceException(MarketplaceErrorCode.NOT_ALLOWED, "You cannot see this need's forwards");
    }
    return this.toTypes(await this.dataSource.getRepository(NeedForward).find({ where: { needId }, order: { createdAt: 'ASC' } }));
  }

  /** Needs forwarded to the caller's provider organisations, newest first, with their content. */
  async forwardedToMe(principal: Principal): Promise<ForwardedNeedType[]> {
    const own = organizationsWithRole(principal, Role.PROVIDER_USER);
    if (own.length === 0) return [];
    const forwards = await this.toTypes(
      await this.dataSource.getRepository(NeedForward).find({ where: { providerId: In(own) }, order: { createdAt: 'DESC' }, take: 200 }),
    );
    const needs = await this.repository.load([...new Set(forwards.map((f) => f.needId))]);
    return forwards.flatMap((forward) => {
      const need = needs.find((n) => n.need.id === forward.needId);
      return need ? [{ forward, need: toNeedType(need) }] : [];
    });
  }

  /** A provider is an organisation with provider users; a company cannot be handed its own need. */
  private async isProvider(providerId: string, companyId: string, manager: EntityManager): Promise<boolean> {
    if (providerId.toLowerCase() === companyId.toLowerCase()) return false;
    return (await this.organizations.memberUserIds([providerId], [Role.PROVIDER_USER], manager)).length > 0;
  }

  /** With the providers' names, in the order of the forwards. */
  private async toTypes(forwards: readonly NeedForward[]): Promise<NeedForwardType[]> {
    const providers = await this.organizations.byIds(forwards.map((f) => f.providerId));
    return forwards.flatMap((f) => {
      const provider = providers.get(f.providerId);
      return provider ? [{ id: f.id, needId: f.needId, providerId: f.providerId, providerName: provider.name, message: f.message, createdAt: f.createdAt }] : [];
    });
  }
}
