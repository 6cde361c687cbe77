import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, METRICS_REGISTRY } from '@ytmt/core';
import { Gauge, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { CandidateIndex, ENGINE_VERSION, MatchContext, MatchedOutcome, MatchNeed, MatchProfile, RematchPool, scoreMatch } from './engine';
import { CandidateWithdrawal } from './candidate-withdrawal.service';
import { MatchDataReader } from './match-data.reader';
import { MATCHES_PER_NEED, MatchResultStore, StoredMatch } from './match-result.store';

/** Matches below this score are noise to a coordinator and are not stored. */
export const MIN_STORED_SCORE = 0.2;

// Commit order is not time order: a profile written by a transaction that started earlier can
// commit after a later one. Re-reading a short window behind the watermark catches those.
const SYNC_OVERLAP_MS = 60_000;

export type ProgressListener = (done: number, total: number) => void | Promise<void>;

/** Needs sent to a rematch thread at a time: small enough to spread the load, large enough to amortise a message. */
const THREAD_CHUNK = 50;

/** What this process's index holds for one profile, without the profile's data. */
export interface IndexedProfileView {
  /** False until the index is first built in this process. */
  built: boolean;
  profiles: number;
  present: boolean;
  /** SHA-1 of the profile as the index holds it; equal in two processes exactly when they hold the same. */
  fingerprint: string | null;
  skills: number | null;
}

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
  /** While a threaded rematch runs: its threads hold index copies that must follow every change too. */
  private rematchPool: RematchPool | null = null;
  /** Profiles that left matching while the threaded rematch ran: kept out of what it writes. */
  private readonly leftDuringRematch = new Set<string>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: MatchDataReader,
    private readonly store: MatchResultStore,
    private readonly withdrawal: CandidateWithdrawal,
    // A matcher built by hand (tests) has no configuration and rematches in this thread.
    @Optional() @Inject(APP_CONFIG) private readonly config: AppConfig | null = null,
    // The worker's metrics registry (WORKER_METRICS_PORT): this process's in-memory index size.
    @Optional() @Inject(METRICS_REGISTRY) registry: Registry | null = null,
  ) {
    if (registry) {
      // Read when scraped, never stored: the index itself is the source.
      const profiles = (): number => this.index?.size ?? 0;
      new Gauge({
        name: 'ytmt_matching_index_profiles',
        help: "Profiles in this worker's in-memory matching index (0 until it is first built).",
        registers: [registry],
        collect(this: Gauge) {
          this.set(profiles());
        },
      });
    }
  }

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
      this.removeFromIndexes(index, profileId);
      await this.dataSource.transaction(async (manager) => {
        await this.store.removeProfile(profileId, manager);
        await this.withdrawal.withdrawProfile(manager, profileId);
      });
      return { stored: 0, withdrawn: true };
    }
    index.upsert(profile);
    this.rematchPool?.addProfiles([profile]);
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

  /**
   * Rebuilds the index from the database and recomputes every open need. With more than one thread
   * (REMATCH_THREADS), worker threads score slices of the needs while this thread writes results.
   */
  async rematchAll(progress?: ProgressListener, options: { threads?: number } = {}): Promise<{ needs: number; profiles: number }> {
    const threads = options.threads ?? this.config?.rematchThreads ?? 1;
    // Reload everything, ESCO included: the nightly run also picks up a fresh import.
    await this.loading;
    this.index = null;
    this.context = null;
    // The threads start once the context is read and receive each profile batch the index does.
    const threaded: { pool: RematchPool | null } = { pool: null };
    try {
      if (threads > 1) {
        const startPool = (context: MatchContext, expectedProfiles: number) => (threaded.pool = RematchPool.start(threads, { context, expectedProfiles }));
        this.loading = this.build(startPool, (batch) => threaded.pool?.addProfiles(batch)).finally(() => (this.loading = null));
      }
      const { index, context } = await this.ready();
      const pool = threaded.pool;
      this.rematchPool = pool;
      this.leftDuringRematch.clear();
      const total = await this.reader.openNeedCount();
      const done = pool ? await this.rematchInThreads(pool, context, total, progress) : await this.rematchHere(index, context, total, progress);
      // Needs that closed since their last run keep no suggestions. One transaction, the closed
      // needs locked: a need reopened meanwhile waits for the delete, then its match job refills it.
      await this.dataSource.transaction(async (manager) => {
        const closed = await this.reader.closedNeedsAmong(await this.store.needsWithResults(manager), manager);
        await this.store.removeForNeeds(closed, manager);
      });
      return { needs: done, profiles: index.size };
    } finally {
      this.rematchPool = null;
      this.leftDuringRematch.clear();
      await threaded.pool?.close();
    }
  }

  private async rematchHere(index: CandidateIndex, context: MatchContext, total: number, progress?: ProgressListener): Promise<number> {
    let done = 0;
    for await (const needs of this.reader.openNeeds(context)) {
      for (const need of needs) {
        await this.store.replaceForNeed(need.id, this.toStored(index.match(need, MATCHES_PER_NEED, context)), new Date());
        done++;
      }
      await progress?.(done, total);
    }
    return done;
  }

  /**
   * The threads score one batch of needs while this thread writes the previous batch's results,
   * with as many writes in flight as there are threads.
   */
  private async rematchInThreads(pool: RematchPool, context: MatchContext, total: number, progress?: ProgressListener): Promise<number> {
    let done = 0;
    const submit = (needs: readonly MatchNeed[]) => {
      const chunks: { needs: readonly MatchNeed[]; outcomes: Promise<MatchedOutcome[][]> }[] = [];
      for (let start = 0; start < needs.length; start += THREAD_CHUNK) {
        const slice = needs.slice(start, start + THREAD_CHUNK);
        chunks.push({ needs: slice, outcomes: pool.match(slice, MATCHES_PER_NEED) });
      }
      // A failed thread fails the run when its chunk is awaited; no unhandled rejection meanwhile.
      for (const chunk of chunks) chunk.outcomes.catch(() => undefined);
      return chunks;
    };
    const write = async (chunks: ReturnType<typeof submit>) => {
      let next = 0;
      const writer = async () => {
        while (next < chunks.length) {
          const chunk = chunks[next++]!;
          const outcomes = await chunk.outcomes;
          for (let i = 0; i < chunk.needs.length; i++) {
            // A profile withdrawn after its thread scored this chunk stays out (its own job has removed its rows).
            const stored = this.toStored(outcomes[i]!).filter((match) => !this.leftDuringRematch.has(match.profileId));
            await this.store.replaceForNeed(chunk.needs[i]!.id, stored, new Date());
            done++;
          }
        }
      };
      await Promise.all(Array.from({ length: pool.size }, writer));
      await progress?.(done, total);
    };
    let previous: ReturnType<typeof submit> | null = null;
    for await (const needs of this.reader.openNeeds(context)) {
      const current = submit(needs);
      if (previous) await write(previous);
      previous = current;
    }
    if (previous) await write(previous);
    return done;
  }

  /**
   * Brings this process's index up to date with the database (built on first use). Other workers
   * call it when one of them announces a changed profile, so every worker's index follows.
   */
  async refresh(): Promise<void> {
    await this.ready();
  }

  /** What the index holds for a profile now, without syncing first. */
  inspect(profileId: string): IndexedProfileView {
    const index = this.index;
    const profile = index?.get(profileId) ?? null;
    return {
      built: index !== null,
      profiles: index?.size ?? 0,
      present: profile !== null,
      fingerprint: profile ? profileFingerprint(profile) : null,
      skills: profile ? profile.skills.length : null,
    };
  }

  get indexedProfiles(): number {
    return this.index?.size ?? 0;
  }

  private removeFromIndexes(index: CandidateIndex, profileId: string): void {
    index.remove(profileId);
    if (this.rematchPool) {
      this.rematchPool.removeProfiles([profileId]);
      this.leftDuringRematch.add(profileId);
    }
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

  /** Optionally hands the context and every profile batch to a rematch pool as well. */
  private async build(
    onContext?: (context: MatchContext, expectedProfiles: number) => void,
    onProfiles?: (batch: readonly MatchProfile[]) => void,
  ): Promise<void> {
    const started = Date.now();
    const startedAt = new Date(started - SYNC_OVERLAP_MS);
    this.context ??= await this.reader.context();
    const index = new CandidateIndex();
    if (onContext) onContext(this.context, await this.reader.profileCount());
    for await (const batch of this.reader.matchableProfiles()) {
      for (const profile of batch) index.upsert(profile);
      onProfiles?.(batch);
    }
    this.index = index;
    this.watermark = startedAt;
    this.logger.log(`Matching index built: ${index.size} profiles in ${Date.now() - started} ms`);
  }

  private async sync(): Promise<void> {
    const since = new Date(this.watermark.getTime() - SYNC_OVERLAP_MS);
    const { profiles, latest } = await this.reader.profilesChangedSince(since);
    const index = this.index as CandidateIndex;
    for (const profile of profiles) {
      if (profile.matchingConsent) {
        index.upsert(profile);
        this.rematchPool?.addProfiles([profile]);
      } else this.removeFromIndexes(index, profile.id);
    }
    if (latest && latest > this.watermark) this.watermark = latest;
  }
}

/** A stable digest of a profile as an index holds it (lists de-duplicated, codes normalised). */
export function profileFingerprint(profile: MatchProfile): string {
  return createHash('sha1').update(JSON.stringify(profile)).digest('hex');
}
