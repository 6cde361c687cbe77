import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OutboxService } from '@ytmt/core';
import { notificationMessage, NotificationType, STRONG_MATCH_SCORE } from '@ytmt/events';
import { DataSource, EntityManager } from 'typeorm';
import type { MatchExplanation } from './engine';

export interface StoredMatch {
  needId: string;
  profileId: string;
  score: number;
  explanation: MatchExplanation;
  engineVersion: string;
}

// A coordinator has acted on these pairs: their explanation stays with the candidate list.
const NOT_A_CANDIDATE = `NOT EXISTS (SELECT 1 FROM candidate c WHERE c.need_id = match_result.need_id AND c.profile_id = match_result.profile_id AND c.withdrawn_at IS NULL)`;

/** Top results kept per need. */
export const MATCHES_PER_NEED = 50;

/**
 * Writes match results with one row per (need, profile): upserts on the unique pair, so a replayed
 * or concurrent job converges on the same rows instead of adding more.
 */
@Injectable()
export class MatchResultStore {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * Whether a result a full rematch would rewrite was computed by another engine version. The rows
   * of pairs a coordinator acted on stay as they were computed, so they do not count.
   */
  async hasStaleResults(engineVersion: string): Promise<boolean> {
    const [row] = await this.dataSource.query(`SELECT EXISTS (SELECT 1 FROM match_result WHERE engine_version <> $1 AND ${NOT_A_CANDIDATE}) AS stale`, [engineVersion]);
    return row.stale === true;
  }

  /** Makes `matches` the need's whole result list. */
  async replaceForNeed(needId: string, matches: readonly StoredMatch[], computedAt: Date): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // One writer per need at a time; the profile job takes the same lock for the needs it touches.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`match-need:${needId}`]);
      await manager.query(
        `DELETE FROM match_result WHERE need_id = $1 AND NOT (profile_id = ANY($2::uuid[])) AND ${NOT_A_CANDIDATE}`,
        [needId, matches.map((m) => m.profileId)],
      );
      await this.upsert(manager, matches, computedAt);
      if (matches.some((m) => m.score >= STRONG_MATCH_SCORE)) await this.announceStrong(manager, needId);
    });
  }

  /**
   * Makes `matches` the profile's results: drops its rows for needs it no longer matches, upserts
   * the rest, then trims each touched need back to its top results.
   */
  async replaceForProfile(profileId: string, matches: readonly StoredMatch[], computedAt: Date): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const needIds = [...new Set(matches.map((m) => m.needId))].sort();
      for (const needId of needIds) await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`match-need:${needId}`]);
      await manager.query(
        `DELETE FROM match_result WHERE profile_id = $1 AND NOT (need_id = ANY($2::uuid[])) AND ${NOT_A_CANDIDATE}`,
        [profileId, needIds],
      );
      await this.upsert(manager, matches, computedAt);
      if (needIds.length > 0) {
        await manager.query(
          `DELETE FROM match_result m USING (
             SELECT id, row_number() OVER (PARTITION BY need_id ORDER BY score DESC, profile_id) AS position
               FROM match_result WHERE need_id = ANY($1::uuid[])) ranked
            WHERE m.id = ranked.id AND ranked.position > $2 AND ${NOT_A_CANDIDATE.replace(/match_result\./g, 'm.')}`,
          [needIds, MATCHES_PER_NEED],
        );
      }
      for (const needId of new Set(matches.filter((m) => m.score >= STRONG_MATCH_SCORE).map((m) => m.needId))) await this.announceStrong(manager, needId);
    });
  }

  /** The notifications lib decides which strong matches are new and batches them hourly per need. */
  private async announceStrong(manager: EntityManager, needId: string): Promise<void> {
    await this.outbox.add(manager, notificationMessage({ type: NotificationType.STRONG_MATCHES, needId }));
  }

  /** The needs that have stored results. */
  async needsWithResults(manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows: { need_id: string }[] = await manager.query('SELECT DISTINCT need_id FROM match_result');
    return rows.map((row) => row.need_id);
  }

  /** Drops these needs' results, except the pairs a coordinator has put on the candidate list. */
  async removeForNeeds(needIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (needIds.length === 0) return;
    await manager.query(`DELETE FROM match_result WHERE need_id = ANY($1::uuid[]) AND ${NOT_A_CANDIDATE}`, [needIds]);
  }

  async removeProfile(profileId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query('DELETE FROM match_result WHERE profile_id = $1', [profileId]);
  }

  private async upsert(manager: EntityManager, matches: readonly StoredMatch[], computedAt: Date): Promise<void> {
    for (let start = 0; start < matches.length; start += 500) {
      const chunk = matches.slice(start, start + 500);
      await manager.query(
        `INSERT INTO match_result (need_id, profile_id, score, explanation, engine_version, computed_at)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::real[], $4::jsonb[], $5::text[], $6::timestamptz[])
         ON CONFLICT (need_id, profile_id) DO UPDATE
           SET score = excluded.score, explanation = excluded.explanation,
               engine_version = excluded.engine_version, computed_at = excluded.computed_at`,
        [
          chunk.map((m) => m.needId),
          chunk.map((m) => m.profileId),
          chunk.map((m) => m.score),
          chunk.map((m) => JSON.stringify(m.explanation)),
          chunk.map((m) => m.engineVersion),
          chunk.map(() => computedAt),
        ],
      );
    }
  }
}
