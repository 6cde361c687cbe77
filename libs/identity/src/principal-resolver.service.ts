import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, Principal, PrincipalResolver, VerifiedToken } from '@ytmt/core';
import { DataSource } from 'typeorm';
import { queryPrincipal } from './principal.query';

/** Maps a verified token to a user and the roles stored for them. */
@Injectable()
export class DatabasePrincipalResolver implements PrincipalResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async resolve(token: VerifiedToken): Promise<Principal | null> {
    const principal = await this.load(token);
    if (principal || token.development || !token.email) return principal;
    // First sign-in through the identity provider: an account created for this e-mail address
    // (by an admin or coordinator) is bound to the provider's subject, once. token.email is set
    // only for an address the provider has verified, so a typed-in address never takes an account.
    const linked: unknown[] = await this.dataSource.query(
      `UPDATE app_user SET auth_issuer = $1, auth_subject = $2, updated_at = now()
        WHERE email = lower($3) AND auth_subject IS NULL AND NOT is_demo RETURNING id`,
      [token.issuer, token.subject, token.email],
    );
    return linked.length > 0 ? this.load(token) : null;
  }

  private async load(token: VerifiedToken): Promise<Principal | null> {
    // Development tokens carry the user id as subject; real identity providers their own subject.
    const devToken = token.development && this.config.auth.devLoginEnabled;
    const principal = await queryPrincipal(
      this.dataSource.manager,
      devToken ? 'u.id::text = $1 AND u.is_demo' : 'u.auth_subject = $1 AND u.auth_issuer = $2',
      devToken ? [token.subject] : [token.subject, token.issuer],
    );
    return principal && { ...principal, mandateBusinessIds: token.mandateBusinessIds ?? [] };
  }
}
