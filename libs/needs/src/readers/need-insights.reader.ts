import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull, MoreThan, MoreThanOrEqual } from 'typeorm';
import { NeedAssistantDismissal } from '../assistant/need-assistant.entity';
import { Need } from '../entities/need.entity';
import { NeedStageEvent } from '../entities/need-parts.entity';
import { NeedKind, NeedStage } from '../need.enums';

/** What the indicators count of a need: where and when it opened, its kinds, and when it reached each stage. */
export interface NeedInsightFacts {
  id: string;
  organizationId: string;
  kinds: NeedKind[];
  stage: NeedStage;
  municipalityCode: string | null;
  openToPrecisionCapable: boolean;
  createdAt: Date;
  /** Every recorded stage move, oldest first. */
  stages: { stage: NeedStage; at: Date }[];
  /** The assistant's flags the employer dismissed and has not undone (flag code, when), oldest first; never the reasons. */
  dismissals: { code: string; dismissedAt: Date }[];
}

/**
 * For the indicators (insights): needs as they stand now, and which needs changed since a time
 * (the change feed the summaries are kept up to date from). Read-only.
 */
@Injectable()
export class NeedInsightsReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async facts(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, NeedInsightFacts>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const needs = await manager.getRepository(Need).find({
      select: { id: true, organizationId: true, kinds: true, stage: true, municipalityCode: true, openToPrecisionCapable: true, createdAt: true },
      where: { id: In(unique) },
    });
    const events = await manager.getRepository(NeedStageEvent).find({ where: { needId: In(unique) }, order: { at: 'ASC' } });
    const dismissals = await manager.getRepository(NeedAssistantDismissal).find({
      select: { needId: true, code: true, dismissedAt: true },
      where: { needId: In(unique), undoneAt: IsNull() },
      order: { dismissedAt: 'ASC', id: 'ASC' },
    });
    return new Map(
      needs.map((need) => [
        need.id,
        {
          id: need.id,
          organizationId: need.organizationId,
          kinds: need.kinds,
          stage: need.stage,
          municipalityCode: need.municipalityCode,
          openToPrecisionCapable: need.openToPrecisionCapable,
          createdAt: need.createdAt,
          stages: events.filter((event) => event.needId === need.id).map((event) => ({ stage: event.stage, at: event.at })),
          dismissals: dismissals.filter((dismissal) => dismissal.needId === need.id).map((dismissal) => ({ code: dismissal.code, dismissedAt: dismissal.dismissedAt })),
        },
      ]),
    );
  }

  /** Ids of the needs changed (edited, moved to a stage, an assistant flag dismissed or the dismissal undone) at or after `since`. */
  async changedSince(since: Date, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const edited = await manager.getRepository(Need).find({ select: { id: true }, where: { updatedAt: MoreThanOrEqual(since) } });
    const moved = await manager.getRepository(NeedStageEvent).find({ select: { needId: true }, where: { at: MoreThanOrEqual(since) } });
    const dismissed = await manager.getRepository(NeedAssistantDismissal).find({ select: { needId: true }, where: { changedAt: MoreThanOrEqual(since) } });
    return [...new Set([...edited.map((need) => need.id), ...moved.map((event) => event.needId), ...dismissed.map((dismissal) => dismissal.needId)])];
  }

  /** A page of all need ids in id order, after `afterId` (for rebuilding the summaries). */
  async idsAfter(afterId: string | null, limit: number, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const needs = await manager.getRepository(Need).find({
      select: { id: true },
      where: afterId ? { id: MoreThan(afterId) } : {},
      order: { id: 'ASC' },
      take: limit,
    });
    return needs.map((need) => need.id);
  }
}
