import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/**
 * A library above needs that lets organisations see needs whatever their visibility (the
 * marketplace: providers a need was forwarded to). Needs cannot read those tables itself, so the
 * owning library contributes them when its module starts.
 */
export interface NeedAudienceContributor {
  /** Need id → organisation ids; needs without any may be left out. */
  forwardedOrganizationIds(needIds: readonly string[], manager: EntityManager): Promise<Map<string, string[]>>;
}

/**
 * The contributors of need audiences. An app that indexes or checks needs must load the modules
 * that contribute (the API, the worker and the reindex command load the marketplace's).
 */
@Injectable()
export class NeedAudienceContributors {
  private readonly contributors: NeedAudienceContributor[] = [];

  register(contributor: NeedAudienceContributor): void {
    this.contributors.push(contributor);
  }

  /** Need id → organisation ids in id order, each once; needs without any are left out. */
  async forwardedOrganizationIds(needIds: readonly string[], manager: EntityManager): Promise<Map<string, string[]>> {
    const merged = new Map<string, string[]>();
    if (needIds.length === 0) return merged;
    // One after the other: inside a transaction every query shares one connection.
    for (const contributor of this.contributors) {
      for (const [needId, organizationIds] of await contributor.forwardedOrganizationIds(needIds, manager)) {
        merged.set(needId, [...(merged.get(needId) ?? []), ...organizationIds]);
      }
    }
    // Lower-case uuids sort as text in the order PostgreSQL sorts them as uuids.
    return new Map([...merged].map(([needId, organizationIds]) => [needId, [...new Set(organizationIds)].sort()]));
  }
}
