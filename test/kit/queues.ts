import { DataSource } from 'typeorm';
import { ALL_QUEUES, QueueRegistry } from '@ytmt/core';

/** Waits until the outbox is empty and no queue has waiting, active or delayed jobs. */
export async function waitForQueuesToDrain(
  dataSource: DataSource,
  queues: QueueRegistry,
  timeoutMs = 15000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [{ pending }] = (await dataSource.query(
      'SELECT count(*)::int AS pending FROM outbox_event WHERE dispatched_at IS NULL AND dead_lettered_at IS NULL',
    )) as { pending: number }[];
    let busy = pending;
    for (const name of ALL_QUEUES) {
      const counts = await queues.get(name).getJobCounts('wait', 'active', 'delayed', 'prioritized');
      busy += Object.values(counts).reduce((sum, count) => sum + count, 0);
    }
    if (busy === 0) return;
    if (Date.now() > deadline) throw new Error(`Queues did not drain within ${timeoutMs} ms (${busy} pending)`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function eventually<T>(check: () => Promise<T | undefined | null | false>, timeoutMs = 10000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
