import { Global, Module } from '@nestjs/common';
import { AuditService } from './audit.service';
import { RetentionJob, RetentionSchedule } from './retention.job';

/** Global: any domain records events without importing a module for it. */
@Global()
@Module({ providers: [AuditService], exports: [AuditService] })
export class AuditModule {}

/** For the worker: the nightly retention run (RETENTION_* periods) and its schedule. */
@Module({ imports: [AuditModule], providers: [RetentionJob, RetentionSchedule] })
export class AuditWorkerModule {}
