import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, Principal } from '@ytmt/core';
import { JobseekerIdentity, ProfileService, TalentErrorCode, TalentException, toProfileType } from '@ytmt/talent';
import { DataSource } from 'typeorm';
import { ShareRequestService } from '../share-request.service';

/**
 * Everything the platform holds about the signed-in jobseeker, in one JSON document (the right of
 * access and to data portability): account, profile with work ability and consents, identity,
 * candidacies with their history, share requests, stored matches, notifications, and who has
 * read the profile. Others' personal data (coordinators' ids) is left out.
 */
@Injectable()
export class PersonalDataExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly profiles: ProfileService,
    private readonly shares: ShareRequestService,
    private readonly audit: AuditService,
  ) {}

  async exportMine(principal: Principal): Promise<Record<string, unknown>> {
    const mine = await this.profiles.getMine(principal);
    if (!mine) throw TalentException.field(TalentErrorCode.PROFILE_NOT_FOUND, 'profile', 'you have no jobseeker profile');
    const profileId = mine.profile.id;
    const query = <T>(sql: string, parameters: unknown[]) => this.dataSource.query(sql, parameters) as Promise<T[]>;
    const [account] = await query<Record<string, unknown>>('SELECT email, display_name AS "displayName", created_at AS "createdAt" FROM app_user WHERE id = $1', [principal.userId]);
    const identity = await this.dataSource.getRepository(JobseekerIdentity).findOneBy({ profileId });
    const candidacies = await query<Record<string, unknown>>(
      `SELECT c.id AS "candidateId", n.title AS "needTitle", o.name AS "companyName", c.source, c.coordinator_status AS "coordinatorStatus",
              c.presented_at AS "presentedAt", c.employer_status AS "employerStatus", c.withdrawn_at AS "withdrawnAt", c.created_at AS "createdAt",
              coalesce((SELECT json_agg(json_build_object('kind', e.kind, 'value', e.value, 'at', e.at) ORDER BY e.at) FROM candidate_event e WHERE e.candidate_id = c.id), '[]') AS history
         FROM candidate c JOIN need n ON n.id = c.need_id JOIN organization o ON o.id = n.organization_id
        WHERE c.profile_id = $1 ORDER BY c.created_at`,
      [profileId],
    );
    const matches = await query<Record<string, unknown>>(
      `SELECT n.title AS "needTitle", o.name AS "companyName", m.score, m.engine_version AS "engineVersion", m.computed_at AS "computedAt", m.explanation
         FROM match_result m JOIN need n ON n.id = m.need_id JOIN organization o ON o.id = n.organization_id
        WHERE m.profile_id = $1 ORDER BY m.score DESC`,
      [profileId],
    );
    const notifications = await query<Record<string, unknown>>(
      `SELECT type, title, body, created_at AS "createdAt", read_at AS "readAt", emailed_at AS "emailedAt" FROM notification WHERE user_id = $1 ORDER BY created_at`,
      [principal.userId],
    );
    const accessLog = await query<Record<string, unknown>>(
      `SELECT e.at, e.action, o.name AS "organizationName", e.actor_user_id = $2 AS "byYou"
         FROM audit_event e LEFT JOIN organization o ON o.id = e.organization_id
        WHERE e.resource_id = $1 ORDER BY e.at`,
      [profileId, principal.userId],
    );
    const document = {
      exportedAt: new Date().toISOString(),
      account: account ?? null,
      profile: toProfileType(mine),
      identity: identity && { firstName: identity.firstName, lastName: identity.lastName, email: identity.email, phone: identity.phone },
      candidacies,
      shareRequests: await this.shares.mine(principal),
      matches,
      notifications,
      accessLog,
    };
    await this.audit.record({ actorUserId: principal.userId, action: 'jobseeker_profile.export', resourceType: 'jobseeker_profile', resourceId: profileId });
    return document;
  }
}
