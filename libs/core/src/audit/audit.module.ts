import { Global, Module } from '@nestjs/common';
import { AuditService } from './audit.service';

/** Global: any domain records events without importing a module for it. */
@Global()
@Module({ providers: [AuditService], exports: [AuditService] })
export class AuditModule {}
