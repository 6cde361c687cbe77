import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@ytmt/core';
import { shareRequestReminderKey } from '@ytmt/events';
import { OrganizationDirectory } from '@ytmt/identity';
import { NeedSummaryReader } from '@ytmt/needs';
import { ProfileOwnerReader, ProfileService } from '@ytmt/talent';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { CandidacyClosures, toClosure } from './candidacy-closures.service';
import { CandidacyOutcome, ShareRequestStatus } from './candidate.enums';
import { effectiveShareStatus, reminderTime } from './candidate-list.service';
import { MyShareRequestType } from './dto/candidate.types';
import { CandidateEvent } from './entities/candidate-event.entity';
import { ShareRequest } from './entities/share-request.entity';
import { MatchingErrorCode, MatchingException } from './matching.exception';
import { NotificationReceipts } from './share-reminder-receipts';

/** What an accepted request shares with the employer, shown to the jobseeker before they answer. */
export const SHARED_ON_ACCEPT = ['Etunimi', 'Sukunimi', 'Sähköposti', 'Puhelin'];

/** The jobseeker's side of share requests: see them, accept or decline before the deadline. */
@Injectable()
export class ShareRequestService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly profiles: ProfileService,
    private readonly owners: ProfileOwnerReader,
    private readonly needs: NeedSummaryReader,
    private readonly organizations: OrganizationDirectory,
    private readonly receipts: NotificationReceipts,
    private readonly closures: CandidacyClosures,
  ) {}

  async mine(principal: Principal): Promise<MyShareRequestType[]> {
    const mine = await this.profiles.getMine(principal);
    if (!mine) return [];
    // Every candidacy the person knows of: each share request (the candidacy's presentation and
    // closure on its latest one), and each presentation without any request, as a row of its own.
    const rows: {
      id: string;
      status: ShareRequestStatus;
      deadline: Date;
      message: string | null;
      requested_at: Date;
      answered_at: Date | null;
      need_id: string;
      latest: boolean;
      presented_only: boolean;
      presented_at: Date | null;
      closed_at: Date | null;
      closure_outcome: CandidacyOutcome | null;
      closure_reason: string | null;
    }[] = await this.dataSource.query(
      `SELECT s.id, s.status::text AS status, s.deadline, s.message, s.requested_at, s.answered_at, c.need_id,
              s.id = (SELECT l.id FROM share_request l WHERE l.candidate_id = c.id ORDER BY l.requested_at DESC, l.id LIMIT 1) AS latest,
              false AS presented_only, c.presented_at, c.closed_at, c.closure_outcome::text AS closure_outcome, c.closure_reason
         FROM share_request s JOIN candidate c ON c.id = s.candidate_id
        WHERE s.profile_id = $1
       UNION ALL
       SELECT c.id, 'ACCEPTED', c.presented_at, NULL, c.presented_at, c.presented_at, c.need_id,
              true, true, c.presented_at, c.closed_at, c.closure_outcome::text, c.closure_reason
         FROM candidate c
        WHERE c.profile_id = $1 AND c.presented_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM share_request x WHERE x.candidate_id = c.id)
        ORDER BY presented_only, requested_at DESC LIMIT 200`,
      [mine.profile.id],
    );
    const needs = await this.needs.byIds(rows.map((row) => row.need_id));
    const companies = await this.organizations.byIds([...needs.values()].map((need) => need.organizationId));
    return rows.flatMap((row) => {
      const need = needs.get(row.need_id);
      const company = need && companies.get(need.organizationId);
      if (!need || !company) return [];
      return [
        {
          id: row.id,
          status: effectiveShareStatus(row.status, row.deadline),
          deadline: row.deadline,
          message: row.message,
          companyName: company.name,
          needTitle: need.title,
          needMunicipalityCode: need.municipalityCode,
          wouldShare: row.presented_only ? [] : SHARED_ON_ACCEPT,
          requestedAt: row.requested_at,
          answeredAt: row.answered_at,
          presentedAt: row.latest ? row.presented_at : null,
          closure: row.latest ? toClosure(row.closed_at, row.closure_outcome, row.closure_reason) : null,
        },
      ];
    });
  }

  async answer(principal: Principal, id: string, accept: boolean): Promise<MyShareRequestType> {
    if (!isUUID(id)) throw MatchingException.field(MatchingErrorCode.SHARE_REQUEST_NOT_FOUND, 'input.id', 'no such share request');
    const mine = await this.profiles.getMine(principal);
    await this.dataSource.transaction(async (manager) => {
      const request = await manager.getRepository(ShareRequest).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!request || !mine || request.profileId !== mine.profile.id) {
        throw MatchingException.field(MatchingErrorCode.SHARE_REQUEST_NOT_FOUND, 'input.id', 'no such share request');
      }
      const status = effectiveShareStatus(request.status, request.deadline);
      if (status === ShareRequestStatus.EXPIRED) {
        throw MatchingException.field(MatchingErrorCode.SHARE_REQUEST_EXPIRED, 'input.id', 'the deadline has passed; the request can no longer be answered');
      }
      if (status !== ShareRequestStatus.REQUESTED) {
        throw MatchingException.field(MatchingErrorCode.SHARE_REQUEST_CLOSED, 'input.id', `the request is already ${status}`);
      }
      const answered = accept ? ShareRequestStatus.ACCEPTED : ShareRequestStatus.DECLINED;
      await manager.getRepository(ShareRequest).update(id, { status: answered, answeredAt: new Date() });
      await manager.getRepository(CandidateEvent).insert({ candidateId: request.candidateId, kind: `SHARE_${answered}`, value: null, byUserId: principal.userId });
      // The jobseeker's own answer: a decline ends the candidacy without a notice to them.
      if (!accept) await this.closures.close(manager, [request.candidateId], CandidacyOutcome.DECLINED, principal.userId);
    });
    return (await this.mine(principal)).find((r) => r.id === id) as MyShareRequestType;
  }

  /**
   * Open requests whose reminder has not reached the jobseeker yet, with when it is due: the
   * source of truth from which lost reminder jobs are re-derived (ShareReminderReconciler).
   * "Reached" is the notification row the reminder writes (event key share-request-reminder:<id>)
   * for the profile's own account; a profile without an account has not been reached.
   */
  async awaitingReminder(limit = 5000): Promise<{ id: string; remindAt: Date }[]> {
    const due: { id: string; remindAt: Date }[] = [];
    // Open requests in deadline order, a page at a time, until `limit` of them still wait.
    // The cursor keeps the deadline as PostgreSQL text: a JavaScript Date would drop its microseconds.
    let after: { deadline: string; id: string } | null = null;
    while (due.length < limit) {
      const rows: { id: string; profile_id: string; requested_at: Date; deadline: Date; deadline_cursor: string }[] = await this.dataSource.query(
        `SELECT s.id, s.profile_id, s.requested_at, s.deadline, s.deadline::text AS deadline_cursor FROM share_request s
          WHERE s.status = 'REQUESTED' AND s.deadline > now() AND s.profile_id IS NOT NULL
            AND ($2::timestamptz IS NULL OR (s.deadline, s.id) > ($2::timestamptz, $3::uuid))
          ORDER BY s.deadline, s.id LIMIT $1`,
        [limit, after?.deadline ?? null, after?.id ?? null],
      );
      if (rows.length === 0) break;
      const owners = await this.owners.ownersOf(rows.map((row) => row.profile_id));
      const queries = rows.flatMap((row) => {
        const userId = owners.get(row.profile_id);
        return userId ? [{ userId, eventKey: shareRequestReminderKey(row.id) }] : [];
      });
      const reached = await this.receipts.written(queries);
      for (const row of rows) {
        // A request whose profile is gone is nobody's to remind.
        if (!owners.has(row.profile_id) || reached.has(shareRequestReminderKey(row.id))) continue;
        due.push({ id: row.id, remindAt: reminderTime(new Date(row.deadline), new Date(row.requested_at)) });
        if (due.length === limit) break;
      }
      const last = rows[rows.length - 1];
      after = { deadline: last.deadline_cursor, id: last.id };
      if (rows.length < limit) break;
    }
    return due;
  }

  /** Records expiry of requests past their deadline (answers already refuse them). */
  async expireDue(manager: EntityManager = this.dataSource.manager): Promise<number> {
    // TypeORM answers UPDATE … RETURNING with [rows, affected count].
    const [rows]: [{ id: string; candidate_id: string }[], number] = await manager.query(
      `UPDATE share_request SET status = 'EXPIRED' WHERE status = 'REQUESTED' AND deadline <= now() RETURNING id, candidate_id`,
    );
    if (rows.length > 0) {
      await manager.query(`INSERT INTO candidate_event (candidate_id, kind) SELECT unnest($1::uuid[]), 'SHARE_EXPIRED'`, [rows.map((r) => r.candidate_id)]);
      // Closed once, whichever run records it: the jobseeker is told the request ended unanswered.
      await this.closures.close(manager, rows.map((r) => r.candidate_id), CandidacyOutcome.EXPIRED, null);
    }
    return rows.length;
  }
}
