import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** A share request with the need its candidate is on. */
export interface ShareRequestRecord {
  status: string;
  deadline: Date;
  message: string | null;
  needId: string;
  /** Null once the profile is gone (erased). */
  profileId: string | null;
}

/** A candidacy's closure, for the notice to the jobseeker. */
export interface CandidacyClosureRecord {
  needId: string;
  /** Null once the profile is gone (erased). */
  profileId: string | null;
  /** Null while the candidacy is open (never closed, or reopened since). */
  closedAt: Date | null;
  outcome: string | null;
  reason: string | null;
  /** The jobseeker heard of the candidacy: a share request or a presentation. */
  known: boolean;
}

/** A computed match of a profile to a need. */
export interface ScoredMatch {
  profileId: string;
  score: number;
}

/** For other domains (notifications): share requests and strong matches as they stand now. */
@Injectable()
export class MatchingFactsReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The share request, or null when there is none with that id. */
  async shareRequest(shareRequestId: string, manager: EntityManager = this.dataSource.manager): Promise<ShareRequestRecord | null> {
    const rows: { status: string; deadline: Date; message: string | null; need_id: string; profile_id: string | null }[] = await manager.query(
      `SELECT r.status, r.deadline, r.message, ca.need_id, r.profile_id
         FROM share_request r
         JOIN candidate ca ON ca.id = r.candidate_id
        WHERE r.id = $1`,
      [shareRequestId],
    );
    const row = rows[0];
    if (!row) return null;
    return { status: row.status, deadline: row.deadline, message: row.message, needId: row.need_id, profileId: row.profile_id };
  }

  /** The candidacy's closure as it stands now, or null when there is no such candidacy. */
  async candidacyClosure(candidateId: string, manager: EntityManager = this.dataSource.manager): Promise<CandidacyClosureRecord | null> {
    const rows: { need_id: string; profile_id: string | null; closed_at: Date | null; closure_outcome: string | null; closure_reason: string | null; known: boolean }[] =
      await manager.query(
        `SELECT c.need_id, c.profile_id, c.closed_at, c.closure_outcome::text AS closure_outcome, c.closure_reason,
                (c.presented_at IS NOT NULL OR EXISTS (SELECT 1 FROM share_request s WHERE s.candidate_id = c.id)) AS known
           FROM candidate c WHERE c.id = $1`,
        [candidateId],
      );
    const row = rows[0];
    if (!row) return null;
    return { needId: row.need_id, profileId: row.profile_id, closedAt: row.closed_at, outcome: row.closure_outcome, reason: row.closure_reason, known: row.known };
  }

  /** The need's matches scoring at least `minScore` whose profile is not on its candidate list, best first. */
  async matchesOffCandidateList(needId: string, minScore: number, manager: EntityManager = this.dataSource.manager): Promise<ScoredMatch[]> {
    const rows: { profile_id: string; score: number }[] = await manager.query(
      `SELECT mr.profile_id, mr.score FROM match_result mr
        WHERE mr.need_id = $1 AND mr.score >= $2
          AND NOT EXISTS (SELECT 1 FROM candidate c WHERE c.need_id = mr.need_id AND c.profile_id = mr.profile_id)
        ORDER BY mr.score DESC, mr.profile_id`,
      [needId, minScore],
    );
    return rows.map((row) => ({ profileId: row.profile_id, score: row.score }));
  }
}
