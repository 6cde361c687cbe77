import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { JobseekerProfile } from '../entities/jobseeker-profile.entity';

/** For other domains (notifications): whose own account a jobseeker profile is, to reach the person. */
@Injectable()
export class ProfileOwnerReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Profile id → the user id of the jobseeker's own account, or null while the profile has none.
   * Ids naming no profile are absent from the map.
   */
  async ownersOf(profileIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, string | null>> {
    const unique = [...new Set(profileIds.filter(Boolean))];
    if (unique.length === 0) return new Map();
    const profiles = await manager.getRepository(JobseekerProfile).find({ select: { id: true, userId: true }, where: { id: In(unique) } });
    return new Map(profiles.map((profile) => [profile.id, profile.userId]));
  }
}
