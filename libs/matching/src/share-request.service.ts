import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@ytmt/core';
import { ProfileService } from '@ytmt/talent';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { ShareRequestStatus } from './candidate.enums';
import { effectiveShareStatus, reminderTime } from './candidate-list.service';
import { MyShareRequestType } from './dto/candidate.types';
import { CandidateEvent } from './entities/candidate-event.entity';
import { ShareRequest } from './entities/share-request.entity';
import { MatchingErrorCode, MatchingException } from './matching.exception';

/** What an accepted request shares with the employer, shown to the jobseeker before they answer. */
export const SHARED_ON_ACCEPT = ['Etunimi', 'Sukunimi', 'Sähköposti', 'Puhelin'];

/** The jobseeker's side of share requests: see them, accept or decline before the deadline. */
@Injectable()
export class ShareRequestService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly profiles: ProfileService,
  ) {}

  async mine(principal: Principal): Promise<MyShareRequestType[]> {
    const mine = await this.profiles.getMine(principal);
    if (!mine) return [];
    const rows: {
      id: string;
      status: ShareRequestStatus;
      deadline: Date;
      message: string | null;
      requested_at: Date;
      answered_at: Date | null;
      company_name: string;
      need_title: string;
      municipality_code: string | null;
    }[] = await this.dataSource.query(
      `SELECT s.id, s.status, s.deadline, s.message, s.requested_at, s.answered_at, o.name AS company_name, n.title AS need_title, n.municipality_code
         FROM share_request s JOIN candidate c ON c.id = s.candidate_id JOIN need n ON n.id = c.need_id JOIN organization o ON o.id = n.organization_id
        WHERE s.profile_id = $1 ORDER BY s.requested_at DESC LIMIT 200`,
      [mine.profile.id],
    );
    return rows.map((row) => ({
      id: row.id,
      status: effectiveShareStatus(row.status, row.deadline),
      deadline: row.deadline,
      message: row.message,
      companyName: row.company_name,
      needTitle: row.need_title,
      needMunicipalityCode: row.municipality_code,
      wouldShare: SHARED_ON_ACCEPT,
      requestedAt: row.requested_at,
      answeredAt: row.answered_at,
    }));
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
    });
    return (await this.mine(principal)).find((r) => r.id === id) as MyShareRequestType;
  }

  /**
   * Open requests whose reminder has not reached the jobseeker yet, with when it is due: the
   * source of truth from which lost reminder jobs are re-derived (ShareReminderReconciler).
   * "Reached" is the notification row the reminder writes (event key share-request-reminder:<id>).
   */
  async awaitingReminder(limit = 5000): Promise<{ id: string; remindAt: Date }[]> {
    const rows: { id: string; requested_at: Date; deadline: Date }[] = await this.dataSource.query(
      `SELECT s.id, s.requested_at, s.deadline FROM share_request s JOIN jobseeker_profile p ON p.id = s.profile_id
        WHERE s.status = 'REQUESTED' AND s.deadline > now()
          AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.user_id = p.user_id AND n.event_key = 'share-request-reminder:' || s.id::text)
        ORDER BY s.deadline LIMIT $1`,
      [limit],
    );
    return rows.map((row) => ({ id: row.id, remindAt: reminderTime(new Date(row.deadline), new Date(row.requested_at)) }));
  }

  /** Records expiry of requests past their deadline (answers already refuse them). */
  async expireDue(manager: EntityManager = this.dataSource.manager): Promise<number> {
    // TypeORM answers UPDATE … RETURNING with [rows, affected count].
    const [rows]: [{ id: string; candidate_id: string }[], number] = await manager.query(
      `UPDATE share_request SET status = 'EXPIRED' WHERE status = 'REQUESTED' AND deadline <= now() RETURNING id, candidate_id`,
    );
    if (rows.length > 0) {
      await manager.query(`INSERT INTO candidate_event (candidate_id, kind) SELECT unnest($1::uuid[]), 'SHARE_EXPIRED'`, [rows.map((r) => r.candidate_id)]);
    }
    return rows.length;
  }
}
