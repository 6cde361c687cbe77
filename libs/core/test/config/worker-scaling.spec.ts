import { availableParallelism } from 'node:os';
import { ConfigValidationError, parseConfig } from '../../src/config/config.schema';

const BASE = { APP_ENV: 'test' };

describe('Worker scaling settings', () => {
  it('consumes every queue unless WORKER_QUEUES names some', () => {
    expect(parseConfig(BASE).workerQueues).toBeNull();
    expect(parseConfig({ ...BASE, WORKER_QUEUES: 'matching, notifications,matching' }).workerQueues).toEqual(['matching', 'notifications']);
  });

  it('names WORKER_QUEUES when it lists a queue that does not exist', () => {
    expect(() => parseConfig({ ...BASE, WORKER_QUEUES: 'matching,mail' })).toThrow(ConfigValidationError);
    expect(() => parseConfig({ ...BASE, WORKER_QUEUES: 'matching,mail' })).toThrow(/WORKER_QUEUES: must list queues among maintenance, search-index, matching, notifications/);
    // A worker for no queue at all is a mistake too.
    expect(() => parseConfig({ ...BASE, WORKER_QUEUES: ' , ' })).toThrow(/WORKER_QUEUES/);
  });

  it('runs the rematch in as many threads as the machine has, or REMATCH_THREADS', () => {
    expect(parseConfig(BASE).rematchThreads).toBe(availableParallelism());
    expect(parseConfig({ ...BASE, REMATCH_THREADS: '3' }).rematchThreads).toBe(3);
    expect(() => parseConfig({ ...BASE, REMATCH_THREADS: '0' })).toThrow(/REMATCH_THREADS: must be an integer from 1 to 64/);
  });
});
