import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, PersonalDataRegistry, Principal } from '@ytmt/core';
import { OrganizationDirectory, UserDirectory } from '@ytmt/identity';
import { NeedSummaryReader } from '@ytmt/needs';
import { CandidateProfileReader, ProfileService, TalentErrorCode, TalentException, toProfileType } from '@ytmt/talent';
import { DataSource } from 'typeorm';
import { ShareRequestService } from '../share-request.service';

interface CandidacyRow {
  candidateId: string;
  need_id: string;
  source: string;
  coordinatorStatus: string;
  presentedAt: Date | null;
  employerStatus: string | null;
  withdrawnAt: Date | null;
  closedAt: Date | null;
  closureOutcome: string | null;
  closureReason: string | null;
  createdAt: Date;
  history: unknown[];
}

interface MatchRow {
  need_id: string;
  score: number;
  engineVersion: string;
  computedAt: Date;
  explanation: unknown;
}

/**
 * Everything the platform holds about the signed-in jobseeker, in one JSON document (the right of
 * access and to data portability): account, profile with work ability and consents, identity,
 * candidacies with their history, share requests, stored matches, notifications, and who has
 * read the profile. Others' personal data (coordinators' ids) is left out. Libraries above
 * matching (notifications) add their sections through the PersonalDataRegistry.
 */
@Injectable()
export class PersonalDataExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly profiles: ProfileService,
    private readonly profileFacts: CandidateProfileReader,
    private readonly shares: ShareRequestService,
    private readonly needs: NeedSummaryReader,
    private readonly organizations: OrganizationDirectory,
    private readonly users: UserDirectory,
    private readonly personalData: PersonalDataRegistry,
    private readonly audit: AuditService,
  ) {}

  async exportMine(principal: Principal): Promise<Record<string, unknown>> {
    const mine = await this.profiles.getMine(principal);
    if (!mine) throw TalentException.field(TalentErrorCode.PROFILE_NOT_FOUND, 'profile', 'you have no jobseeker profile');
    const profileId = mine.profile.id;
    const user = (await this.users.usersByIds([principal.userId])).get(principal.userId);
    const identity = (await this.profileFacts.identitiesOf([profileId])).get(profileId) ?? null;
    const candidacyRows: CandidacyRow[] = await this.dataSource.query(
      `SELECT c.id AS "candidateId", c.need_id, c.source, c.coordinator_status AS "coordinatorStatus",
              c.presented_at AS "presentedAt", c.employer_status AS "employerStatus", c.withdrawn_at AS "withdrawnAt",
              c.closed_at AS "closedAt", c.closure_outcome AS "closureOutcome", c.closure_reason AS "closureReason", c.created_at AS "createdAt",
              coalesce((SELECT json_agg(json_build_object('kind', e.kind, 'value', e.value, 'at', e.at) ORDER BY e.at) FROM candidate_event e WHERE e.candidate_id = c.id), '[]') AS history
         FROM candidate c
        WHERE c.profile_id = $1 ORDER BY c.created_at`,
      [profileId],
    );
    const matchRows: MatchRow[] = await this.dataSource.query(
      `SELECT m.need_id, m.score, m.engine_version AS "engineVersion", m.computed_at AS "computedAt", m.explanation
         FROM match_result m
        WHERE m.profile_id = $1 ORDER BY m.score DESC`,
      [profileId],
    );
    const needOf = await this.needsWithCompanies([...candidacyRows, ...matchRows].map((row) => row.need_id));
    // As an inner join would: rows whose need or company is gone are left out.
    const candidacies = candidacyRows.flatMap(({ need_id, candidateId, ...rest }) => {
      const need = needOf.get(need_id);
      return need ? [{ candidateId, needTitle: need.title, companyName: need.companyName, ...rest }] : [];
    });
    const matches = matchRows.flatMap(({ need_id, ...rest }) => {
      const need = needOf.get(need_id);
      return need ? [{ needTitle: need.title, companyName: need.companyName, ...rest }] : [];
    });
    const document = {
      exportedAt: new Date().toISOString(),
      account: user ? { email: user.email, displayName: user.displayName, createdAt: user.createdAt } : null,
      profile: toProfileType(mine),
      identity: identity && { firstName: identity.firstName, lastName: identity.lastName, email: identity.email, phone: identity.phone },
      candidacies,
      shareRequests: await this.shares.mine(principal),
      matches,
      ...(await this.personalData.exportSections(principal.userId)),
      accessLog: await this.accessLog(profileId, principal.userId),
    };
    await this.audit.record({ actorUserId: principal.userId, action: 'jobseeker_profile.export', resourceType: 'jobseeker_profile', resourceId: profileId });
    return document;
  }

  /** Need id → the need's title and its company's name, for needs whose company exists. */
  private async needsWithCompanies(needIds: readonly string[]): Promise<Map<string, { title: string; companyName: string }>> {
    const needs = await this.needs.byIds(needIds);
    const companies = await this.organizations.byIds([...needs.values()].map((need) => need.organizationId));
    const out = new Map<string, { title: string; companyName: string }>();
    for (const need of needs.values()) {
      const company = companies.get(need.organizationId);
      if (company) out.set(need.id, { title: need.title, companyName: company.name });
    }
    return out;
  }

  /** Who has read the profile, and whether it was the person themselves; others' ids stay out. */
  private async accessLog(profileId: string, userId: string): Promise<Record<string, unknown>[]> {
    const events = await this.audit.eventsAbout(profileId);
    const organizations = await this.organizations.byIds(events.flatMap((e) => (e.organizationId ? [e.organizationId] : [])));
    return events.map((e) => ({
      at: e.at,
      action: e.action,
      organizationName: (e.organizationId && organizations.get(e.organizationId)?.name) ?? null,
      // As SQL's `actor = you` would answer: unknown (null) for system actions.
      byYou: e.actorUserId === null ? null : e.actorUserId === userId,
    }));
  }
}
