import { ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export const OIDC_TEST_AUDIENCE = 'ytmt-api-oidc-test';
export const OIDC_TEST_CLIENT_ID = 'ytmt-web';

export interface OidcServerOptions {
  redirectUris: string[];
  postLogoutRedirectUris?: string[];
  /** `aud` of the access tokens; default OIDC_TEST_AUDIENCE. */
  audience?: string;
  clientId?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  startTimeoutMs?: number;
}

export interface OidcServer {
  issuer: string;
  jwksUrl: string;
  audience: string;
  clientId: string;
  stop(): Promise<void>;
}

const SCRIPT = join(__dirname, 'oidc-server.mjs');

/**
 * Starts test/kit/oidc-server.mjs (a real oidc-provider) in its own process: oidc-provider is
 * ESM-only and stays out of Jest's module system.
 */
export async function startOidcServer(options: OidcServerOptions): Promise<OidcServer> {
  const audience = options.audience ?? OIDC_TEST_AUDIENCE;
  const clientId = options.clientId ?? OIDC_TEST_CLIENT_ID;
  const child = spawn(process.execPath, [SCRIPT, String(options.port ?? 0)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      OIDC_AUDIENCE: audience,
      OIDC_CLIENT_ID: clientId,
      OIDC_REDIRECT_URIS: options.redirectUris.join(','),
      OIDC_POST_LOGOUT_REDIRECT_URIS: (options.postLogoutRedirectUris ?? []).join(','),
    },
  });
  // Kept for the failure message; the provider's start-up warnings are expected noise.
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-4000);
  });
  const ready = await waitForReadyLine(child, options.startTimeoutMs ?? 15000, () => stderr);
  return {
    issuer: ready.issuer,
    jwksUrl: `${ready.issuer}/jwks`,
    audience,
    clientId,
    stop: () => stopChild(child),
  };
}

function waitForReadyLine(child: ChildProcess, timeoutMs: number, stderr: () => string): Promise<{ issuer: string; port: number }> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    const fail = (reason: string) => {
      clearTimeout(timer);
      lines.close();
      child.kill('SIGKILL');
      reject(new Error(`OIDC test server: ${reason}\n${stderr()}`));
    };
    const timer = setTimeout(() => fail(`not ready within ${timeoutMs} ms`), timeoutMs);
    child.once('exit', (code) => fail(`exited with code ${code} before it was ready`));
    child.once('error', (error) => fail(error.message));
    lines.on('line', (line) => {
      try {
        const parsed = JSON.parse(line) as { issuer?: unknown; port?: unknown };
        if (typeof parsed.issuer !== 'string' || typeof parsed.port !== 'number') return;
        clearTimeout(timer);
        child.removeAllListeners('exit');
        child.removeAllListeners('error');
        lines.close();
        child.stdout?.resume();
        resolve({ issuer: parsed.issuer, port: parsed.port });
      } catch {
        // not the ready line
      }
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 3000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export interface OidcTokens {
  accessToken: string;
  idToken: string;
}

/**
 * Signs in at the test provider as a browser would, with plain fetch: Authorization Code with
 * PKCE, through the provider's development login form (any login, any password) and consent.
 */
export async function signInWithOidc(
  server: Pick<OidcServer, 'issuer' | 'clientId'>,
  options: { login: string; redirectUri: string; scope?: string },
): Promise<OidcTokens> {
  const verifier = randomBytes(32).toString('base64url');
  const state = randomBytes(16).toString('base64url');
  const authorize = new URL(`${server.issuer}/auth`);
  authorize.search = new URLSearchParams({
    client_id: server.clientId,
    response_type: 'code',
    scope: options.scope ?? 'openid email profile',
    redirect_uri: options.redirectUri,
    state,
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  }).toString();

  const callback = await followInteractions(authorize, options.redirectUri, options.login);
  if (callback.searchParams.get('error')) {
    throw new Error(`OIDC sign-in failed: ${callback.searchParams.get('error')} ${callback.searchParams.get('error_description') ?? ''}`);
  }
  if (callback.searchParams.get('state') !== state) throw new Error('OIDC sign-in: the state did not come back');
  const code = callback.searchParams.get('code');
  if (!code) throw new Error(`OIDC sign-in: no code in ${callback.toString()}`);

  const response = await fetch(`${server.issuer}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: options.redirectUri,
      client_id: server.clientId,
      code_verifier: verifier,
    }),
  });
  const body = (await response.json()) as { access_token?: string; id_token?: string; error?: string; error_description?: string };
  if (!response.ok || !body.access_token || !body.id_token) {
    throw new Error(`OIDC token request failed (${response.status}): ${body.error ?? ''} ${body.error_description ?? ''}`);
  }
  return { accessToken: body.access_token, idToken: body.id_token };
}

/** Follows redirects by hand (keeping the provider's cookies) and submits the login and consent forms. */
async function followInteractions(start: URL, redirectUri: string, login: string): Promise<URL> {
  const cookies = new Map<string, string>();
  let url = start;
  let init: RequestInit = {};
  for (let step = 0; step < 12; step++) {
    const cookie = [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie } });
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const split = pair.indexOf('=');
      cookies.set(pair.slice(0, split).trim(), pair.slice(split + 1).trim());
    }
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      url = new URL(location, url);
      init = {};
      await response.body?.cancel();
      if (url.toString().startsWith(redirectUri)) return url;
      continue;
    }
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="([^"]+)"/.exec(html)?.[1];
    if (response.status !== 200 || !action || !prompt) {
      throw new Error(`OIDC sign-in: unexpected page ${url.toString()} (${response.status}): ${html.slice(0, 500)}`);
    }
    const form: Record<string, string> = prompt === 'login' ? { prompt, login, password: 'salasana' } : { prompt };
    url = new URL(action.replace(/&amp;/g, '&'), url);
    init = {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    };
  }
  throw new Error('OIDC sign-in: too many steps');
}
