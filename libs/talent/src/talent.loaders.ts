import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, DataLoaderRegistry, LoaderKey, Principal } from '@ytmt/core';
import { DataSource, In } from 'typeorm';
import { auditActor } from './audit-actor';
import { JobseekerProfile } from './entities/jobseeker-profile.entity';
import { JobseekerIdentity } from './entities/profile-parts.entity';
import { TalentErrorCode, TalentException } from './talent.exception';
import { TalentPolicy } from './talent.policy';

/** One viewer asking for one profile's identity. */
export interface IdentityRequest {
  principal: Principal;
  profileId: string;
}

export const TalentLoaders = {
  /** JobseekerProfileType.identity: each read allowed by TalentPolicy and audited, as one batch. */
  identity: new LoaderKey<IdentityRequest, JobseekerIdentity | null>('talent.identity'),
};

@Injectable()
export class TalentLoaderRegistrar implements OnModuleInit {
  constructor(
    private readonly registry: DataLoaderRegistry,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.registry.register(TalentLoaders.identity, (requests) => this.identities(requests));
  }

  private async identities(requests: readonly IdentityRequest[]): Promise<(JobseekerIdentity | null | Error)[]> {
    const profileIds = [...new Set(requests.map((request) => request.profileId))];
    const profiles = new Map((await this.dataSource.getRepository(JobseekerProfile).findBy({ id: In(profileIds) })).map((p) => [p.id, p]));
    // A refused request fails alone; the others are still read.
    const decisions = requests.map((request): JobseekerProfile | Error => {
      const profile = profiles.get(request.profileId);
      if (!profile) return TalentException.field(TalentErrorCode.PROFILE_NOT_FOUND, 'id', 'no such profile');
      try {
        TalentPolicy.assertCanKeep(request.principal, { profileId: profile.id, userId: profile.userId, employmentAreaId: profile.employmentAreaId });
        return profile;
      } catch (error) {
        return error as Error;
      }
    });
    const allowed = requests.flatMap((request, index) => {
      const decision = decisions[index];
      return decision instanceof Error ? [] : [{ request, profile: decision }];
    });
    if (allowed.length === 0) return decisions.map((decision) => decision as Error);
    const identities = await this.dataSource.transaction(async (manager) => {
      await this.audit.recordMany(
        allowed.map(({ request, profile }) => ({
          actorUserId: request.principal.userId,
          action: 'jobseeker_identity.read',
          resourceType: 'jobseeker_profile',
          resourceId: profile.id,
          employmentAreaId: profile.employmentAreaId,
          details: auditActor(request.principal, { employmentAreaIds: [profile.employmentAreaId] }),
        })),
        manager,
      );
      return manager.getRepository(JobseekerIdentity).findBy({ profileId: In([...new Set(allowed.map(({ profile }) => profile.id))]) });
    });
    const byProfile = new Map(identities.map((identity) => [identity.profileId, identity]));
    return decisions.map((decision) => (decision instanceof Error ? decision : (byProfile.get(decision.id) ?? null)));
  }
}
