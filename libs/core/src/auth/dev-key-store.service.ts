import { Inject, Injectable } from '@nestjs/common';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, JWK, KeyLike, SignJWT } from 'jose';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';

const ALGORITHM = 'RS256';
const KEY_FILE = join(process.cwd(), 'var', 'dev-signing-key.json');

interface KeyPair {
  privateKey: KeyLike;
  publicJwk: JWK;
}

/**
 * Development and test only: a local signing key standing in for an OIDC provider
 * (e.g. Suomi.fi identification). In development the key is kept in var/ so tokens survive
 * restarts of the API; in tests it lives in memory.
 */
@Injectable()
export class DevKeyStore {
  private keys: Promise<KeyPair> | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  private load(): Promise<KeyPair> {
    // Configuration already refuses this; the key store refuses too, so no code path mints or
    // accepts development tokens in production.
    if (this.config.environment === 'production' || !this.config.auth.devLoginEnabled) {
      return Promise.reject(new Error('The development signing key exists only with AUTH_DEV_LOGIN=true outside production'));
    }
    this.keys ??= this.config.environment === 'development' ? this.loadOrCreateFile() : this.create();
    return this.keys;
  }

  private async create(): Promise<KeyPair> {
    const { privateKey, publicKey } = await generateKeyPair(ALGORITHM, { extractable: true });
    const publicJwk = { ...(await exportJWK(publicKey)), kid: `dev-${Date.now()}`, alg: ALGORITHM, use: 'sig' };
    return { privateKey, publicJwk };
  }

  private async loadOrCreateFile(): Promise<KeyPair> {
    if (existsSync(KEY_FILE)) {
      const stored = JSON.parse(readFileSync(KEY_FILE, 'utf8')) as { privateJwk: JWK; publicJwk: JWK };
      return { privateKey: (await importJWK(stored.privateJwk, ALGORITHM)) as KeyLike, publicJwk: stored.publicJwk };
    }
    const pair = await this.create();
    mkdirSync(dirname(KEY_FILE), { recursive: true });
    writeFileSync(
      KEY_FILE,
      JSON.stringify({ privateJwk: { ...(await exportJWK(pair.privateKey)), kid: pair.publicJwk.kid }, publicJwk: pair.publicJwk }),
      { mode: 0o600 },
    );
    return pair;
  }

  async jwks(): Promise<{ keys: JWK[] }> {
    return { keys: [(await this.load()).publicJwk] };
  }

  /**
   * A negative ttl makes an already expired token (for tests of expiry). `claims` adds claims
   * such as the mandate claim (AUTH_MANDATE_CLAIM) an identity provider would issue.
   */
  async sign(subject: string, email: string, ttlSeconds = 8 * 3600, claims: Record<string, unknown> = {}): Promise<string> {
    const { privateKey, publicJwk } = await this.load();
    return new SignJWT({ ...claims, email })
      .setProtectedHeader({ alg: ALGORITHM, kid: publicJwk.kid })
      .setIssuer(this.config.auth.issuer)
      .setAudience(this.config.auth.audience)
      .setSubject(subject)
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
      .sign(privateKey);
  }
}
