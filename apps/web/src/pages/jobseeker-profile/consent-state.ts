import type { ConsentScope, MyConsentsQuery } from '../../gql/graphql';

// Pure: what a consent's state is, in the terms the page shows.

export type Consent = NonNullable<MyConsentsQuery['myJobseekerProfile']>['consents'][number];
export type ConsentEvent = NonNullable<MyConsentsQuery['myJobseekerProfile']>['consentHistory'][number];

export const SCOPES: readonly ConsentScope[] = ['MATCHING', 'ANONYMOUS_VISIBILITY', 'SHARE_ADJUSTMENT_NEEDS'];

export type ConsentState =
  | { kind: 'active'; expiresAt: string | null }
  | { kind: 'withdrawn'; at: string }
  | { kind: 'expired'; at: string }
  | { kind: 'never' };

export function consentState(consent: Consent | undefined): ConsentState {
  if (!consent || !consent.grantedAt) return { kind: 'never' };
  if (consent.active) return { kind: 'active', expiresAt: consent.expiresAt ?? null };
  if (consent.withdrawnAt) return { kind: 'withdrawn', at: consent.withdrawnAt };
  if (consent.expiresAt) return { kind: 'expired', at: consent.expiresAt };
  return { kind: 'never' };
}

export type ExpiryChoice = 'none' | '6' | '12';

/** The end of the day `months` from now, or null for until withdrawn. */
export function expiryOf(choice: ExpiryChoice, now: Date = new Date()): string | null {
  if (choice === 'none') return null;
  const end = new Date(now);
  end.setMonth(end.getMonth() + Number(choice));
  end.setHours(23, 59, 59, 0);
  return end.toISOString();
}

/** Newest first. */
export function newestFirst(events: readonly ConsentEvent[]): ConsentEvent[] {
  return [...events].sort((a, b) => b.at.localeCompare(a.at));
}
