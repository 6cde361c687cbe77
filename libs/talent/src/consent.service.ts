import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@ytmt/core';
import { DataSource } from 'typeorm';
import { expiryProblem } from './consent-rules';
import { Consent, ConsentEvent } from './entities/profile-parts.entity';
import { ProfileAggregate, ProfileRepository } from './profile.repository';
import { accessOf, ProfileService } from './profile.service';
import { ConsentAction, ConsentScope } from './talent.enums';
import { TalentErrorCode, TalentException } from './talent.exception';
import { TalentPolicy } from './talent.policy';

/** Grants, withdrawals and expiries of consent; each one recorded and each one re-matched. */
@Injectable()
export class ConsentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly profiles: ProfileService,
    private readonly repository: ProfileRepository,
  ) {}

  async grant(principal: Principal, scope: ConsentScope, expiresAt: Date | null): Promise<ProfileAggregate> {
    const problem = expiryProblem(expiresAt);
    if (problem) throw TalentException.field(TalentErrorCode.INVALID_CONSENT, 'input.expiresAt', problem);
    const profileId = await this.ownProfileId(principal);
    await this.dataSource.transaction(async (manager) => {
      TalentPolicy.assertCanDecideConsent(principal, accessOf(await this.profiles.locked(manager, profileId)));
      const now = new Date();
      await manager.getRepository(Consent).upsert({ profileId, scope, grantedAt: now, expiresAt, withdrawnAt: null }, ['profileId', 'scope']);
      await manager.getRepository(ConsentEvent).insert({ profileId, scope, action: ConsentAction.GRANTED, expiresAt, at: now, byUserId: principal.userId });
      await this.profiles.changed(manager, profileId);
    });
    return (await this.repository.get(profileId)) as ProfileAggregate;
  }

  async withdraw(principal: Principal, scope: ConsentScope): Promise<ProfileAggregate> {
    const profileId = await this.ownProfileId(principal);
    await this.dataSource.transaction(async (manager) => {
      TalentPolicy.assertCanDecideConsent(principal, accessOf(await this.profiles.locked(manager, profileId)));
      const now = new Date();
      const result = await manager
        .createQueryBuilder()
        .update(Consent)
        .set({ withdrawnAt: now })
        .where('profile_id = :profileId AND scope = :scope AND withdrawn_at IS NULL', { profileId, scope })
        .execute();
      // Withdrawing what was never granted changes nothing and records nothing.
      if (!result.affected) return;
      await manager.getRepository(ConsentEvent).insert({ profileId, scope, action: ConsentAction.WITHDRAWN, expiresAt: null, at: now, byUserId: principal.userId });
      await this.profiles.changed(manager, profileId);
    });
    return (await this.repository.get(profileId)) as ProfileAggregate;
  }

  /**
   * Records the expiry of every consent whose time has passed, once: the matcher then drops the
   * profiles. Consent checks compare expiry times themselves, so nothing depends on this running
   * on the second; it exists for the history and for the re-match.
   */
  async expireDue(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      // One sweep at a time: two at once would both see an expiry as not yet recorded.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('consent-expiry'))`);
      // Compared in SQL: expiry times keep microseconds that a JavaScript Date would round away.
      const rows: { profile_id: string }[] = await manager.query(
        `INSERT INTO consent_event (profile_id, scope, action, expires_at)
         SELECT c.profile_id, c.scope, 'EXPIRED', c.expires_at FROM consent c
          WHERE c.withdrawn_at IS NULL AND c.expires_at <= now()
            AND NOT EXISTS (SELECT 1 FROM consent_event e WHERE e.profile_id = c.profile_id AND e.scope = c.scope
                             AND e.action = 'EXPIRED' AND e.expires_at = c.expires_at)
          LIMIT 1000
         RETURNING profile_id`,
      );
      for (const profileId of new Set(rows.map((row) => row.profile_id))) await this.profiles.changed(manager, profileId);
      return rows.length;
    });
  }

  private async ownProfileId(principal: Principal): Promise<string> {
    const mine = await this.profiles.getMine(principal);
    if (!mine) throw TalentException.field(TalentErrorCode.PROFILE_NOT_FOUND, 'profile', 'create your profile first');
    return mine.profile.id;
  }
}
