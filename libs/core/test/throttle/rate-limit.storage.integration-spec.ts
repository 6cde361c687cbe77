import { randomBytes } from 'node:crypto';
import { parseConfig } from '../../src/config/config.schema';
import { RateLimitStorage } from '../../src/throttle/rate-limit.storage';

const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

describe('RateLimitStorage', () => {
  const storages: RateLimitStorage[] = [];
  const storage = async (redisUrl: string) => {
    const created = new RateLimitStorage(parseConfig({ REDIS_URL: redisUrl, QUEUE_COMMAND_TIMEOUT_MS: '500' }));
    storages.push(created);
    await created.onModuleInit();
    return created;
  };
  afterAll(() => storages.forEach((created) => created.onApplicationShutdown()));

  it('shares one count between instances through Redis, and blocks past the limit', async () => {
    const key = `ytmt-test-${randomBytes(4).toString('hex')}:rate-limit:public:client:198.51.100.1`;
    const [first, second] = [await storage(REDIS_URL), await storage(REDIS_URL)];
    const hits = [];
    for (let i = 0; i < 4; i++) hits.push(await (i % 2 ? second : first).increment(key, 60_000, 3, 60_000, 'public'));
    expect(hits.map((hit) => hit.totalHits)).toEqual([1, 2, 3, 4]);
    expect(hits.map((hit) => hit.isBlocked)).toEqual([false, false, false, true]);
    expect(hits[3].timeToBlockExpire).toBeGreaterThan(55);
  });

  it('keeps counting in memory, promptly, when Redis does not answer', async () => {
    const started = Date.now();
    const offline = await storage('redis://127.0.0.1:1');
    const hits = [];
    for (let i = 0; i < 3; i++) hits.push(await offline.increment('offline-key', 60_000, 2, 60_000, 'public'));
    expect(Date.now() - started).toBeLessThan(3000);
    expect(hits.map((hit) => hit.isBlocked)).toEqual([false, false, true]);
  });
});
