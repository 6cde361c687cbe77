// Worker threads for the full rematch: each thread builds its own copy of the index from the same
// profiles and scores the needs it is given; the caller (the main thread) writes the results.
// Scores equal a single-threaded run's exactly: the same engine, the same profiles, ties broken by
// profile id. Pure: no Nest, no I/O besides the threads.
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { MatchContext, MatchedOutcome, MatchNeed, MatchProfile } from './match.types';

export interface RematchThreadSetup {
  context: MatchContext;
  expectedProfiles: number;
}
export type RematchThreadRequest =
  | { type: 'profiles'; profiles: readonly MatchProfile[] }
  | { type: 'remove'; profileIds: readonly string[] }
  | { type: 'match'; id: number; needs: readonly MatchNeed[]; k: number };
export type RematchThreadReply =
  | { type: 'matched'; id: number; outcomes: MatchedOutcome[][] }
  | { type: 'failed'; id: number | null; message: string };

interface Pending {
  resolve(outcomes: MatchedOutcome[][]): void;
  reject(error: Error): void;
}
interface Queued extends Pending {
  needs: readonly MatchNeed[];
  k: number;
}
/** Requests a thread holds at once: one to work on, one ready behind it; the rest wait here for the first free thread. */
const IN_FLIGHT_PER_THREAD = 2;
interface Thread {
  worker: Worker;
  /** Requests sent and not answered yet, by id. */
  pending: Map<number, Pending>;
}

/** Runs from TypeScript (ts-node, Jest) or from the compiled JavaScript, like this file. */
function threadScript(): { path: string; execArgv: string[] } {
  const typescript = extname(__filename) === '.ts';
  return {
    path: join(__dirname, `rematch-thread${typescript ? '.ts' : '.js'}`),
    // The engine imports only relative paths, so plain transpilation is enough in development.
    execArgv: typescript ? ['-r', 'ts-node/register/transpile-only'] : [],
  };
}

export class RematchPool {
  private readonly threads: Thread[] = [];
  private readonly queued: Queued[] = [];
  private nextId = 0;
  private failure: Error | null = null;
  private closing = false;

  private constructor(count: number, setup: RematchThreadSetup) {
    const script = threadScript();
    for (let i = 0; i < count; i++) {
      const worker = new Worker(script.path, { workerData: setup, execArgv: script.execArgv });
      const thread: Thread = { worker, pending: new Map() };
      worker.on('message', (reply: RematchThreadReply) => this.answer(thread, reply));
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (thread.pending.size > 0 || (code !== 0 && !this.closing)) this.fail(new Error(`rematch thread exited with code ${code}`));
      });
      this.threads.push(thread);
    }
  }

  /** Starts `threads` threads (at least one) that match against `context`. */
  static start(threads: number, setup: RematchThreadSetup): RematchPool {
    if (!Number.isInteger(threads) || threads < 1) throw new RangeError(`threads must be a positive integer (got ${threads})`);
    return new RematchPool(threads, setup);
  }

  get size(): number {
    return this.threads.length;
  }

  /** Adds profiles to every thread's index; they are in place before any later match request. */
  addProfiles(profiles: readonly MatchProfile[]): void {
    if (profiles.length === 0) return;
    const request: RematchThreadRequest = { type: 'profiles', profiles };
    for (const thread of this.threads) thread.worker.postMessage(request);
  }

  /** Removes profiles from every thread's index, before any later match request. */
  removeProfiles(profileIds: readonly string[]): void {
    if (profileIds.length === 0) return;
    const request: RematchThreadRequest = { type: 'remove', profileIds };
    for (const thread of this.threads) thread.worker.postMessage(request);
  }

  /** The k best outcomes of each need, in the order of `needs`, from the first thread free. */
  match(needs: readonly MatchNeed[], k: number): Promise<MatchedOutcome[][]> {
    if (this.failure) return Promise.reject(this.failure);
    if (needs.length === 0) return Promise.resolve([]);
    return new Promise<MatchedOutcome[][]>((resolve, reject) => {
      this.queued.push({ needs, k, resolve, reject });
      this.dispatch();
    });
  }

  /** Hands waiting requests to threads with room, the least busy first: a slow slice never holds up the rest. */
  private dispatch(): void {
    while (this.queued.length > 0) {
      const thread = this.threads.reduce((best, candidate) => (candidate.pending.size < best.pending.size ? candidate : best));
      if (thread.pending.size >= IN_FLIGHT_PER_THREAD) return;
      const next = this.queued.shift();
      if (!next) return;
      const { needs, k, resolve, reject } = next;
      const id = this.nextId++;
      thread.pending.set(id, { resolve, reject });
      thread.worker.postMessage({ type: 'match', id, needs, k } satisfies RematchThreadRequest);
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.threads.map((thread) => thread.worker.terminate()));
    this.fail(new Error('rematch pool closed'));
  }

  private answer(thread: Thread, reply: RematchThreadReply): void {
    // Only a failure outside any request (adding profiles) has no id: the whole pool fails.
    if (reply.id === null) return this.fail(new Error(`rematch thread failed: ${reply.type === 'failed' ? reply.message : 'no request id'}`));
    const pending = thread.pending.get(reply.id);
    if (!pending) return;
    thread.pending.delete(reply.id);
    if (reply.type === 'matched') pending.resolve(reply.outcomes);
    else pending.reject(new Error(`rematch thread failed: ${reply.message}`));
    this.dispatch();
  }

  /** Rejects everything outstanding; later requests fail at once. */
  private fail(error: Error): void {
    this.failure ??= error;
    for (const thread of this.threads) {
      for (const pending of thread.pending.values()) pending.reject(error);
      thread.pending.clear();
    }
    for (const queued of this.queued.splice(0)) queued.reject(error);
  }
}
