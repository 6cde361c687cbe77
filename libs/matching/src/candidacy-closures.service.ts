import { Injectable, OnModuleInit } from '@nestjs/common';
import { OutboxService } from '@ytmt/core';
import { candidacyClosedKey, notificationMessage, NotificationType } from '@ytmt/events';
import { NeedStage, NeedStageListeners } from '@ytmt/needs';
import { EntityManager } from 'typeorm';
import { CandidacyOutcome } from './candidate.enums';
import { CLOSURE_REASON_MAX } from './dto/candidate.inputs';
import { CandidacyClosureType } from './dto/candidate.types';
import { MatchingErrorCode, MatchingException } from './matching.exception';

/** Outcomes of the jobseeker's own acts: they are not told of what they did themselves. */
const OWN_ACTS: ReadonlySet<CandidacyOutcome> = new Set([CandidacyOutcome.DECLINED, CandidacyOutcome.REVOKED, CandidacyOutcome.WITHDRAWN]);

/** Outcomes after which a new share request or presentation may not start the candidacy again. */
const FINAL: ReadonlySet<CandidacyOutcome> = new Set([CandidacyOutcome.HIRED, CandidacyOutcome.NEED_FILLED, CandidacyOutcome.NEED_CLOSED, CandidacyOutcome.WITHDRAWN]);

/** The closure as the API shows it, from a candidate row's columns; null while the candidacy is open. */
export function toClosure(closedAt: Date | null, outcome: CandidacyOutcome | null, reason: string | null): CandidacyClosureType | null {
  return closedAt && outcome ? { outcome, at: new Date(closedAt), reason } : null;
}

/** A reason as stored: trimmed, empty as none; longer than allowed is the caller's input error. */
export function closureReason(reason: string | null | undefined, path = 'input.reason'): string | null {
  const trimmed = reason?.trim() ?? '';
  if (trimmed.length > CLOSURE_REASON_MAX) throw MatchingException.field(MatchingErrorCode.INVALID_INPUT, path, `must be at most ${CLOSURE_REASON_MAX} characters`);
  return trimmed.length > 0 ? trimmed : null;
}

/**
 * Every candidacy ends in a state the jobseeker sees. A closure is written once, in the caller's
 * transaction, with a CLOSED event in the candidate's history; closing a closed candidacy changes
 * nothing (a replayed job or a repeated call closes nothing twice), and later status changes leave
 * the closure as it is. When the jobseeker knew of the candidacy (a share request or a
 * presentation) and someone else ended it, a CANDIDACY_CLOSED notice goes through the outbox.
 * A new share request or presentation starts a non-final candidacy again, recorded as REOPENED.
 */
@Injectable()
export class CandidacyClosures implements OnModuleInit {
  constructor(
    private readonly outbox: OutboxService,
    private readonly stageListeners: NeedStageListeners,
  ) {}

  onModuleInit(): void {
    this.stageListeners.register((manager, needId, stage, byUserId) => this.needEnded(manager, needId, stage, byUserId));
  }

  /** Closes those of the candidacies still open; returns the ids closed now. */
  async close(manager: EntityManager, candidateIds: readonly string[], outcome: CandidacyOutcome, byUserId: string | null, reason: string | null = null): Promise<string[]> {
    if (candidateIds.length === 0) return [];
    // TypeORM answers UPDATE … RETURNING with [rows, affected count].
    const [closed]: [{ id: string; closed_at: Date; known: boolean }[], number] = await manager.query(
      `UPDATE candidate c SET closed_at = now(), closure_outcome = $2, closure_reason = $3, updated_at = now()
        WHERE c.id = ANY($1::uuid[]) AND c.closed_at IS NULL
        RETURNING c.id, c.closed_at,
                  (c.profile_id IS NOT NULL AND (c.presented_at IS NOT NULL OR EXISTS (SELECT 1 FROM share_request s WHERE s.candidate_id = c.id))) AS known`,
      [[...candidateIds], outcome, reason],
    );
    if (closed.length === 0) return [];
    await manager.query(`INSERT INTO candidate_event (candidate_id, kind, value, by_user_id) SELECT unnest($1::uuid[]), 'CLOSED', $2, $3`, [
      closed.map((row) => row.id),
      outcome,
      byUserId,
    ]);
    if (!OWN_ACTS.has(outcome)) {
      for (const row of closed.filter((r) => r.known)) {
        await this.outbox.add(
          manager,
          notificationMessage({ type: NotificationType.CANDIDACY_CLOSED, candidateId: row.id }, { dedupeKey: candidacyClosedKey(row.id, new Date(row.closed_at)) }),
        );
      }
    }
    return closed.map((row) => row.id);
  }

  /**
   * Before a new share request or presentation: a candidacy closed by a share request's end or a
   * NOT_SELECTED starts again (recorded); one that is hired, withdrawn or whose need ended may not.
   */
  async reopen(manager: EntityManager, candidateId: string, byUserId: string, path = 'input.profileId'): Promise<void> {
    const [row]: { closure_outcome: CandidacyOutcome | null }[] = await manager.query(`SELECT closure_outcome FROM candidate WHERE id = $1`, [candidateId]);
    if (!row?.closure_outcome) return;
    if (FINAL.has(row.closure_outcome)) {
      throw MatchingException.field(MatchingErrorCode.CANDIDACY_CLOSED, path, `the candidacy has ended (${row.closure_outcome})`);
    }
    await manager.query(`UPDATE candidate SET closed_at = NULL, closure_outcome = NULL, closure_reason = NULL, updated_at = now() WHERE id = $1`, [candidateId]);
    await manager.query(`INSERT INTO candidate_event (candidate_id, kind, value, by_user_id) VALUES ($1, 'REOPENED', $2, $3)`, [candidateId, row.closure_outcome, byUserId]);
  }

  /** A filled or closed need ends every candidacy of it still open (hired ones are closed already). */
  private async needEnded(manager: EntityManager, needId: string, stage: NeedStage, byUserId: string | null): Promise<void> {
    if (stage !== NeedStage.FILLED && stage !== NeedStage.CLOSED) return;
    const open: { id: string }[] = await manager.query(
      `SELECT id FROM candidate WHERE need_id = $1 AND closed_at IS NULL AND withdrawn_at IS NULL ORDER BY id FOR UPDATE`,
      [needId],
    );
    await this.close(
      manager,
      open.map((row) => row.id),
      stage === NeedStage.FILLED ? CandidacyOutcome.NEED_FILLED : CandidacyOutcome.NEED_CLOSED,
      byUserId,
    );
  }
}
