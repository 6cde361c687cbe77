import { randomBytes } from 'node:crypto';
import { AppConfig, parseConfig } from '@ytmt/core';

export const TEST_REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/** Config for one test file: its own database and its own queue prefix in the shared Redis. */
export function testConfig(databaseUrl: string, env: Record<string, string> = {}): AppConfig {
  return parseConfig({
    APP_ENV: 'test',
    DATABASE_URL: databaseUrl,
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: `ytmt-test-${randomBytes(4).toString('hex')}`,
    LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent',
    JOB_BACKOFF_MS: '20',
    JOB_ATTEMPTS: '3',
    OUTBOX_POLL_MS: '100',
    QUEUE_COMMAND_TIMEOUT_MS: '1000',
    PORT: '0',
    // Tests sign in through devLogin, which is off unless enabled (and refused in production).
    AUTH_DEV_LOGIN: env['APP_ENV'] === 'production' ? 'false' : 'true',
    // Every test calls from 127.0.0.1: limits a test of rate limits lowers through `env`.
    RATE_LIMIT_PUBLIC_PER_CLIENT: '1000000',
    RATE_LIMIT_PUBLIC_PER_USER: '1000000',
    RATE_LIMIT_NOTIFY_PER_CLIENT: '1000000',
    RATE_LIMIT_NOTIFY_PER_USER: '1000000',
    ...env,
  });
}
