import { useQuery } from '@tanstack/react-query';

export interface AppConfig {
  devLogin: boolean;
  oidc: { authority: string; clientId: string; scope: string } | null;
  environment: string;
}

export async function fetchAppConfig(): Promise<AppConfig> {
  const response = await fetch('/app-config.json', { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`app-config ${response.status}`);
  return (await response.json()) as AppConfig;
}

/** How this installation signs people in (dev login, OpenID Connect). */
export function useAppConfig() {
  return useQuery({ queryKey: ['app-config'], queryFn: fetchAppConfig, staleTime: Infinity });
}
