import { Injectable, OnModuleInit } from '@nestjs/common';
import { NeedAudienceContributor, NeedAudienceContributors } from '@ytmt/needs';
import { EntityManager, In } from 'typeorm';
import { NeedForward } from './entities/need-forward.entity';

/** Tells need search which providers a need was forwarded to: they see it whatever its visibility. */
@Injectable()
export class NeedForwardAudience implements NeedAudienceContributor, OnModuleInit {
  constructor(private readonly contributors: NeedAudienceContributors) {}

  onModuleInit(): void {
    this.contributors.register(this);
  }

  async forwardedOrganizationIds(needIds: readonly string[], manager: EntityManager): Promise<Map<string, string[]>> {
    const forwarded = new Map<string, string[]>();
    if (needIds.length === 0) return forwarded;
    const forwards = await manager.getRepository(NeedForward).find({
      select: { needId: true, providerId: true },
      where: { needId: In([...needIds]) },
      order: { providerId: 'ASC' },
    });
    for (const { needId, providerId } of forwards) forwarded.set(needId, [...(forwarded.get(needId) ?? []), providerId]);
    return forwarded;
  }
}
