import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { organizationsWithRole, OutboxService, Principal, Role } from '@ytmt/core';
import { notificationMessage, NotificationType } from '@ytmt/events';
import { ServiceFactsReader } from '@ytmt/catalogue';
import { OrganizationDirectory } from '@ytmt/identity';
import { CompanyAccessReader, NeedsService, NeedStage, NeedSummaryReader, ProviderNeedAccessReader } from '@ytmt/needs';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, FindManyOptions, FindOptionsOrder, In } from 'typeorm';
import { ProposeServicesInput } from './dto/marketplace.inputs';
import { ProposalType } from './dto/marketplace.types';
import { Proposal } from './entities/proposal.entity';
import { ProposalStatus } from './marketplace.enums';
import { MarketplaceErrorCode, MarketplaceException } from './marketplace.exception';
import { MarketplacePolicy } from './marketplace.policy';

/** Oldest first; the id orders proposals made at the same instant. */
const IN_ORDER_OF_ARRIVAL: FindOptionsOrder<Proposal> = { createdAt: 'ASC', id: 'ASC' };

/** Providers propose services to needs; employers answer; everyone involved follows. */
@Injectable()
export class ProposalService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly companies: CompanyAccessReader,
    private readonly providerAccess: ProviderNeedAccessReader,
    private readonly needs: NeedsService,
    private readonly needSummaries: NeedSummaryReader,
    private readonly services: ServiceFactsReader,
    private readonly organizations: OrganizationDirectory,
    private readonly outbox: OutboxService,
  ) {}

  async propose(principal: Principal, input: ProposeServicesInput): Promise<ProposalType[]> {
    const ids = await this.dataSource.transaction(async (manager) => {
      const need = await this.need(manager, input.needId, 'input.needId');
      MarketplacePolicy.assertCanReceiveProposals(need.access, 'input.needId');
      if (need.stage === NeedStage.FILLED || need.stage === NeedStage.CLOSED) {
        throw MarketplaceException.field(MarketplaceErrorCode.PROPOSAL_CLOSED, 'input.needId', `the need is ${need.stage}`);
      }
      const services = await this.services.byIds(input.serviceIds, manager);
      const created: string[] = [];
      for (const [index, serviceId] of input.serviceIds.entries()) {
        const path = `input.serviceIds[${index}]`;
        const service = services.get(serviceId);
        if (!service) throw MarketplaceException.field(MarketplaceErrorCode.INVALID_PROPOSAL, path, 'no such service');
        MarketplacePolicy.assertProviderUserOf(principal, service.organizationId, path);
        if (service.status !== 'PUBLISHED') throw MarketplaceException.field(MarketplaceErrorCode.INVALID_PROPOSAL, path, 'only published services can be proposed');
        if (!service.isFree && !input.price) throw MarketplaceException.field(MarketplaceErrorCode.INVALID_PROPOSAL, 'input.price', 'a charged service needs a price');
        if (!(await this.providerAccess.canSee(service.organizationId, need.id, manager))) {
          throw MarketplaceException.field(MarketplaceErrorCode.NEED_NOT_FOUND, 'input.needId', 'no such need');
        }
        const open = await manager.getRepository(Proposal).existsBy({ needId: need.id, serviceId, status: ProposalStatus.OPEN });
        if (open) throw MarketplaceException.field(MarketplaceErrorCode.ALREADY_PROPOSED, path, 'this service already has an open proposal to this need');
        const { identifiers } = await manager.getRepository(Proposal).insert({
          needId: need.id,
          serviceId,
          providerId: service.organizationId,
          proposedByUserId: principal.userId,
          message: input.message,
          priceAmount: input.price && !service.isFree ? input.price.amount.toFixed(2) : null,
          priceCurrency: input.price && !service.isFree ? input.price.currency : null,
          priceUnit: input.price && !service.isFree ? (input.price.unit ?? null) : null,
          status: ProposalStatus.OPEN,
        });
        const proposalId = identifiers[0].id as string;
        await this.outbox.add(manager, notificationMessage({ type: NotificationType.PROPOSAL_RECEIVED, proposalId }));
        created.push(proposalId);
      }
      return created;
    });
    return this.load(ids);
  }

  /**
   * The employer accepts or declines an open proposal, once. Accepting links the service to the
   * need and moves the need to PACKAGED when it has not got that far yet.
   */
  async answer(principal: Principal, proposalId: string, accept: boolean, reason: string | null): Promise<ProposalType> {
    await this.dataSource.transaction(async (manager) => {
      const proposal = await this.locked(manager, proposalId, 'input.proposalId');
      const need = await this.need(manager, proposal.needId, 'input.proposalId');
      MarketplacePolicy.assertCanAnswer(principal, need.access);
      if (proposal.status !== ProposalStatus.OPEN) {
        throw MarketplaceException.field(MarketplaceErrorCode.PROPOSAL_CLOSED, 'input.proposalId', `the proposal is already ${proposal.status}`);
      }
      await manager.getRepository(Proposal).update(proposal.id, {
        status: accept ? ProposalStatus.ACCEPTED : ProposalStatus.DECLINED,
        answerReason: reason,
        answeredByUserId: principal.userId,
        answeredAt: new Date(),
      });
      if (accept) await this.needs.advanceTo(manager, need.id, NeedStage.PACKAGED, principal.userId);
      await this.outbox.add(manager, notificationMessage({ type: NotificationType.PROPOSAL_ANSWERED, proposalId }));
    });
    return (await this.load([proposalId]))[0];
  }

  async withdraw(principal: Principal, proposalId: string): Promise<ProposalType> {
    await this.dataSource.transaction(async (manager) => {
      const proposal = await this.locked(manager, proposalId, 'proposalId');
      if (!MarketplacePolicy.isProviderUserOf(principal, proposal.providerId)) {
        throw MarketplaceException.field(MarketplaceErrorCode.PROPOSAL_NOT_FOUND, 'proposalId', 'no such proposal');
      }
      if (proposal.status !== ProposalStatus.OPEN) {
        throw MarketplaceException.field(MarketplaceErrorCode.PROPOSAL_CLOSED, 'proposalId', `the proposal is already ${proposal.status}`);
      }
      await manager.getRepository(Proposal).update(proposal.id, { status: ProposalStatus.WITHDRAWN, withdrawnAt: new Date() });
    });
    return (await this.load([proposalId]))[0];
  }

  /** A need's proposals: all of them for the company and its coordinators, their own for providers. */
  async forNeed(principal: Principal, needId: string): Promise<ProposalType[]> {
    const need = await this.need(this.dataSource.manager, needId, 'needId');
    if (MarketplacePolicy.seesAllProposals(principal, need.access)) {
      return this.query({ where: { needId }, order: IN_ORDER_OF_ARRIVAL });
    }
    const own = organizationsWithRole(principal, Role.PROVIDER_USER);
    if (own.length === 0) throw new MarketplaceException(MarketplaceErrorCode.NOT_ALLOWED, "You cannot see this need's proposals");
    return this.query({ where: { needId, providerId: In(own) }, order: IN_ORDER_OF_ARRIVAL });
  }

  /** The provider user's organisations' proposals, newest first. */
  async mine(principal: Principal, status: ProposalStatus | null): Promise<ProposalType[]> {
    const own = organizationsWithRole(principal, Role.PROVIDER_USER);
    if (own.length === 0) return [];
    return this.query({
      where: { providerId: In(own), ...(status !== null ? { status } : {}) },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: 500,
    });
  }

  private async load(ids: readonly string[]): Promise<ProposalType[]> {
    const rows = await this.query({ where: { id: In([...ids]) } });
    return ids.map((id) => rows.find((row) => row.id === id) as ProposalType);
  }

  /** The proposals with the need's title, the service's name and the provider's name, each read in one query. */
  private async query(options: FindManyOptions<Proposal>): Promise<ProposalType[]> {
    const proposals = await this.dataSource.getRepository(Proposal).find(options);
    const needs = await this.needSummaries.byIds(proposals.map((p) => p.needId));
    const services = await this.services.byIds(proposals.map((p) => p.serviceId));
    const providers = await this.organizations.byIds(proposals.map((p) => p.providerId));
    return proposals.flatMap((proposal) => {
      const need = needs.get(proposal.needId);
      const service = services.get(proposal.serviceId);
      const provider = providers.get(proposal.providerId);
      return need && service && provider ? [toProposalType(proposal, need.title, service.nameFi, provider.name)] : [];
    });
  }

  private async locked(manager: EntityManager, proposalId: string, path: string): Promise<Proposal> {
    const proposal = isUUID(proposalId)
      ? await manager.getRepository(Proposal).findOne({ where: { id: proposalId }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!proposal) throw MarketplaceException.field(MarketplaceErrorCode.PROPOSAL_NOT_FOUND, path, 'no such proposal');
    return proposal;
  }

  private async need(manager: EntityManager, needId: string, path: string) {
    const need = await this.needSummaries.byId(needId, manager);
    if (!need) throw MarketplaceException.field(MarketplaceErrorCode.NEED_NOT_FOUND, path, 'no such need');
    return { id: need.id, stage: need.stage, access: await this.companies.read(need.organizationId, manager) };
  }
}

function toProposalType(proposal: Proposal, needTitle: string, serviceName: string, providerName: string): ProposalType {
  return {
    id: proposal.id,
    needId: proposal.needId,
    needTitle,
    serviceId: proposal.serviceId,
    serviceName,
    providerId: proposal.providerId,
    providerName,
    message: proposal.message,
    price:
      proposal.priceAmount !== null ? { amount: Number(proposal.priceAmount), currency: proposal.priceCurrency as string, unit: proposal.priceUnit } : null,
    status: proposal.status,
    answerReason: proposal.answerReason,
    createdAt: proposal.createdAt,
    answeredAt: proposal.answeredAt,
    withdrawnAt: proposal.withdrawnAt,
  };
}
