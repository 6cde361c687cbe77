import type { DefaultJobOptions } from 'bullmq';
import { AppConfig } from '../config/config.schema';

/** Central job defaults: retries with exponential backoff, bounded history, failures kept. */
export function defaultJobOptions(config: AppConfig): DefaultJobOptions {
  return {
    attempts: config.jobAttempts,
    backoff: { type: 'exponential', delay: config.jobBackoffMs },
    removeOnComplete: { count: 1000, age: 24 * 3600 },
    // Failed jobs stay for inspection and manual retry; only very old ones are trimmed.
    removeOnFail: { age: 30 * 24 * 3600 },
  };
}

/** BullMQ job ids may not contain ':' (it separates Redis key parts). */
export function toJobId(key: string): string {
  return key.replace(/:/g, '_');
}
