import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { organizationsWithRole, OutboxService, Principal, Role } from '@ytmt/core';
import { notificationMessage, NotificationType } from '@ytmt/events';
import { CompanyAccessReader, NeedRepository, NeedsService, toNeedType } from '@ytmt/needs';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { ForwardNeedInput } from './dto/marketplace.inputs';
import { ForwardedNeedType, NeedForwardType } from './dto/marketplace.types';
import { NeedForward } from './entities/need-forward.entity';
import { MarketplaceErrorCode, MarketplaceException } from './marketplace.exception';
import { MarketplacePolicy } from './marketplace.policy';

const FORWARD_SELECT = `
  SELECT f.id, f.need_id, f.provider_id, o.name AS provider_name, f.message, f.created_at
    FROM need_forward f JOIN organization o ON o.id = f.provider_id`;

interface ForwardRow {
  id: string;
  need_id: string;
  provider_id: string;
  provider_name: string;
  message: string | null;
  created_at: Date;
}

/** Coordinators hand a need over to a provider: a one-stop experience for the employer. */
@Injectable()
export class ForwardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly companies: CompanyAccessReader,
    private readonly needs: NeedsService,
    private readonly repository: NeedRepository,
    private readonly outbox: OutboxService,
  ) {}

  async forward(principal: Principal, input: ForwardNeedInput): Promise<NeedForwardType> {
    const id = await this.dataSource.transaction(async (manager) => {
      const [need] = await manager.query('SELECT id, organization_id FROM need WHERE id = $1 FOR UPDATE', [input.needId]);
      if (!need) throw MarketplaceException.field(MarketplaceErrorCode.NEED_NOT_FOUND, 'input.needId', 'no such need');
      MarketplacePolicy.assertCanForward(principal, await this.companies.read(need.organization_id, manager));
      // A provider is an organisation with provider users; a company cannot be handed a need.
      const [provider] = await manager.query(
        `SELECT o.id FROM organization o WHERE o.id = $1 AND o.id <> $2 AND EXISTS (SELECT 1 FROM membership m WHERE m.organization_id = o.id AND m.role = 'PROVIDER_USER')`,
        [input.providerId, need.organization_id],
      );
      if (!provider) throw MarketplaceException.field(MarketplaceErrorCode.PROVIDER_NOT_FOUND, 'input.providerId', 'no such provider');
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
    const [row] = await this.rows(`${FORWARD_SELECT} WHERE f.id = $1`, [id]);
    return row;
  }

  /** A need's forwards: for the company's users and coordinators. */
  async forNeed(principal: Principal, needId: string): Promise<NeedForwardType[]> {
    const [need] = isUUID(needId) ? await this.dataSource.query('SELECT organization_id FROM need WHERE id = $1', [needId]) : [];
    if (!need) throw MarketplaceException.field(MarketplaceErrorCode.NEED_NOT_FOUND, 'needId', 'no such need');
    if (!MarketplacePolicy.seesAllProposals(principal, await this.companies.read(need.organization_id))) {
      throw new MarketplaceException(MarketplaceErrorCode.NOT_ALLOWED, "You cannot see this need's forwards");
    }
    return this.rows(`${FORWARD_SELECT} WHERE f.need_id = $1 ORDER BY f.created_at`, [needId]);
  }

  /** Needs forwarded to the caller's provider organisations, newest first, with their content. */
  async forwardedToMe(principal: Principal): Promise<ForwardedNeedType[]> {
    const own = organizationsWithRole(principal, Role.PROVIDER_USER);
    if (own.length === 0) return [];
    const forwards = await this.rows(`${FORWARD_SELECT} WHERE f.provider_id = ANY($1) ORDER BY f.created_at DESC LIMIT 200`, [own]);
    const needs = await this.repository.load([...new Set(forwards.map((f) => f.needId))]);
    return forwards.flatMap((forward) => {
      const need = needs.find((n) => n.need.id === forward.needId);
      return need ? [{ forward, need: toNeedType(need) }] : [];
    });
  }

  private async rows(sql: string, parameters: unknown[]): Promise<NeedForwardType[]> {
    const rows: ForwardRow[] = await this.dataSource.query(sql, parameters);
    return rows.map((r) => ({ id: r.id, needId: r.need_id, providerId: r.provider_id, providerName: r.provider_name, message: r.message, createdAt: r.created_at }));
  }
}
