import { Inject, Injectable } from '@nestjs/common';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors as joseErrors,
  FlattenedJWSInput,
  JWSHeaderParameters,
  JWTPayload,
  jwtVerify,
  KeyLike,
} from 'jose';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { CoreException } from '../errors/domain.exception';
import { DevKeyStore } from './dev-key-store.service';
import { VerifiedToken } from './principal';

type KeySet = (header: JWSHeaderParameters, token: FlattenedJWSInput) => Promise<KeyLike>;

/**
 * Verifies bearer JWTs: signature against the JWKS with a pinned list of algorithms, issuer,
 * audience, and an expiry that must be there (a token without `exp` would be valid for ever).
 */
@Injectable()
export class TokenVerifier {
  private readonly remote: KeySet | undefined;
  private devKeys: Promise<ReturnType<typeof createLocalJWKSet>> | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly devKeyStore: DevKeyStore,
  ) {
    const { jwksUrl } = config.auth;
    this.remote = jwksUrl ? createRemoteJWKSet(new URL(jwksUrl), { timeoutDuration: 3000 }) : undefined;
  }

  async verify(token: string): Promise<VerifiedToken> {
    const { payload, development } = await this.verifySignature(token);
    if (!payload.sub) throw CoreException.unauthenticated('Token has no subject');
    return {
      issuer: payload.iss ?? '',
      subject: payload.sub,
      // Only an address the identity provider says it has verified may link an account: a missing
      // `email_verified` counts as unverified, since anyone can type any address at some providers.
      email: typeof payload['email'] === 'string' && payload['email_verified'] === true ? payload['email'] : null,
      development,
      mandateBusinessIds: mandateBusinessIds(payload[this.config.auth.mandateClaim]),
    };
  }

  private async verifySignature(token: string): Promise<{ payload: JWTPayload; development: boolean }> {
    const options = {
      issuer: this.config.auth.issuer,
      audience: this.config.auth.audience,
      algorithms: this.config.auth.algorithms,
      requiredClaims: ['exp', 'sub'],
      clockTolerance: 5,
    };
    const keySets: { keys: KeySet; development: boolean }[] = [];
    if (this.remote) keySets.push({ keys: this.remote, development: false });
    if (this.config.auth.devLoginEnabled) {
      this.devKeys ??= this.devKeyStore.jwks().then((jwks) => createLocalJWKSet(jwks));
      keySets.push({ keys: await this.devKeys, development: true });
    }
    let lastError: unknown = new Error('No key set is configured');
    for (const { keys, development } of keySets) {
      try {
        return { payload: (await jwtVerify(token, keys, options)).payload, development };
      } catch (error) {
        lastError = error;
        // A key that is not in this set may be in the next; any other failure is final.
        if (!(error instanceof joseErrors.JWKSNoMatchingKey)) break;
      }
    }
    throw CoreException.unauthenticated(describe(lastError));
  }
}

/** The claim's business ids: an array of strings, or one string separated by spaces or commas. */
export function mandateBusinessIds(claim: unknown): string[] {
  const values = Array.isArray(claim) ? claim : typeof claim === 'string' ? claim.split(/[\s,]+/) : [];
  return [...new Set(values.filter((value): value is string => typeof value === 'string' && /^\d{7}-\d$/.test(value.trim())).map((value) => value.trim()))];
}

function describe(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'Token has expired';
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    return error.reason === 'missing' ? `Token rejected: it has no ${error.claim} claim` : `Token rejected: ${error.claim} claim is not accepted`;
  }
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return 'Token rejected: its signature algorithm is not accepted';
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'Token signature is invalid';
  if (error instanceof joseErrors.JWKSNoMatchingKey) return 'Token was signed by an unknown key';
  return 'Token is invalid';
}
