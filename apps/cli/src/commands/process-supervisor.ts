import { ChildProcess } from 'node:child_process';

export interface BackoffPolicy {
  /** Wait before the first restart, ms. */
  initialMs: number;
  /** Longest wait between restarts, ms. */
  maxMs: number;
  factor: number;
  /** A process that ran this long before exiting counts as having been healthy: backoff starts over. */
  stableAfterMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { initialMs: 1000, maxMs: 30_000, factor: 2, stableAfterMs: 60_000 };

/** Pure: the wait before restarting after the n-th crash in a row (n ≥ 1). */
export function restartDelay(consecutiveCrashes: number, policy: BackoffPolicy = DEFAULT_BACKOFF): number {
  const exponent = Math.max(0, consecutiveCrashes - 1);
  return Math.min(policy.maxMs, Math.round(policy.initialMs * policy.factor ** exponent));
}

/** Pure: the crash count after an exit, given how long the process had been running. */
export function nextCrashCount(previous: number, uptimeMs: number, policy: BackoffPolicy = DEFAULT_BACKOFF): number {
  return uptimeMs >= policy.stableAfterMs ? 1 : previous + 1;
}

export interface SupervisorLog {
  info(message: string): void;
  error(message: string): void;
}

/**
 * Keeps one child process running: when it exits without being asked to, it is started again
 * after an exponential backoff. Each process is supervised on its own, so a crashing worker
 * never takes the API down with it (nor the other way round).
 */
export class SupervisedProcess {
  private child: ChildProcess | undefined;
  private startedAt = 0;
  private crashes = 0;
  private restartTimer: NodeJS.Timeout | undefined;
  private stopping = false;
  private exited: Promise<void> = Promise.resolve();
  /** Restarts so far, for logs and tests. */
  restarts = 0;

  constructor(
    readonly name: string,
    private readonly spawnChild: () => ChildProcess,
    private readonly policy: BackoffPolicy = DEFAULT_BACKOFF,
    private readonly log: SupervisorLog = { info: (m) => console.log(m), error: (m) => console.error(m) },
    private readonly onRestart?: (delayMs: number, crashes: number) => void,
  ) {}

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  start(): void {
    if (this.stopping) return;
    this.startedAt = Date.now();
    const child = this.spawnChild();
    this.child = child;
    this.exited = new Promise<void>((resolve) => {
      child.once('exit', (code, signal) => {
        resolve();
        this.onExit(code, signal);
      });
      // A spawn failure (e.g. no node binary) arrives as 'error' and maybe no 'exit'.
      child.once('error', (error) => {
        this.log.error(`${this.name}: ${error.message}`);
        if (child.exitCode === null && child.pid === undefined) {
          resolve();
          this.onExit(null, null);
        }
      });
    });
  }

  private onExit(code: number | null, signal: NodeJS.Signals | null): void {
    if (this.stopping) return;
    this.crashes = nextCrashCount(this.crashes, Date.now() - this.startedAt, this.policy);
    const delay = restartDelay(this.crashes, this.policy);
    this.log.error(
      `${this.name} exited (${signal ? `signal ${signal}` : `code ${code}`}); restarting in ${(delay / 1000).toFixed(1)} s (crash ${this.crashes} in a row).`,
    );
    this.onRestart?.(delay, this.crashes);
    this.restartTimer = setTimeout(() => {
      this.restartTimer = undefined;
      this.restarts++;
      this.start();
    }, delay);
  }

  /** Stops for good: no restart, the signal to the child, and waits for it to exit (at most `killAfterMs`, then SIGKILL). */
  async stop(signal: NodeJS.Signals = 'SIGTERM', killAfterMs = 30_000): Promise<void> {
    this.stopping = true;
    clearTimeout(this.restartTimer);
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    try {
      await this.exited;
    } finally {
      clearTimeout(timer);
    }
  }
}
