import type { AppConfig } from '../api/app-config';
import { session } from './session';

// oidc-client-ts is loaded only when someone signs in through the identity provider.
async function userManager(config: NonNullable<AppConfig['oidc']>) {
  const { UserManager, WebStorageStateStore } = await import('oidc-client-ts');
  const origin = window.location.origin;
  return new UserManager({
    authority: config.authority,
    client_id: config.clientId,
    scope: config.scope,
    redirect_uri: `${origin}/auth/callback`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    // Tokens and the PKCE state stay in this tab's session storage, never in localStorage.
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: false,
    loadUserInfo: false,
  });
}

/** Authorization Code with PKCE: goes to the identity provider and comes back to returnTo. */
export async function signInWithOidc(config: NonNullable<AppConfig['oidc']>, returnTo: string): Promise<void> {
  const manager = await userManager(config);
  await manager.signinRedirect({ state: { returnTo } });
}

/** Completes the sign-in on /auth/callback; returns where the person was going. */
export async function completeOidcSignIn(config: NonNullable<AppConfig['oidc']>): Promise<string> {
  const manager = await userManager(config);
  const user = await manager.signinRedirectCallback();
  session.start(user.access_token, 'oidc');
  const state = user.state as { returnTo?: unknown } | undefined;
  return typeof state?.returnTo === 'string' && state.returnTo.startsWith('/') ? state.returnTo : '/';
}
