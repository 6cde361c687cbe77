import { Module } from '@nestjs/common';
import { APP_GUARD, Reflector } from '@nestjs/core';
import { normalizeIp, ThrottlerModule } from '@nestjs/throttler';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { RateLimitStatusPlugin } from './rate-limit-status.plugin';
import { RateLimitGuard } from './rate-limit.guard';
import { rateLimitThrottlers } from './rate-limit.policy';
import { RateLimitStorage } from './rate-limit.storage';

@Module({ providers: [RateLimitStorage], exports: [RateLimitStorage] })
class RateLimitStorageModule {}

/**
 * Rate limits on public fields and on operations that notify people (issue 11, point 12). Import
 * it after AuthModule: global guards run in the order their modules are imported, and the limits
 * need the caller the auth guard found.
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      imports: [RateLimitStorageModule],
      inject: [APP_CONFIG, Reflector, RateLimitStorage],
      useFactory: (config: AppConfig, reflector: Reflector, storage: RateLimitStorage) => ({
        storage,
        // Behind a proxy, req.ip is the client's address only as far as TRUST_PROXY allows.
        throttlers: rateLimitThrottlers(config.rateLimits, config.queuePrefix, reflector, (request) =>
          normalizeIp(String(request['ip'] ?? 'unknown')),
        ),
      }),
    }),
  ],
  providers: [{ provide: APP_GUARD, useClass: RateLimitGuard }, RateLimitStatusPlugin],
})
export class RateLimitModule {}
