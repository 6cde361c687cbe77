import { Controller, Get, Inject, Optional } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Redis } from 'ioredis';
import { Public } from '../auth/auth.decorators';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { QueueRegistry } from '../queue/queue-registry.service';
import { REDIS_CONNECTION } from '../queue/redis.provider';
import { withTimeout } from '../util/with-timeout';
import { SEARCH_HEALTH, SearchHealth } from './search-health';

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

  private async redisCheck(timeout: number) {
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
