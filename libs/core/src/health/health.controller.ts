import { Controller, Get, Inject, Optional, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorResult, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Redis } from 'ioredis';
import { Public } from '../auth/auth.decorators';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { QueueRegistry } from '../queue/queue-registry.service';
import { REDIS_CONNECTION } from '../queue/redis.provider';
import { readWorkerHeartbeats } from '../queue/worker-heartbeat.service';
import { withTimeout } from '../util/with-timeout';
import { SEARCH_HEALTH, SearchHealth } from './search-health';

/**
 * - `/health/live`: the process answers (restart it if not); checks nothing else.
 * - `/health/ready`: it can serve requests: PostgreSQL and the search engine. Redis is reported
 *   but does not make it unready: reads never need it, and writes keep their jobs in the outbox.
 * - `/health`: everything, strictly (PostgreSQL, Redis, queues, search), as before.
 * - `/health/worker`: a worker wrote its heartbeat lately (the API never depends on it).
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly queues: QueueRegistry,
    @Inject(REDIS_CONNECTION) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() @Inject(SEARCH_HEALTH) private readonly search: SearchHealth | null = null,
  ) {}

  @Get()
  @Public()
  @HealthCheck()
  check() {
    const timeout = this.config.healthTimeoutMs;
    return this.health.check([
      () => this.database.pingCheck('postgres', { timeout }),
      () => this.redisCheck(timeout),
      () => this.queueCheck(timeout),
      ...(this.search ? [() => this.searchCheck(this.search as SearchHealth, timeout)] : []),
    ]);
  }

  @Get('live')
  @Public()
  live() {
    return { status: 'ok', uptimeSeconds: Math.round(process.uptime()) };
  }

  @Get('ready')
  @Public()
  @HealthCheck()
  async ready() {
    const timeout = this.config.healthTimeoutMs;
    const [result, redis] = await Promise.all([
      this.health.check([
        () => this.database.pingCheck('postgres', { timeout }),
        ...(this.search ? [() => this.searchCheck(this.search as SearchHealth, timeout)] : []),
      ]),
      this.redisCheck(timeout),
    ]);
    // Reported, never failing: jobs wait in the outbox while Redis is away.
    return { ...result, degraded: redis['redis']?.status === 'down' ? redis : {} };
  }

  @Get('worker')
  @Public()
  async worker() {
    let workers;
    try {
      workers = await withTimeout(readWorkerHeartbeats(this.redis, this.config.queuePrefix), this.config.healthTimeoutMs, 'Redis');
    } catch (error) {
      throw new ServiceUnavailableException({ status: 'error', workers: [], message: (error as Error).message });
    }
    const body = {
      status: workers.length > 0 ? 'ok' : 'error',
      workers: workers.map((beat) => ({ host: beat.host, pid: beat.pid, beatAt: beat.beatAt, queues: beat.queues, runningJobs: beat.runningJobs, relayOkAt: beat.relayOkAt })),
    };
    if (workers.length === 0) throw new ServiceUnavailableException({ ...body, message: 'no worker heartbeat' });
    return body;
  }

  private async redisCheck(timeout: number): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check('redis');
    try {
      const answer = await withTimeout(this.redis.ping(), timeout, 'Redis');
      return answer === 'PONG' ? indicator.up() : indicator.down({ message: `Unexpected answer ${answer}` });
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }

  private async searchCheck(search: SearchHealth, timeout: number) {
    const indicator = this.indicators.check('search');
    try {
      const ok = await withTimeout(search.ping(), timeout, 'Search engine');
      return ok ? indicator.up({ engine: search.name }) : indicator.down({ engine: search.name, message: 'not ready' });
    } catch (error) {
      return indicator.down({ engine: search.name, message: (error as Error).message });
    }
  }

  private async queueCheck(timeout: number) {
    const indicator = this.indicators.check('queues');
    try {
      const counts = await withTimeout(
        Promise.all(
          this.queues.names().map(async (name) => [name, await this.queues.get(name).getJobCounts('wait', 'active', 'delayed', 'failed')] as const),
        ),
        timeout,
        'Queues',
      );
      return indicator.up(Object.fromEntries(counts));
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }
}
