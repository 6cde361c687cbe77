// Pure: no Nest, no I/O. When a consent counts.
import { ConsentScope } from './talent.enums';

export interface ConsentState {
  scope: ConsentScope;
  grantedAt: Date;
  expiresAt: Date | null;
  withdrawnAt: Date | null;
}

/** Granted, not withdrawn, and not past its expiry. */
export function isConsentActive(consent: ConsentState | undefined, now: Date = new Date()): boolean {
  if (!consent || consent.withdrawnAt !== null) return false;
  return consent.expiresAt === null || consent.expiresAt.getTime() > now.getTime();
}

export function activeScopes(consents: readonly ConsentState[], now: Date = new Date()): Set<ConsentScope> {
  return new Set(consents.filter((c) => isConsentActive(c, now)).map((c) => c.scope));
}

/** An expiry must lie in the future; none means until withdrawn. */
export function expiryProblem(expiresAt: Date | null | undefined, now: Date = new Date()): string | null {
  if (expiresAt == null) return null;
  if (Number.isNaN(expiresAt.getTime())) return 'must be a date-time';
  return expiresAt.getTime() > now.getTime() ? null : 'must be in the future';
}
