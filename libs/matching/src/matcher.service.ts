import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CandidateIndex, ENGINE_VERSION, MatchContext, scoreMatch } from './engine';
import { CandidateWithdrawal } from './candidate-withdrawal.service';
import { MatchDataReader } from './match-data.reader';
import { MATCHES_PER_NEED, MatchResultStore, StoredMatch } from './match-result.store';

/** Matches below this score are noise to a coordinator and are not stored. */
export const MIN_STORED_SCORE = 0.2;

// Commit order is not time order: a profile written by a transaction that started earlier can
// commit after a later one. Re-reading a short window behind the watermark catches those.
const SYNC_OVERLAP_MS = 60_000;

export type ProgressListener = (done: number, total: number) => void | Promise<void>;

/**
 * The worker's matcher: holds every matchable profile in an inverted index (built once, then kept
 * in step with the database by each job) and stores the top results per need.
 */
@Injectable()
export class MatcherService {
  private readonly logger = new Logger(MatcherService.name);
  private index: CandidateIndex | null = null;
  private context: MatchContext | null = null;
  private watermark = new Date(0);
  private loading: Promise<void> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: MatchDataReader,
    private readonly store: MatchResultStore,
    private readonly withdrawal: CandidateWithdrawal,
  ) {}

  /** Recomputes one need's suggestions; a filled, closed or missing need keeps none. */
  async matchNeed(needId: string): Promise<{ stored: number }> {
    const { index, context } = await this.ready();
    const found = await this.reader.need(needId, context);
    if (!found) return { stored: 0 };
    const matches = found.open ? this.toStored(index.match(found.need, MATCHES_PER_NEED, context)) : [];
    await this.store.replaceForNeed(needId, matches, new Date());
    return { stored: matches.length };
  }

  /** Recomputes one profile against every open need; without consent, it leaves every list. */
  async matchProfile(profileId: string): Promise<{ stored: number; withdrawn: boolean }> {
    const { index, context } = await this.ready();
    const [profile] = await this.reader.profiles([profileId]);
    if (!profile || !profile.matchingConsent) {
      index.remove(profileId);
      await this.dataSource.transaction(async (manager) => {
        await this.store.removeProfile(profileId, manager);
        await this.withdrawal.withdrawProfile(manager, profileId);
      });
      return { stored: 0, withdrawn: true };
    }
    index.upsert(profile);
    const matches: StoredMatch[] = [];
    for await (const needs of this.reader.openNeeds(context)) {
      for (const need of needs) {
        const outcome = scoreMatch(need, profile, context);
        if (outcome.matched && outcome.score >= MIN_STORED_SCORE) {
          matches.push({ needId: need.id, profileId, score: outcome.score, explanation: outcome.explanation, engineVersion: outcome.engineVersion });
        }
      }
    }
    await this.store.replaceForProfile(profileId, matches, new Date());
    return { stored: matches.length, withdrawn: false };
  }

  /** Rebuilds the index from the database and recomputes every open need. */
  async rematchAll(progress?: ProgressListener): Promise<{ needs: number; profiles: number }> {
    // Reload everything, ESCO included: the nightly run also picks up a fresh import.
    this.index = null;
    this.context = null;
    const { index, context } = await this.ready();
    const total = await this.reader.openNeedCount();
    let done = 0;
    for await (const needs of this.reader.openNeeds(context)) {
      for (const need of needs) {
        await this.store.replaceForNeed(need.id, this.toStored(index.match(need, MATCHES_PER_NEED, context)), new Date());
        done++;
      }
      await progress?.(done, total);
    }
    // Needs that closed since their last run keep no suggestions. One transaction, the closed
    // needs locked: a need reopened meanwhile waits for the delete, then its match job refills it.
    await this.dataSource.transaction(async (manager) => {
      const closed = await this.reader.closedNeedsAmong(await this.store.needsWithResults(manager), manager);
      await this.store.removeForNeeds(closed, manager);
    });
    return { needs: done, profiles: index.size };
  }

  get indexedProfiles(): number {
    return this.index?.size ?? 0;
  }

  private toStored(outcomes: ReturnType<CandidateIndex['match']>): StoredMatch[] {
    return outcomes
      .filter((o) => o.score >= MIN_STORED_SCORE)
      .map((o) => ({ needId: o.needId, profileId: o.profileId, score: o.score, explanation: o.explanation, engineVersion: o.engineVersion ?? ENGINE_VERSION }));
  }

  /** Builds the index on first use, then applies the profiles changed since the last sync. */
  private async ready(): Promise<{ index: CandidateIndex; context: MatchContext }> {
    if (!this.index || !this.context) {
      this.loading ??= this.build().finally(() => (this.loading = null));
      await this.loading;
    } else {
      await this.sync();
    }
    return { index: this.index as CandidateIndex, context: this.context as MatchContext };
  }

  private async build(): Promise<void> {
    const started = Date.now();
    const startedAt = new Date(started - SYNC_OVERLAP_MS);
    this.context ??= await this.reader.context();
    const index = new CandidateIndex();
    for await (const batch of this.reader.matchableProfiles()) for (const profile of batch) index.upsert(profile);
    this.index = index;
    this.watermark = startedAt;
    this.logger.log(`Matching index built: ${index.size} profiles in ${Date.now() - started} ms`);
  }

  private async sync(): Promise<void> {
    const since = new Date(this.watermark.getTime() - SYNC_OVERLAP_MS);
    const { profiles, latest } = await this.reader.profilesChangedSince(since);
    const index = this.index as CandidateIndex;
    for (const profile of profiles) {
      if (profile.matchingConsent) index.upsert(profile);
      else index.remove(profile.id);
    }
    if (latest && latest > this.watermark) this.watermark = latest;
  }
}
