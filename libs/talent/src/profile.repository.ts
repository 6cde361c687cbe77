import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { JobseekerProfile } from './entities/jobseeker-profile.entity';
import { Consent, ConsentEvent, ProfileLanguage, ProfileOccupation, ProfileSkill, WorkAbilityProfile } from './entities/profile-parts.entity';

/** A profile with its parts — never its identity, which is read on its own, audited. */
export interface ProfileAggregate {
  profile: JobseekerProfile;
  skills: ProfileSkill[];
  occupations: ProfileOccupation[];
  languages: ProfileLanguage[];
  workAbility: WorkAbilityProfile | null;
  consents: Consent[];
  consentEvents: ConsentEvent[];
}

@Injectable()
export class ProfileRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<ProfileAggregate[]> {
    if (ids.length === 0) return [];
    const where = { profileId: In([...ids]) };
    const [profiles, skills, occupations, languages, abilities, consents, events] = await Promise.all([
      manager.getRepository(JobseekerProfile).findBy({ id: In([...ids]) }),
      manager.getRepository(ProfileSkill).find({ where, order: { label: 'ASC' } }),
      manager.getRepository(ProfileOccupation).find({ where, order: { label: 'ASC' } }),
      manager.getRepository(ProfileLanguage).find({ where, order: { language: 'ASC' } }),
      manager.getRepository(WorkAbilityProfile).findBy(where),
      manager.getRepository(Consent).find({ where, order: { scope: 'ASC' } }),
      manager.getRepository(ConsentEvent).find({ where, order: { at: 'ASC' } }),
    ]);
    const byId = new Map(profiles.map((p) => [p.id, p]));
    return ids.flatMap((id) => {
      const profile = byId.get(id);
      if (!profile) return [];
      const mine = <T extends { profileId: string }>(rows: T[]) => rows.filter((row) => row.profileId === id);
      return [
        {
          profile,
          skills: mine(skills),
          occupations: mine(occupations),
          languages: mine(languages),
          workAbility: abilities.find((a) => a.profileId === id) ?? null,
          consents: mine(consents),
          consentEvents: mine(events),
        },
      ];
    });
  }

  async get(id: string, manager?: EntityManager): Promise<ProfileAggregate | null> {
    return (await this.load([id], manager))[0] ?? null;
  }

  /** Erasure: the profile goes, and with it (cascading) its identity, parts, consents and their history. */
  async delete(id: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(JobseekerProfile).delete(id);
  }

  async findIdByUser(userId: string, manager: EntityManager = this.dataSource.manager): Promise<string | null> {
    const row = await manager.getRepository(JobseekerProfile).findOne({ where: { userId }, select: { id: true } });
    return row?.id ?? null;
  }
}
