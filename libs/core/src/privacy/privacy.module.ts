import { Global, Module } from '@nestjs/common';
import { PersonalDataRegistry } from './personal-data.registry';
import { RetentionRegistry } from './retention.registry';

/** Global: the registries through which libraries take part in data rights and retention. */
@Global()
@Module({ providers: [PersonalDataRegistry, RetentionRegistry], exports: [PersonalDataRegistry, RetentionRegistry] })
export class PrivacyModule {}
