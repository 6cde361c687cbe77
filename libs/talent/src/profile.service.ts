import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, hasRole, OutboxService, Principal, QueueName, Role } from '@ytmt/core';
import { MATCH_PROFILE_JOB, MatchProfileJobData, matchProfileCoalesceKey } from '@ytmt/events';
import { RegionsService } from '@ytmt/regions';
import { EscoConceptsReader, preferredEscoLabel } from '@ytmt/skills';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { JobseekerIdentityInput, JobseekerProfileInput } from './dto/profile.inputs';
import { JobseekerProfile } from './entities/jobseeker-profile.entity';
import { JobseekerIdentity, ProfileLanguage, ProfileOccupation, ProfileSkill, WorkAbilityProfile } from './entities/profile-parts.entity';
import { auditActor } from './audit-actor';
import { newPseudonym, profileRuleProblems, roundCoordinate } from './profile-rules';
import { ProfileAggregate, ProfileRepository } from './profile.repository';
import { TalentErrorCode, TalentException } from './talent.exception';
import { ProfileAccess, TalentPolicy } from './talent.policy';

/** Keeps pseudonymous profiles and, apart from them, the jobseeker's identity. */
@Injectable()
export class ProfileService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ProfileRepository,
    private readonly regions: RegionsService,
    private readonly esco: EscoConceptsReader,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
  ) {}

  /** The caller's own profile; a profile a coordinator made with them is linked by verified e-mail. */
  async getMine(principal: Principal, options: { audit?: boolean } = {}): Promise<ProfileAggregate | null> {
    if (!hasRole(principal, Role.JOBSEEKER)) return null;
    let id = await this.repository.findIdByUser(principal.userId);
    if (!id) id = await this.linkByEmail(principal);
    if (id && options.audit) {
      // Own reads too: the log then answers "who has seen my data" completely.
      await this.audit.record({ actorUserId: principal.userId, action: 'jobseeker_profile.read_own', resourceType: 'jobseeker_profile', resourceId: id });
    }
    return id ? this.repository.get(id) : null;
  }

  async saveMine(principal: Principal, input: JobseekerProfileInput, identity?: JobseekerIdentityInput): Promise<ProfileAggregate> {
    if (!hasRole(principal, Role.JOBSEEKER)) {
      throw new TalentException(TalentErrorCode.NOT_ALLOWED, 'Only jobseekers keep a profile of their own');
    }
    const existing = (await this.getMine(principal))?.profile.id ?? null;
    const id = await this.dataSource.transaction(async (manager) => {
      // Serialises a user's saves: two first saves at once would otherwise both insert.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`jobseeker-profile:${principal.userId}`]);
      if (!existing && (await this.repository.findIdByUser(principal.userId, manager))) {
        throw TalentException.field(TalentErrorCode.PROFILE_EXISTS, 'input', 'your profile was created meanwhile; load it and save again');
      }
      const areaId = await this.validate(manager, input);
      const profileId = existing ?? (await this.insertProfile(manager, input, areaId, principal.userId, principal.userId));
      if (existing) await this.updateColumns(manager, existing, input, areaId);
      await this.writeParts(manager, profileId, input);
      if (identity) await this.writeIdentity(manager, profileId, identity);
      await this.changed(manager, profileId);
      return profileId;
    });
    return (await this.repository.get(id)) as ProfileAggregate;
  }

  /** A coordinator creates a profile together with a jobseeker of their area. */
  async createForJobseeker(principal: Principal, input: JobseekerProfileInput, identity: JobseekerIdentityInput): Promise<ProfileAggregate> {
    const id = await this.dataSource.transaction(async (manager) => {
      if (!input.homeMunicipalityCode) {
        throw TalentException.field(TalentErrorCode.INVALID_PROFILE, 'input.homeMunicipalityCode', 'is needed to know which area serves the jobseeker');
      }
      const areaId = await this.validate(manager, input);
      TalentPolicy.assertCanCreateForJobseeker(principal, areaId);
      if (identity.email && (await this.identityEmailTaken(manager, identity.email))) {
        throw TalentException.field(TalentErrorCode.PROFILE_EXISTS, 'identity.email', 'a profile with this e-mail address exists already');
      }
      const profileId = await this.insertProfile(manager, input, areaId, null, principal.userId);
      await this.writeParts(manager, profileId, input);
      await this.writeIdentity(manager, profileId, identity);
      await this.changed(manager, profileId);
      await this.auditWrite(manager, principal, 'jobseeker_profile.create', profileId, areaId);
      return profileId;
    });
    return (await this.repository.get(id)) as ProfileAggregate;
  }

  async update(principal: Principal, id: string, input: JobseekerProfileInput): Promise<ProfileAggregate> {
    await this.dataSource.transaction(async (manager) => {
      const profile = await this.locked(manager, id);
      TalentPolicy.assertCanKeep(principal, accessOf(profile));
      const areaId = await this.validate(manager, input);
      await this.updateColumns(manager, id, input, areaId);
      await this.writeParts(manager, id, input);
      await this.changed(manager, id);
      // Writes by anyone but the jobseeker are audited, in the same transaction as the write.
      if (!TalentPolicy.isOwner(principal, accessOf(profile))) {
        await this.auditWrite(manager, principal, 'jobseeker_profile.write', id, profile.employmentAreaId, { workAbility: input.workAbility != null });
      }
    });
    return (await this.repository.get(id)) as ProfileAggregate;
  }

  /** Reading a profile is personal data: every read by someone other than its owner is audited. */
  async get(principal: Principal, id: string): Promise<ProfileAggregate> {
    if (!isUUID(id)) throw TalentException.field(TalentErrorCode.PROFILE_NOT_FOUND, 'id', 'no such profile');
    const aggregate = await this.repository.get(id);
    if (!aggregate) throw TalentException.field(TalentErrorCode.PROFILE_NOT_FOUND, 'id', 'no such profile');
    TalentPolicy.assertCanKeep(principal, accessOf(aggregate.profile));
    await this.audit.record({
      actorUserId: principal.userId,
      action: 'jobseeker_profile.read',
      resourceType: 'jobseeker_profile',
      resourceId: id,
      employmentAreaId: aggregate.profile.employmentAreaId,
      details: auditActor(principal, { employmentAreaIds: [aggregate.profile.employmentAreaId] }),
    });
    return aggregate;
  }

  async identity(principal: Principal, profileId: string): Promise<JobseekerIdentity | null> {
    const profile = await this.dataSource.getRepository(JobseekerProfile).findOneBy({ id: profileId });
    if (!profile) throw TalentException.field(TalentErrorCode.PROFILE_NOT_FOUND, 'id', 'no such profile');
    TalentPolicy.assertCanKeep(principal, accessOf(profile));
    return this.dataSource.transaction(async (manager) => {
      await this.audit.record(
        {
          actorUserId: principal.userId,
          action: 'jobseeker_identity.read',
          resourceType: 'jobseeker_profile',
          resourceId: profileId,
          employmentAreaId: profile.employmentAreaId,
          details: auditActor(principal, { employmentAreaIds: [profile.employmentAreaId] }),
        },
        manager,
      );
      return manager.getRepository(JobseekerIdentity).findOneBy({ profileId });
    });
  }

  /** Marks the profile changed and asks the matcher to recompute it, in the caller's transaction. */
  async changed(manager: EntityManager, profileId: string): Promise<void> {
    await manager.getRepository(JobseekerProfile).update(profileId, { updatedAt: () => 'clock_timestamp()' });
    await this.outbox.add<MatchProfileJobData>(manager, {
      queue: QueueName.MATCHING,
      jobName: MATCH_PROFILE_JOB,
      data: { profileId },
      coalesceKey: matchProfileCoalesceKey(profileId),
    });
  }

  private async auditWrite(
    manager: EntityManager,
    principal: Principal,
    action: string,
    profileId: string,
    employmentAreaId: string | null,
    details: Record<string, boolean> = {},
  ): Promise<void> {
    const actor = auditActor(principal, { employmentAreaIds: [employmentAreaId] });
    await this.audit.record({ actorUserId: principal.userId, action, resourceType: 'jobseeker_profile', resourceId: profileId, employmentAreaId, details: { ...details, ...actor } }, manager);
  }

  async locked(manager: EntityManager, id: string): Promise<JobseekerProfile> {
    if (!isUUID(id)) throw TalentException.field(TalentErrorCode.PROFILE_NOT_FOUND, 'id', 'no such profile');
    const profile = await manager.getRepository(JobseekerProfile).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!profile) throw TalentException.field(TalentErrorCode.PROFILE_NOT_FOUND, 'id', 'no such profile');
    return profile;
  }

  private async identityEmailTaken(manager: EntityManager, email: string): Promise<boolean> {
    const rows = await manager.query('SELECT 1 FROM jobseeker_identity WHERE lower(email) = lower($1) LIMIT 1', [email]);
    return rows.length > 0;
  }

  private async linkByEmail(principal: Principal): Promise<string | null> {
    return this.dataSource.transaction(async (manager) => {
      const rows: { profile_id: string }[] = await manager.query(
        `SELECT i.profile_id FROM jobseeker_identity i JOIN jobseeker_profile p ON p.id = i.profile_id
          WHERE lower(i.email) = lower($1) AND p.user_id IS NULL FOR UPDATE OF p LIMIT 2`,
        [principal.email],
      );
      // Two unlinked profiles with one address: a coordinator must sort it out, do not guess.
      if (rows.length !== 1) return null;
      await manager.getRepository(JobseekerProfile).update({ id: rows[0].profile_id, userId: IsNull() }, { userId: principal.userId });
      return rows[0].profile_id;
    });
  }

  /** Everything that needs the database; returns the employment area of the home municipality. */
  private async validate(manager: EntityManager, input: JobseekerProfileInput): Promise<string | null> {
    const problems = profileRuleProblems(input);
    if (problems.length > 0) throw TalentException.invalid(problems);
    if (input.homeMunicipalityCode) await this.regions.getMunicipality(input.homeMunicipalityCode, 'input.homeMunicipalityCode');
    await this.regions.assertMunicipalitiesExist(input.acceptableMunicipalityCodes, 'input.acceptableMunicipalityCodes', manager);
    assertConceptsExist(await this.esco.skillsByUris(input.skills, manager), input.skills, 'input.skills');
    assertConceptsExist(await this.esco.occupationsByUris(input.occupations, manager), input.occupations, 'input.occupations');
    assertConceptsExist(await this.esco.occupationsByUris(input.wishedOccupations, manager), input.wishedOccupations, 'input.wishedOccupations');
    return this.regions.employmentAreaOf(input.homeMunicipalityCode, manager);
  }

  private columns(input: JobseekerProfileInput, areaId: string | null): Partial<JobseekerProfile> {
    return {
      homeMunicipalityCode: input.homeMunicipalityCode ?? null,
      employmentAreaId: areaId,
      homeLatitude: roundCoordinate(input.homeLatitude),
      homeLongitude: roundCoordinate(input.homeLongitude),
      commuteRadiusKm: input.commuteRadiusKm ?? null,
      acceptableMunicipalityCodes: input.acceptableMunicipalityCodes,
      remoteOk: input.remoteOk,
      hoursMin: input.hoursMin ?? null,
      hoursMax: input.hoursMax ?? null,
      drivingLicences: input.drivingLicences,
      educationLevel: input.educationLevel ?? null,
    };
  }

  private async insertProfile(
    manager: EntityManager,
    input: JobseekerProfileInput,
    areaId: string | null,
    userId: string | null,
    createdByUserId: string,
  ): Promise<string> {
    for (let attempt = 0; ; attempt++) {
      const pseudonym = newPseudonym();
      const taken = await manager.getRepository(JobseekerProfile).existsBy({ pseudonym });
      if (taken && attempt < 5) continue;
      const saved = await manager.getRepository(JobseekerProfile).save(
        manager.getRepository(JobseekerProfile).create({ ...this.columns(input, areaId), pseudonym, userId, createdByUserId }),
      );
      return saved.id;
    }
  }

  private async updateColumns(manager: EntityManager, id: string, input: JobseekerProfileInput, areaId: string | null): Promise<void> {
    await manager.getRepository(JobseekerProfile).update(id, this.columns(input, areaId));
  }

  private async writeParts(manager: EntityManager, profileId: string, input: JobseekerProfileInput): Promise<void> {
    await manager.getRepository(ProfileSkill).delete({ profileId });
    await manager.getRepository(ProfileOccupation).delete({ profileId });
    await manager.getRepository(ProfileLanguage).delete({ profileId });
    // Labels are copied from ESCO so the profile reads without it; unknown URIs were refused in validate().
    const skills = [...(await this.esco.skillsByUris(input.skills, manager)).values()];
    if (skills.length > 0) {
      await manager.getRepository(ProfileSkill).insert(skills.map((skill) => ({ profileId, skillUri: skill.uri, label: preferredEscoLabel(skill) })));
    }
    const known = await this.esco.occupationsByUris([...input.occupations, ...input.wishedOccupations], manager);
    const occupations = [...input.occupations.map((uri) => [uri, false] as const), ...input.wishedOccupations.map((uri) => [uri, true] as const)];
    for (const [uri, wished] of occupations) {
      const occupation = known.get(uri);
      if (occupation) await manager.getRepository(ProfileOccupation).insert({ profileId, occupationUri: uri, wished, label: preferredEscoLabel(occupation) });
    }
    const languages = [...new Map(input.languages.map((l) => [l.language, l])).values()];
    if (languages.length > 0) await manager.getRepository(ProfileLanguage).insert(languages.map((l) => ({ profileId, language: l.language, level: l.level })));
    if (input.workAbility) {
      await manager.getRepository(WorkAbilityProfile).upsert({ profileId, ...input.workAbility }, ['profileId']);
    } else {
      await manager.getRepository(WorkAbilityProfile).delete({ profileId });
    }
  }

  private async writeIdentity(manager: EntityManager, profileId: string, identity: JobseekerIdentityInput): Promise<void> {
    await manager.getRepository(JobseekerIdentity).upsert(
      { profileId, firstName: identity.firstName, lastName: identity.lastName, email: identity.email ?? null, phone: identity.phone ?? null },
      ['profileId'],
    );
  }
}

export function accessOf(profile: JobseekerProfile): ProfileAccess {
  return { profileId: profile.id, userId: profile.userId, employmentAreaId: profile.employmentAreaId };
}

/** Throws for the first URI the look-up did not find, naming its place in the input. */
function assertConceptsExist(known: ReadonlyMap<string, unknown>, uris: readonly string[], path: string): void {
  const index = uris.findIndex((uri) => !known.has(uri));
  if (index >= 0) throw TalentException.field(TalentErrorCode.UNKNOWN_ESCO_CONCEPT, `${path}[${index}]`, 'no ESCO concept has this URI');
}
