import { Global, Module } from '@nestjs/common';
import { PrivacyModule } from '../privacy/privacy.module';
import { AuditService } from './audit.service';
import { RetentionJob, RetentionSchedule } from './retention.job';

/** Global: any domain records events without importing a module for it; brings the privacy registries along. */
@Global()
@Module({ imports: [PrivacyModule], providers: [AuditService], exports: [AuditService, PrivacyModule] })
export class AuditModule {}

/** For the worker: the nightly retention run (RETENTION_* periods) and its schedule. */
@Module({ imports: [AuditModule], providers: [RetentionJob, RetentionSchedule] })
export class AuditWorkerModule {}
