import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BackoffPolicy, nextCrashCount, restartDelay, SupervisedProcess } from '../../src/commands/process-supervisor';

const POLICY: BackoffPolicy = { initialMs: 1000, maxMs: 30_000, factor: 2, stableAfterMs: 60_000 };

describe('restart backoff', () => {
  it('doubles the wait with each crash in a row, up to the maximum', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => restartDelay(n, POLICY))).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
  });

  it('starts over after a process had run long enough to count as healthy', () => {
    expect(nextCrashCount(5, 59_000, POLICY)).toBe(6);
    expect(nextCrashCount(5, 60_000, POLICY)).toBe(1);
  });
});

describe('SupervisedProcess (real child processes)', () => {
  const silent = { info: () => undefined, error: () => undefined };
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ytmt-supervisor-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A tiny "worker": appends a line per start, crashes the first `crashes` times, then stays up. */
  const flakyScript = (crashes: number) => `
    const fs = require('fs');
    const file = ${JSON.stringify(join('DIR', 'starts'))}.replace('DIR', process.argv[1]);
    fs.appendFileSync(file, 'x');
    if (fs.readFileSync(file, 'utf8').length <= ${crashes}) process.exit(3);
    setInterval(() => undefined, 1000);
  `;

  it('restarts a crashing process with growing waits, and the other process keeps running', async () => {
    const policy: BackoffPolicy = { initialMs: 100, maxMs: 1000, factor: 2, stableAfterMs: 60_000 };
    const waits: number[] = [];
    const worker = new SupervisedProcess('worker', () => spawn(process.execPath, ['-e', flakyScript(3), dir]), policy, silent, (delay) => waits.push(delay));
    const api = new SupervisedProcess('API', () => spawn(process.execPath, ['-e', 'setInterval(() => undefined, 1000)']), policy, silent);
    api.start();
    worker.start();
    const apiPid = api.pid;
    try {
      const started = Date.now();
      while (readStarts() < 4 && Date.now() - started < 10_000) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(readStarts()).toBe(4);
      expect(waits).toEqual([100, 200, 400]);
      expect(worker.restarts).toBe(3);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(worker.running).toBe(true);
      // The API was never touched by the worker's crashes.
      expect(api.running).toBe(true);
      expect(api.pid).toBe(apiPid);
      expect(api.restarts).toBe(0);
    } finally {
      await Promise.all([worker.stop(), api.stop()]);
    }
    expect(worker.running).toBe(false);
    expect(api.running).toBe(false);
  });

  it('restarts a process killed with SIGKILL, and never restarts one that was asked to stop', async () => {
    const policy: BackoffPolicy = { initialMs: 50, maxMs: 50, factor: 2, stableAfterMs: 60_000 };
    const child = new SupervisedProcess('worker', () => spawn(process.execPath, ['-e', 'setInterval(() => undefined, 1000)']), policy, silent);
    child.start();
    const first = child.pid as number;
    process.kill(first, 'SIGKILL');
    const started = Date.now();
    while ((child.pid === first || !child.running) && Date.now() - started < 5000) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(child.pid).not.toBe(first);
    expect(child.running).toBe(true);

    await child.stop();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(child.running).toBe(false);
    expect(child.restarts).toBe(1);
  });

  function readStarts(): number {
    try {
      return readFileSync(join(dir, 'starts'), 'utf8').length;
    } catch {
      return 0;
    }
  }
});
