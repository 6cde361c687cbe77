import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { VerifiedToken } from '../auth/principal';
import { REDIS_CONNECTION } from '../queue/redis.provider';
import { withTimeout } from '../util/with-timeout';

/** How long a dashboard session lasts; the admin opens the dashboard again from the web app after. */
export const DASHBOARD_SESSION_SECONDS = 15 * 60;

/** Who signed in: enough to look the user and their roles up again, no e-mail address. */
export type DashboardIdentity = Pick<VerifiedToken, 'issuer' | 'subject' | 'development'>;

/**
 * Sessions of the queue dashboard in Redis: the cookie holds 32 random bytes, Redis only their
 * hash (a copy of Redis holds no usable session). Shared by every API instance; expire by TTL.
 */
@Injectable()
export class DashboardSessions {
  constructor(
    @Inject(REDIS_CONNECTION) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(identity: DashboardIdentity): Promise<string> {
    const id = randomBytes(32).toString('base64url');
    const value = JSON.stringify({ issuer: identity.issuer, subject: identity.subject, development: identity.development });
    await withTimeout(this.redis.set(this.key(id), value, 'EX', DASHBOARD_SESSION_SECONDS), this.config.queueCommandTimeoutMs, 'Redis');
    return id;
  }

  async find(id: string): Promise<DashboardIdentity | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(id)) return null;
    const value = await withTimeout(this.redis.get(this.key(id)), this.config.queueCommandTimeoutMs, 'Redis');
    if (!value) return null;
    const parsed = JSON.parse(value) as Partial<DashboardIdentity>;
    return typeof parsed.issuer === 'string' && typeof parsed.subject === 'string' && typeof parsed.development === 'boolean'
      ? { issuer: parsed.issuer, subject: parsed.subject, development: parsed.development }
      : null;
  }

  async end(id: string): Promise<void> {
    if (/^[A-Za-z0-9_-]{43}$/.test(id)) await withTimeout(this.redis.del(this.key(id)), this.config.queueCommandTimeoutMs, 'Redis');
  }

  private key(id: string): string {
    return `${this.config.queuePrefix}:queue-dashboard-session:${createHash('sha256').update(id).digest('hex')}`;
  }
}
