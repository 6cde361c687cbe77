import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { organizationsWithRole, OutboxService, Principal, Role } from '@ytmt/core';
import { notificationMessage, NotificationType } from '@ytmt/events';
import { CompanyAccessReader, NeedsService, NeedStage, ProviderNeedAccessReader } from '@ytmt/needs';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { ProposeServicesInput } from './dto/marketplace.inputs';
import { ProposalType } from './dto/marketplace.types';
import { Proposal } from './entities/proposal.entity';
import { ProposalStatus } from './marketplace.enums';
import { MarketplaceErrorCode, MarketplaceException } from './marketplace.exception';
import { MarketplacePolicy } from './marketplace.policy';

interface ProposalRow {
  id: string;
  need_id: string;
  need_title: string;
  service_id: string;
  service_name: string;
  provider_id: string;
  provider_name: string;
  message: string;
  price_amount: string | null;
  price_currency: string | null;
  price_unit: string | null;
  status: ProposalStatus;
  answer_reason: string | null;
  created_at: Date;
  answered_at: Date | null;
  withdrawn_at: Date | null;
}

const PROPOSAL_SELECT = `
  SELECT p.id, p.need_id, n.title AS need_title, p.service_id, s.name_fi AS service_name, p.provider_id, o.name AS provider_name,
         p.message, p.price_amount, p.price_currency, p.price_unit, p.status, p.answer_reason, p.created_at, p.answered_at, p.withdrawn_at
    FROM proposal p JOIN need n ON n.id = p.need_id JOIN service s ON s.id = p.service_id JOIN organization o ON o.id = p.provider_id`;

/** Providers propose services to needs; employers answer; everyone involved follows. */
@Injectable()
export class ProposalService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly companies: CompanyAccessReader,
    private readonly providerAccess: ProviderNeedAccessReader,
    private readonly needs: NeedsService,
    private readonly outbox: OutboxService,
  ) {}

  async propose(principal: Principal, input: ProposeServicesInput): Promise<ProposalType[]> {
    const ids = await this.dataSource.transaction(async (manager) => {
      const need = await this.need(manager, input.needId, 'input.needId');
      MarketplacePolicy.assertCanReceiveProposals(need.access, 'input.needId');
      if (need.stage === NeedStage.FILLED || need.stage === NeedStage.CLOSED) {
        throw MarketplaceException.field(MarketplaceErrorCode.PROPOSAL_CLOSED, 'input.needId', `the need is ${need.stage}`);
      }
      const services: { id: string; organization_id: string; status: string; is_free: boolean }[] = await manager.query(
        'SELECT id, organization_id, status, is_free FROM service WHERE id = ANY($1)',
        [input.serviceIds],
      );
      const created: string[] = [];
      for (const [index, serviceId] of input.serviceIds.entries()) {
        const path = `input.serviceIds[${index}]`;
        const service = services.find((s) => s.id === serviceId);
        if (!service) throw MarketplaceException.field(MarketplaceErrorCode.INVALID_PROPOSAL, path, 'no such service');
        MarketplacePolicy.assertProviderUserOf(principal, service.organization_id, path);
        if (service.status !== 'PUBLISHED') throw MarketplaceException.field(MarketplaceErrorCode.INVALID_PROPOSAL, path, 'only published services can be proposed');
        if (!service.is_free && !input.price) throw MarketplaceException.field(MarketplaceErrorCode.INVALID_PROPOSAL, 'input.price', 'a charged service needs a price');
        if (!(await this.providerAccess.canSee(service.organization_id, need.id, manager))) {
          throw MarketplaceException.field(MarketplaceErrorCode.NEED_NOT_FOUND, 'input.needId', 'no such need');
        }
        const open = await manager.getRepository(Proposal).existsBy({ needId: need.id, serviceId, status: ProposalStatus.OPEN });
        if (open) throw MarketplaceException.field(MarketplaceErrorCode.ALREADY_PROPOSED, path, 'this service already has an open proposal to this need');
        const { identifiers } = await manager.getRepository(Proposal).insert({
          needId: need.id,
          serviceId,
          providerId: service.organization_id,
          proposedByUserId: principal.userId,
          message: input.message,
          priceAmount: input.price && !service.is_free ? input.price.amount.toFixed(2) : null,
          priceCurrency: input.price && !service.is_free ? input.price.currency : null,
          priceUnit: input.price && !service.is_free ? (input.price.unit ?? null) : null,
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
      return this.query(`${PROPOSAL_SELECT} WHERE p.need_id = $1 ORDER BY p.created_at, p.id`, [needId]);
    }
    const own = organizationsWithRole(principal, Role.PROVIDER_USER);
    if (own.length === 0) throw new MarketplaceException(MarketplaceErrorCode.NOT_ALLOWED, "You cannot see this need's proposals");
    return this.query(`${PROPOSAL_SELECT} WHERE p.need_id = $1 AND p.provider_id = ANY($2) ORDER BY p.created_at, p.id`, [needId, own]);
  }

  /** The provider user's organisations' proposals, newest first. */
  async mine(principal: Principal, status: ProposalStatus | null): Promise<ProposalType[]> {
    const own = organizationsWithRole(principal, Role.PROVIDER_USER);
    if (own.length === 0) return [];
    return this.query(
      `${PROPOSAL_SELECT} WHERE p.provider_id = ANY($1) AND ($2::proposal_status IS NULL OR p.status = $2) ORDER BY p.created_at DESC, p.id LIMIT 500`,
      [own, status],
    );
  }

  private async load(ids: readonly string[]): Promise<ProposalType[]> {
    const rows = await this.query(`${PROPOSAL_SELECT} WHERE p.id = ANY($1)`, [ids]);
    return ids.map((id) => rows.find((row) => row.id === id) as ProposalType);
  }

  private async query(sql: string, parameters: unknown[]): Promise<ProposalType[]> {
    const rows: ProposalRow[] = await this.dataSource.query(sql, parameters);
    return rows.map((row) => ({
      id: row.id,
      needId: row.need_id,
      needTitle: row.need_title,
      serviceId: row.service_id,
      serviceName: row.service_name,
      providerId: row.provider_id,
      providerName: row.provider_name,
      message: row.message,
      price: row.price_amount !== null ? { amount: Number(row.price_amount), currency: row.price_currency as string, unit: row.price_unit } : null,
      status: row.status,
      answerReason: row.answer_reason,
      createdAt: row.created_at,
      answeredAt: row.answered_at,
      withdrawnAt: row.withdrawn_at,
    }));
  }

  private async locked(manager: EntityManager, proposalId: string, path: string): Promise<Proposal> {
    const proposal = isUUID(proposalId)
      ? await manager.getRepository(Proposal).findOne({ where: { id: proposalId }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!proposal) throw MarketplaceException.field(MarketplaceErrorCode.PROPOSAL_NOT_FOUND, path, 'no such proposal');
    return proposal;
  }

  private async need(manager: EntityManager, needId: string, path: string) {
    const [row] = isUUID(needId) ? await manager.query('SELECT id, organization_id, stage FROM need WHERE id = $1', [needId]) : [];
    if (!row) throw MarketplaceException.field(MarketplaceErrorCode.NEED_NOT_FOUND, path, 'no such need');
    return { id: row.id as string, stage: row.stage as NeedStage, access: await this.companies.read(row.organization_id, manager) };
  }
}
