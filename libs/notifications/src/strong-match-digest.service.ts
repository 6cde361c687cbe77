import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { QueueName, QueueRegistry, toJobId } from '@ytmt/core';
import { NOTIFY_JOB, NotificationType, NotifyJobData, STRONG_MATCH_SCORE } from '@ytmt/events';
import { MatchingFactsReader, ScoredMatch } from '@ytmt/matching';
import { DataSource, EntityManager } from 'typeorm';
import { NotificationFactsReader } from './notification-facts.reader';
import { strongMatches } from './notification-recipes';
import { DeliveryResult, NotificationWriter } from './notification.writer';
import { deferredDigestJobKey, digestTiming } from './strong-match-window';

export type StrongMatchDigestResult =
  | { kind: 'none' }
  | ({ kind: 'digest'; digestId: string; matches: number } & DeliveryResult)
  | { kind: 'deferred'; until: string };

// A delayed job may start a hair before the database's clock says the window is over.
const DEFER_MARGIN_MS = 1000;

/**
 * Turns STRONG_MATCHES events into digests for the coordinators: announces only pairs scoring at
 * least STRONG_MATCH_SCORE that were never announced and that no coordinator has on the
 * candidate list yet, and makes at most one digest per need per hour. Events inside the hour
 * leave one delayed job for the hour's end.
 */
@Injectable()
export class StrongMatchDigestService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly facts: NotificationFactsReader,
    private readonly matches: MatchingFactsReader,
    private readonly writer: NotificationWriter,
    private readonly queues: QueueRegistry,
  ) {}

  async run(needId: string, currentJobId?: string): Promise<StrongMatchDigestResult> {
    const outcome = await this.dataSource.transaction(async (manager): Promise<StrongMatchDigestResult | { kind: 'later'; notBefore: Date }> => {
      // Concurrent events for one need (every re-match sends one) take turns; the rest find nothing new.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`strong-matches:${needId}`]);
      const need = await this.facts.need(needId, manager);
      if (!need?.open) return { kind: 'none' };
      const fresh = await this.unannounced(manager, needId, await this.matches.matchesOffCandidateList(needId, STRONG_MATCH_SCORE, manager));
      if (fresh.length === 0) return { kind: 'none' };
      const [{ last_at: lastAt, now }]: { last_at: Date | null; now: Date }[] = await manager.query(
        'SELECT max(created_at) AS last_at, now() AS now FROM strong_match_digest WHERE need_id = $1',
        [needId],
      );
      const timing = digestTiming(lastAt, now);
      if (timing.kind === 'later') return timing;

      const [digest]: { id: string }[] = await manager.query(
        'INSERT INTO strong_match_digest (need_id, match_count, best_score) VALUES ($1, $2, $3) RETURNING id',
        [needId, fresh.length, fresh[0].score],
      );
      await manager.query(
        `INSERT INTO strong_match_announcement (need_id, profile_id, digest_id, score)
         SELECT $1, profile_id, $2, score FROM unnest($3::uuid[], $4::real[]) AS fresh(profile_id, score)`,
        [needId, digest.id, fresh.map((m) => m.profileId), fresh.map((m) => m.score)],
      );
      // Announced even when the area has no coordinators: a coordinator who joins later needs no backlog.
      const planned = strongMatches({
        digestId: digest.id,
        needId,
        needTitle: need.needTitle,
        companyName: need.companyName,
        matchCount: fresh.length,
        bestScore: fresh[0].score,
        coordinatorUserIds: await this.facts.homeAreaCoordinators(need.companyId, manager),
      });
      const delivery = planned ? await this.writer.deliver(manager, planned) : { created: 0, mailed: 0 };
      return { kind: 'digest', digestId: digest.id, matches: fresh.length, ...delivery };
    });
    if (outcome.kind !== 'later') return outcome;
    await this.defer(needId, outcome.notBefore, currentJobId);
    return { kind: 'deferred', until: outcome.notBefore.toISOString() };
  }

  /** The matches never announced for the need, in the order given. */
  private async unannounced(manager: EntityManager, needId: string, matches: ScoredMatch[]): Promise<ScoredMatch[]> {
    if (matches.length === 0) return [];
    const announced: { profile_id: string }[] = await manager.query(
      'SELECT profile_id FROM strong_match_announcement WHERE need_id = $1 AND profile_id = ANY($2::uuid[])',
      [needId, matches.map((match) => match.profileId)],
    );
    const done = new Set(announced.map((row) => row.profile_id));
    return matches.filter((match) => !done.has(match.profileId));
  }

  private async defer(needId: string, notBefore: Date, currentJobId: string | undefined): Promise<void> {
    const jobId = toJobId(deferredDigestJobKey(needId, notBefore));
    // This is the deferred job itself, started early: adding it again would be a no-op and lose it.
    if (jobId === currentJobId) throw new Error(`The digest of need ${needId} is not due before ${notBefore.toISOString()}; retrying`);
    const data: NotifyJobData = { type: NotificationType.STRONG_MATCHES, needId };
    await this.queues.get(QueueName.NOTIFICATIONS).add(NOTIFY_JOB, data, { jobId, delay: Math.max(0, notBefore.getTime() - Date.now()) + DEFER_MARGIN_MS });
  }
}
