import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OrganizationDirectory } from '@ytmt/identity';
import { MarketplaceInsightsReader } from '@ytmt/marketplace';
import { CandidateInsightsReader } from '@ytmt/matching';
import { NeedInsightsReader } from '@ytmt/needs';
import { RegionsService } from '@ytmt/regions';
import { DataSource } from 'typeorm';
import { Contribution, needContributions } from './contributions';
import { NO_AREA, NO_MUNICIPALITY } from './insight-metric';
import { InsightSummaryStore } from './insight-summary.store';

const FEED = 'needs';
const BATCH = 200;
/**
 * The feed is read from a little before the last run started: a transaction that committed late
 * with an earlier timestamp is still seen. Reading a need twice changes nothing (refreshes apply
 * differences), so the overlap costs only time.
 */
const OVERLAP_MS = 5 * 60_000;

export interface SyncResult {
  /** Needs looked at. */
  needs: number;
  /** Needs whose contributions changed. */
  changed: number;
  rebuilt: boolean;
}

/**
 * Keeps the summary cells up to date: follows the change feed of needs (with the assistant's
 * dismissals), candidacies, proposals and forwards (each library's insights reader) and refreshes each changed need's contributions. The
 * first run (no watermark yet) builds the summaries of every need there is: the backfill.
 */
@Injectable()
export class InsightRefreshService {
  private readonly logger = new Logger(InsightRefreshService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: InsightSummaryStore,
    private readonly needs: NeedInsightsReader,
    private readonly candidates: CandidateInsightsReader,
    private readonly marketplace: MarketplaceInsightsReader,
    private readonly regions: RegionsService,
    private readonly organizations: OrganizationDirectory,
  ) {}

  /** One pass over what changed since the last pass; skipped (zero) when another pass holds the lock. */
  async sync(): Promise<SyncResult> {
    return this.dataSource.transaction(async (lockManager) => {
      if (!(await this.store.tryLock(lockManager, FEED))) return { needs: 0, changed: 0, rebuilt: false };
      const [{ now }]: { now: Date }[] = await this.dataSource.query('SELECT now() AS now');
      const watermark = await this.store.watermark(FEED);
      let result: SyncResult;
      if (!watermark) {
        result = { ...(await this.rebuild()), rebuilt: true };
      } else {
        const since = new Date(watermark.getTime() - OVERLAP_MS);
        const ids = new Set([
          ...(await this.needs.changedSince(since)),
          ...(await this.candidates.needIdsChangedSince(since)),
          ...(await this.marketplace.needIdsChangedSince(since)),
        ]);
        const changed = await this.refresh([...ids]);
        result = { needs: ids.size, changed, rebuilt: false };
      }
      await this.store.setWatermark(FEED, now);
      if (result.changed > 0) this.logger.log(`Insights: ${result.changed} of ${result.needs} needs changed the summaries${result.rebuilt ? ' (rebuild)' : ''}`);
      return result;
    });
  }

  /** Refreshes every need (idempotent: needs already counted as they are change nothing). */
  async rebuild(progress: (done: number) => void = () => undefined): Promise<{ needs: number; changed: number }> {
    let after: string | null = null;
    let needs = 0;
    let changed = 0;
    for (;;) {
      const ids = await this.needs.idsAfter(after, BATCH);
      if (ids.length === 0) break;
      changed += await this.refresh(ids);
      needs += ids.length;
      after = ids[ids.length - 1];
      progress(needs);
    }
    return { needs, changed };
  }

  /** Recomputes the needs' contributions from their current state and applies the differences. */
  async refresh(needIds: readonly string[]): Promise<number> {
    let changed = 0;
    for (let start = 0; start < needIds.length; start += BATCH) {
      const batch = needIds.slice(start, start + BATCH);
      changed += await this.dataSource.transaction(async (manager) => {
        const facts = await this.needs.facts(batch, manager);
        const candidates = await this.candidates.ofNeeds(batch, manager);
        const actions = await this.marketplace.ofNeeds(batch, manager);
        const areas = await this.regions.employmentAreasOf([...facts.values()].map((need) => need.municipalityCode ?? ''), manager);
        const providers = await this.organizations.byIds([...new Set(actions.map((action) => action.providerId))], manager);
        const candidatesOf = groupBy(candidates, (candidate) => candidate.needId);
        const actionsOf = groupBy(actions, (action) => action.needId);
        const next = new Map<string, Contribution[]>();
        for (const id of batch) {
          const need = facts.get(id);
          // A need deleted since: its contributions are taken back.
          if (!need) {
            next.set(id, []);
            continue;
          }
          const areaId = need.municipalityCode ? (areas.get(need.municipalityCode) ?? NO_AREA) : NO_AREA;
          next.set(
            id,
            needContributions({
              need,
              areaId,
              municipalityCode: need.municipalityCode ?? NO_MUNICIPALITY,
              candidates: candidatesOf.get(id) ?? [],
              providerActions: (actionsOf.get(id) ?? []).map((action) => ({ ...action, sector: providers.get(action.providerId)?.sector ?? 'UNKNOWN' })),
              dismissals: need.dismissals,
            }),
          );
        }
        return this.store.replace(manager, next);
      });
    }
    return changed;
  }
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
