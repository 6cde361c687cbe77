import { spawn } from 'node:child_process';
import { Job, Queue, Worker } from 'bullmq';
import IORedis from 'ioredis';
import { parseConfig } from '../../src/config/config.schema';
import { workerOptions } from '../../src/queue/worker-host.service';
import { removeQueueKeys, testConfig } from '@ytmt/test-kit';

/**
 * A worker killed with SIGKILL mid-job: its job is retaken by another worker within about
 * 1.25 × JOB_LOCK_MS, not after several stalled-check rounds.
 */
describe('Stalled jobs of a killed worker (real Redis, a real child process)', () => {
  const config = testConfig('postgres://postgres@127.0.0.1:5432/unused', { JOB_LOCK_MS: '2000' });
  const options = workerOptions(config);
  const redisUrl = config.redisUrl;
  let queue: Queue;

  beforeAll(() => {
    queue = new Queue('stalled-drill', { connection: new IORedis(redisUrl, { maxRetriesPerRequest: null }), prefix: config.queuePrefix });
  });
  afterAll(async () => {
    await queue.close();
    await removeQueueKeys(config);
  });

  it('retakes the job within about 1.25 × the lock duration', async () => {
    expect(parseConfig({ JOB_LOCK_MS: '2000' }).jobLockMs).toBe(2000);
    await queue.add('drill', { value: 'kesken' }, { jobId: 'drill-1', attempts: 3 });
    const child = spawn(
      process.execPath,
      [
        '-e',
        `const { Worker } = require('bullmq');
         const IORedis = require('ioredis');
         const options = JSON.parse(process.argv[1]);
         new Worker('stalled-drill', async () => { process.stdout.write('active\\n'); await new Promise(() => undefined); },
           { ...options, connection: new IORedis(process.argv[2], { maxRetriesPerRequest: null }) });`,
        JSON.stringify(options),
        redisUrl,
      ],
      { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('active') && resolve());
      child.once('exit', (code) => reject(new Error(`child exited with ${code}`)));
    });
    const killedAt = Date.now();
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));

    let retakenAt = 0;
    let retaken: Job | undefined;
    const survivor = new Worker(
      'stalled-drill',
      async (job) => {
        retakenAt = Date.now();
        retaken = job;
        return 'done';
      },
      { ...options, connection: new IORedis(redisUrl, { maxRetriesPerRequest: null }) },
    );
    try {
      const deadline = Date.now() + 10_000;
      while (!retakenAt && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(retaken?.id).toBe('drill-1');
      expect(retakenAt - killedAt).toBeLessThanOrEqual(1.25 * config.jobLockMs + 500);
    } finally {
      await survivor.close();
    }
  });
});
