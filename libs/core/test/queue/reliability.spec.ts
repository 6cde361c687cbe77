import { defaultRedisPolicyCheck, parseConfig } from '../../src/config/config.schema';
import { databaseBusyReason, DatabaseBusyReason } from '../../src/database/database-errors';
import { sessionParameters } from '../../src/database/data-source-options';
import { redisPersistenceProblems } from '../../src/queue/redis-policy';
import { workerOptions } from '../../src/queue/worker-host.service';

describe('worker options', () => {
  it('check for stalled jobs four times per lock duration, so a dead worker’s job is retaken within ~1.25 × JOB_LOCK_MS', () => {
    const options = workerOptions(parseConfig({ JOB_LOCK_MS: '30000' }));
    expect(options.lockDuration).toBe(30_000);
    expect(options.stalledInterval).toBe(7_500);
    // Marked on one check, retaken on the first check after the lock lapsed.
    expect((options.lockDuration as number) + (options.stalledInterval as number)).toBeLessThanOrEqual(1.25 * 30_000);
  });
});

describe('database limits', () => {
  it('size the pool for every queue’s concurrency and default to bounded sessions', () => {
    const { database } = parseConfig({ QUEUE_CONCURRENCY: '8' });
    expect(database.poolSize).toBe(8 * 4 + 4);
    expect(database.statementTimeoutMs).toBeGreaterThan(0);
    expect(database.lockTimeoutMs).toBeGreaterThan(0);
    expect(database.idleInTransactionTimeoutMs).toBeGreaterThan(0);
    expect(database.connectTimeoutMs).toBeGreaterThan(0);
  });

  it('send the timeouts as session parameters, leaving out those set to 0', () => {
    expect(sessionParameters({ statementTimeoutMs: 15000, lockTimeoutMs: 0, idleInTransactionTimeoutMs: 60000 })).toEqual({
      statement_timeout: 15000,
      idle_in_transaction_session_timeout: 60000,
    });
  });

  it('recognise the bounded waits among wrapped errors', () => {
    const lock = Object.assign(new Error('canceling statement due to lock timeout'), { code: '55P03' });
    expect(databaseBusyReason({ originalError: { driverError: lock } })).toBe(DatabaseBusyReason.LOCK_TIMEOUT);
    expect(databaseBusyReason(Object.assign(new Error('x'), { code: '57014' }))).toBe(DatabaseBusyReason.STATEMENT_TIMEOUT);
    expect(databaseBusyReason(new Error('timeout exceeded when trying to connect'))).toBe(DatabaseBusyReason.POOL_EXHAUSTED);
    expect(databaseBusyReason(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBeNull();
    expect(databaseBusyReason(undefined)).toBeNull();
  });
});

describe('Redis persistence policy', () => {
  it('accepts AOF with noeviction', () => {
    expect(redisPersistenceProblems({ appendonly: 'yes', maxmemoryPolicy: 'noeviction' })).toEqual([]);
  });

  it('names each problem: no AOF, an evicting policy, CONFIG refused', () => {
    expect(redisPersistenceProblems({ appendonly: 'no', maxmemoryPolicy: 'allkeys-lru' })).toEqual([
      expect.stringContaining('appendonly is "no"'),
      expect.stringContaining('maxmemory-policy is "allkeys-lru"'),
    ]);
    expect(redisPersistenceProblems({ appendonly: null, maxmemoryPolicy: null })).toHaveLength(2);
  });

  it('refuses in production and warns elsewhere by default', () => {
    expect(parseConfig({ APP_ENV: 'development' }).reliability.redisPolicyCheck).toBe('warn');
    expect(parseConfig({ APP_ENV: 'test' }).reliability.redisPolicyCheck).toBe('warn');
    expect(defaultRedisPolicyCheck('production')).toBe('refuse');
    expect(parseConfig({ REDIS_POLICY_CHECK: 'refuse' }).reliability.redisPolicyCheck).toBe('refuse');
  });
});
