import { DynamicModule, Global, Module } from '@nestjs/common';
import { PRINCIPAL_RESOLVER } from '@ytmt/core';
import { DevAuthResolver } from './dev/dev-auth.resolver';
import { IdentityResolver } from './identity.resolver';
import { IdentityService } from './identity.service';
import { UserAdminResolver } from './user-admin.resolver';
import { UserAdminService } from './user-admin.service';
import { OrganizationDirectory } from './organization-directory';
import { DatabasePrincipalResolver } from './principal-resolver.service';
import { UserDirectory } from './user-directory';
import { AccountErasure } from './account-erasure';
import { OrganizationWriter } from './organization-writer';
import { OrganizationPageReader } from './readers/organization-page.reader';
import { RoleHoldersReader } from './readers/role-holders.reader';

/** Global so the core auth guard can reach the principal resolver. */
@Global()
@Module({
  providers: [IdentityService, OrganizationDirectory, UserDirectory, AccountErasure, OrganizationWriter, OrganizationPageReader, RoleHoldersReader, { provide: PRINCIPAL_RESOLVER, useClass: DatabasePrincipalResolver }],
  exports: [IdentityService, OrganizationDirectory, UserDirectory, AccountErasure, OrganizationWriter, OrganizationPageReader, RoleHoldersReader, PRINCIPAL_RESOLVER],
})
export class IdentityModule {}

@Module({})
export class IdentityApiModule {
  /** Development login exists only when enabled, so production has no such field at all. */
  static register(options: { devLogin: boolean }): DynamicModule {
    return {
      module: IdentityApiModule,
      imports: [IdentityModule],
      providers: [IdentityResolver, UserAdminResolver, UserAdminService, ...(options.devLogin ? [DevAuthResolver] : [])],
    };
  }
}
