import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Consent, ConsentAction, ConsentEvent, ConsentService, ConsentScope, ProfileRepository, ProfileService } from '@ytmt/talent';
import { DataSource } from 'typeorm';
import { DEMO_JOBSEEKERS, DemoConsent, DemoJobseeker, demoJobseekerEscoUris } from './demo-jobseekers';
import { loadDemoPrincipal, unknownEscoUris } from './demo-needs.seeder';

export interface DemoTalentReport {
  profiles: number;
  created: number;
  existing: number;
  /** Consent grants and withdrawals this run recorded. */
  consentDecisions: number;
  /** Why nothing was seeded, or null. */
  skipped: string | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The demo jobseekers (demo-jobseekers.ts): the five demo accounts save their own profiles and
 * decide their own consents; the rest are made by coordinators with the jobseeker at the office.
 * Idempotent: a profile is found by its account or by the e-mail of its identity, and a consent
 * scope that has any decision recorded is left as it is, so a demo user's own changes survive.
 */
@Injectable()
export class DemoTalentSeeder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly profiles: ProfileService,
    private readonly consents: ConsentService,
    private readonly repository: ProfileRepository,
  ) {}

  async seed(progress: (step: string, done: number, total: number) => void = () => undefined): Promise<DemoTalentReport> {
    const report: DemoTalentReport = { profiles: DEMO_JOBSEEKERS.length, created: 0, existing: 0, consentDecisions: 0, skipped: null };
    const unknown = await unknownEscoUris(this.dataSource, demoJobseekerEscoUris());
    if (unknown.size > 0) {
      const [{ loaded }] = await this.dataSource.query('SELECT EXISTS (SELECT 1 FROM esco_skill) AS loaded');
      if (!loaded) return { ...report, profiles: 0, skipped: 'ESCO is not loaded (npm run import:esco, then seed:demo again)' };
      throw new Error(`Demo jobseekers refer to ESCO concepts the database does not have: ${[...unknown].join(', ')}`);
    }
    for (const [index, demo] of DEMO_JOBSEEKERS.entries()) {
      const { created, decisions } = demo.userEmail ? await this.seedOwn(demo, demo.userEmail) : await this.seedAtOffice(demo);
      if (created) report.created++;
      else report.existing++;
      report.consentDecisions += decisions;
      progress(demo.key, index + 1, DEMO_JOBSEEKERS.length);
    }
    return report;
  }

  /** A demo account's own profile and consents, through the services the jobseeker uses. */
  private async seedOwn(demo: DemoJobseeker, email: string): Promise<{ created: boolean; decisions: number }> {
    const principal = await loadDemoPrincipal(this.dataSource, email);
    let profileId = await this.repository.findIdByUser(principal.userId);
    const created = profileId === null;
    profileId ??= (await this.profiles.saveMine(principal, demo.profile, demo.identity)).profile.id;
    let decisions = 0;
    for (const consent of await this.undecided(profileId, demo.consents)) {
      await this.consents.grant(principal, consent.scope, expiry(consent));
      decisions++;
      if (consent.withdrawn) {
        await this.consents.withdraw(principal, consent.scope);
        decisions++;
      }
    }
    return { created, decisions };
  }

  /** A profile a coordinator made with a jobseeker who has no account yet. */
  private async seedAtOffice(demo: DemoJobseeker): Promise<{ created: boolean; decisions: number }> {
    if (!demo.coordinatorEmail) throw new Error(`Demo jobseeker ${demo.key} has neither an account nor a coordinator`);
    const coordinator = await loadDemoPrincipal(this.dataSource, demo.coordinatorEmail);
    let profileId = await demoProfileId(this.dataSource, demo);
    const created = profileId === null;
    profileId ??= (await this.profiles.createForJobseeker(coordinator, demo.profile, demo.identity)).profile.id;
    const consents = await this.undecided(profileId, demo.consents);
    if (consents.length > 0) await this.recordPaperConsents(profileId, coordinator.userId, consents);
    return { created, decisions: consents.reduce((sum, c) => sum + (c.withdrawn ? 2 : 1), 0) };
  }

  /**
   * Consents the jobseeker gave on a signed paper form at the employment office, recorded by the
   * coordinator. ConsentService takes decisions only from the jobseeker's own account (nobody
   * decides on their behalf), and these jobseekers have none yet, so the rows are written here
   * the way ConsentService writes them: the state, its history with who recorded it, and the
   * re-match the change asks for.
   */
  private async recordPaperConsents(profileId: string, recordedByUserId: string, consents: readonly DemoConsent[]): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const now = new Date();
      for (const consent of consents) {
        const expiresAt = expiry(consent);
        // Withdrawn a moment after the grant, so the history lists the two in order.
        const withdrawnAt = consent.withdrawn ? new Date(now.getTime() + 1) : null;
        await manager.getRepository(Consent).insert({ profileId, scope: consent.scope, grantedAt: now, expiresAt, withdrawnAt });
        await manager.getRepository(ConsentEvent).insert({ profileId, scope: consent.scope, action: ConsentAction.GRANTED, expiresAt, at: now, byUserId: recordedByUserId });
        if (withdrawnAt) {
          await manager
            .getRepository(ConsentEvent)
            .insert({ profileId, scope: consent.scope, action: ConsentAction.WITHDRAWN, expiresAt: null, at: withdrawnAt, byUserId: recordedByUserId });
        }
      }
      await this.profiles.changed(manager, profileId);
    });
  }

  /** The demo consents whose scope has no decision recorded yet. */
  private async undecided(profileId: string, consents: readonly DemoConsent[]): Promise<DemoConsent[]> {
    const rows: { scope: ConsentScope }[] = await this.dataSource.query('SELECT scope FROM consent WHERE profile_id = $1', [profileId]);
    const decided = new Set(rows.map((row) => row.scope));
    return consents.filter((consent) => !decided.has(consent.scope));
  }
}

function expiry(consent: DemoConsent): Date | null {
  return consent.expiresInDays === undefined ? null : new Date(Date.now() + consent.expiresInDays * DAY_MS);
}

/** The profile of a demo jobseeker: that of its account, or the one whose identity has its e-mail. */
export async function demoProfileId(dataSource: DataSource, demo: Pick<DemoJobseeker, 'identity' | 'userEmail'>): Promise<string | null> {
  const rows: { id: string }[] = demo.userEmail
    ? await dataSource.query('SELECT p.id FROM jobseeker_profile p JOIN app_user u ON u.id = p.user_id WHERE u.email = $1', [demo.userEmail])
    : await dataSource.query('SELECT profile_id AS id FROM jobseeker_identity WHERE lower(email) = lower($1) LIMIT 2', [demo.identity.email]);
  if (rows.length > 1) throw new Error(`Two jobseeker profiles have the identity e-mail ${demo.identity.email}`);
  return rows[0]?.id ?? null;
}
