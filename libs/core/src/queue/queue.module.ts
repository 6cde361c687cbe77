import { Global, Module } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { OutboxService } from './outbox.service';
import { QueueRegistry } from './queue-registry.service';
import { RecurringJobs } from './recurring-jobs.service';
import { createProducerConnection, REDIS_CONNECTION } from './redis.provider';

@Global()
@Module({
  providers: [
    {
      provide: REDIS_CONNECTION,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => createProducerConnection(config.redisUrl),
    },
    QueueRegistry,
    OutboxService,
    RecurringJobs,
  ],
  exports: [REDIS_CONNECTION, QueueRegistry, OutboxService, RecurringJobs],
})
export class QueueModule {}
