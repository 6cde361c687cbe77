import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, AuditService, OutboxService, PersonalDataRegistry, Principal, QueueName, Role } from '@ytmt/core';
import { MATCH_PROFILE_JOB, MatchProfileJobData, matchProfileCoalesceKey } from '@ytmt/events';
import { AccountErasure } from '@ytmt/identity';
import { ProfileRepository, ProfileService, TalentErrorCode, TalentException } from '@ytmt/talent';
import { DataSource } from 'typeorm';

export interface ErasureReport {
  /** What the audit log now calls the erased person. */
  pseudonym: string;
  candidaciesKept: number;
  accountDeleted: boolean;
}

/**
 * The jobseeker erases their profile. Removed: identity, profile and its parts (skills,
 * occupations, languages, work ability, consents and their history), stored matches, the
 * person's notifications and, when it serves nothing else, the account. Kept, unlinked from the
 * person: candidate-list history (the employer's hires still count) and the audit log, whose ids
 * of the person become one keyed pseudonym. Other libraries' data of the person (notifications)
 * goes through the PersonalDataRegistry they registered with.
 */
@Injectable()
export class ProfileErasureService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly profiles: ProfileService,
    private readonly repository: ProfileRepository,
    private readonly personalData: PersonalDataRegistry,
    private readonly accounts: AccountErasure,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async eraseMine(principal: Principal): Promise<ErasureReport> {
    const mine = await this.profiles.getMine(principal);
    if (!mine) throw TalentException.field(TalentErrorCode.PROFILE_NOT_FOUND, 'profile', 'you have no jobseeker profile');
    const profileId = mine.profile.id;
    return this.dataSource.transaction(async (manager) => {
      await this.profiles.locked(manager, profileId);
      // Off every list and out of every employer view, as a withdrawal would; an accepted share
      // no longer stands. The rows stay as the lists' history.
      const [candidates]: [{ id: string }[], number] = await manager.query(
        `UPDATE candidate SET withdrawn_at = coalesce(withdrawn_at, now()), updated_at = now() WHERE profile_id = $1 RETURNING id`,
        [profileId],
      );
      const ids = candidates.map((row) => row.id);
      await manager.query(
        `UPDATE share_request SET status = CASE status WHEN 'REQUESTED' THEN 'CANCELLED'::share_request_status WHEN 'ACCEPTED' THEN 'REVOKED'::share_request_status ELSE status END,
                profile_id = NULL, message = NULL
          WHERE profile_id = $1 OR candidate_id = ANY($2::uuid[])`,
        [profileId, ids],
      );
      await manager.query(`UPDATE candidate_event SET by_user_id = NULL WHERE candidate_id = ANY($1::uuid[]) AND by_user_id = $2`, [ids, principal.userId]);
      await manager.query(`INSERT INTO candidate_event (candidate_id, kind) SELECT unnest($1::uuid[]), 'ERASED'`, [ids]);

      const pseudonym = await this.audit.pseudonymiseSubject([profileId, principal.userId], this.config.privacy.pseudonymSecret, manager);
      // Cascades to identity, parts, consents, matches and strong-match announcements; candidate
      // rows keep their history with the link set to null.
      await this.repository.delete(profileId, manager);
      await this.personalData.erase(principal.userId, manager);
      const accountDeleted = await this.accounts.deleteIfOnly(principal.userId, Role.JOBSEEKER, manager);
      // The matcher drops the profile from its in-memory index.
      await this.outbox.add<MatchProfileJobData>(manager, {
        queue: QueueName.MATCHING,
        jobName: MATCH_PROFILE_JOB,
        data: { profileId },
        coalesceKey: matchProfileCoalesceKey(profileId),
      });
      await this.audit.record(
        { actorUserId: null, action: 'jobseeker_profile.erase', resourceType: 'jobseeker_profile', resourceId: pseudonym, details: { candidaciesKept: ids.length, accountDeleted } },
        manager,
      );
      return { pseudonym, candidaciesKept: ids.length, accountDeleted };
    });
  }
}
