import { AppConfig, AppEnvironment } from '../config/config.schema';

/** What the web app reads at start (GET /app-config.json) to decide which sign-in to show. */
export interface WebAppConfig {
  devLogin: boolean;
  oidc: { authority: string; clientId: string; scope: string } | null;
  environment: AppEnvironment;
}

export function webAppConfig(config: AppConfig): WebAppConfig {
  const client = config.auth.oidcClient;
  return {
    devLogin: config.auth.devLoginEnabled,
    oidc: client ? { authority: client.authority, clientId: client.clientId, scope: client.scope } : null,
    environment: config.environment,
  };
}
