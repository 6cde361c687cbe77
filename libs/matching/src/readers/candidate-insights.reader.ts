import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CandidacyOutcome } from '../candidate.enums';

/** How far one candidacy got, with when: what the indicators' candidate funnel counts. */
export interface CandidateInsightFacts {
  needId: string;
  /** When the candidate was put on the list (suggested by the engine or added by a coordinator). */
  listedAt: Date;
  shareRequestedAt: Date | null;
  shareAcceptedAt: Date | null;
  presentedAt: Date | null;
  hiredAt: Date | null;
  closedAt: Date | null;
  closureOutcome: CandidacyOutcome | null;
  /** Progress outcomes recorded (a CandidacyProgress each), with when. */
  progress: { progress: string; at: Date }[];
  /** At a hire: whether it relied on a carved role or offered adjustments; null otherwise. */
  hiredIntoCarvedRole: boolean | null;
}

/**
 * For the indicators (insights): the candidacies of needs, and which needs' candidacies changed
 * since a time (the change feed the summaries are kept up to date from). Read-only; no profile
 * or person is named.
 */
@Injectable()
export class CandidateInsightsReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async ofNeeds(needIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<CandidateInsightFacts[]> {
    const unique = [...new Set(needIds)];
    if (unique.length === 0) return [];
    const rows: {
      need_id: string;
      created_at: Date;
      share_requested_at: Date | null;
      share_accepted_at: Date | null;
      presented_at: Date | null;
      hired_at: Date | null;
      closed_at: Date | null;
      closure_outcome: CandidacyOutcome | null;
      progress: { progress: string; at: string }[] | null;
      hired_into_carved_role: boolean | null;
    }[] = await manager.query(
      `SELECT c.need_id, c.created_at, c.presented_at, c.closed_at, c.closure_outcome::text AS closure_outcome,
              min(e.at) FILTER (WHERE e.kind = 'SHARE_REQUESTED') AS share_requested_at,
              min(e.at) FILTER (WHERE e.kind = 'SHARE_ACCEPTED') AS share_accepted_at,
              CASE WHEN c.employer_status = 'HIRED' THEN coalesce(max(e.at) FILTER (WHERE e.kind = 'EMPLOYER_STATUS' AND e.value = 'HIRED'), c.updated_at) END AS hired_at,
              CASE WHEN c.employer_status = 'HIRED' THEN c.hired_into_carved_role END AS hired_into_carved_role,
              json_agg(json_build_object('progress', e.value, 'at', e.at) ORDER BY e.at) FILTER (WHERE e.kind = 'PROGRESS') AS progress
         FROM candidate c
         LEFT JOIN candidate_event e ON e.candidate_id = c.id
        WHERE c.need_id = ANY($1::uuid[])
        GROUP BY c.id
        ORDER BY c.need_id, c.created_at`,
      [unique],
    );
    return rows.map((row) => ({
      needId: row.need_id,
      listedAt: row.created_at,
      shareRequestedAt: row.share_requested_at,
      shareAcceptedAt: row.share_accepted_at,
      presentedAt: row.presented_at,
      hiredAt: row.hired_at,
      closedAt: row.closed_at,
      closureOutcome: row.closure_outcome,
      progress: (row.progress ?? []).map((p) => ({ progress: p.progress, at: new Date(p.at) })),
      hiredIntoCarvedRole: row.hired_into_carved_role,
    }));
  }

  /** Ids of the needs whose candidacies changed at or after `since`. */
  async needIdsChangedSince(since: Date, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows: { need_id: string }[] = await manager.query(
      `SELECT need_id FROM candidate WHERE updated_at >= $1
        UNION SELECT c.need_id FROM candidate_event e JOIN candidate c ON c.id = e.candidate_id WHERE e.at >= $1`,
      [since],
    );
    return rows.map((row) => row.need_id);
  }
}
