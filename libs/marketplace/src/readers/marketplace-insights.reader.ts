import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, MoreThanOrEqual } from 'typeorm';
import { NeedForward } from '../entities/need-forward.entity';
import { Proposal } from '../entities/proposal.entity';
import { ProposalStatus } from '../marketplace.enums';

/** A proposal or a forward of a need, as the indicators credit providers for it. */
export interface ProviderActionFacts {
  needId: string;
  providerId: string;
  kind: 'PROPOSAL' | 'FORWARD';
  at: Date;
  /** Proposals: whether the employer accepted it; forwards: null. */
  accepted: boolean | null;
}

/**
 * For the indicators (insights): proposals and forwards of needs, and which needs got new ones or
 * answers since a time (the change feed the summaries are kept up to date from). Read-only.
 */
@Injectable()
export class MarketplaceInsightsReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async ofNeeds(needIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<ProviderActionFacts[]> {
    const unique = [...new Set(needIds)];
    if (unique.length === 0) return [];
    const proposals = await manager.getRepository(Proposal).find({
      select: { needId: true, providerId: true, createdAt: true, status: true },
      where: { needId: In(unique) },
      order: { createdAt: 'ASC' },
    });
    const forwards = await manager.getRepository(NeedForward).find({
      select: { needId: true, providerId: true, createdAt: true },
      where: { needId: In(unique) },
      order: { createdAt: 'ASC' },
    });
    return [
      ...proposals.map((p) => ({ needId: p.needId, providerId: p.providerId, kind: 'PROPOSAL' as const, at: p.createdAt, accepted: p.status === ProposalStatus.ACCEPTED })),
      ...forwards.map((f) => ({ needId: f.needId, providerId: f.providerId, kind: 'FORWARD' as const, at: f.createdAt, accepted: null })),
    ];
  }

  /** Ids of the needs that got a proposal, an answer or a forward at or after `since`. */
  async needIdsChangedSince(since: Date, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const made = await manager.getRepository(Proposal).find({ select: { needId: true }, where: [{ createdAt: MoreThanOrEqual(since) }, { answeredAt: MoreThanOrEqual(since) }, { withdrawnAt: MoreThanOrEqual(since) }] });
    const forwarded = await manager.getRepository(NeedForward).find({ select: { needId: true }, where: { createdAt: MoreThanOrEqual(since) } });
    return [...new Set([...made.map((p) => p.needId), ...forwarded.map((f) => f.needId)])];
  }
}
