// Pure: when the next strong-match digest of a need may be made.

/** At most one digest per need in this long. */
export const STRONG_MATCH_DIGEST_WINDOW_MS = 60 * 60 * 1000;

export type DigestTiming = { kind: 'now' } | { kind: 'later'; notBefore: Date };

/** Now when no digest was made within the window; otherwise as soon as the window has passed. */
export function digestTiming(lastDigestAt: Date | null, now: Date, windowMs = STRONG_MATCH_DIGEST_WINDOW_MS): DigestTiming {
  if (!lastDigestAt) return { kind: 'now' };
  const notBefore = new Date(lastDigestAt.getTime() + windowMs);
  return now.getTime() >= notBefore.getTime() ? { kind: 'now' } : { kind: 'later', notBefore };
}

/**
 * One deferred job per need and window: every event that arrives while a digest is waiting maps
 * to the same id, so BullMQ keeps one job however many strong matches come in the meantime.
 */
export function deferredDigestJobKey(needId: string, notBefore: Date): string {
  return `strong-matches:${needId}:${notBefore.getTime()}`;
}
