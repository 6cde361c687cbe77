import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import { DevKeyStore } from './dev-key-store.service';
import { TokenVerifier } from './token-verifier.service';

/** Needs a PRINCIPAL_RESOLVER provider from the identity lib, which imports this module. */
@Global()
@Module({
  providers: [DevKeyStore, TokenVerifier, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [DevKeyStore, TokenVerifier],
})
export class AuthModule {}
