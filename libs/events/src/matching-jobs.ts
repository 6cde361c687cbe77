// Names and payloads of the matching jobs: the libs that write the changes (needs, talent) enqueue
// them through the outbox, and the matching lib, which depends on those, runs them.

export const MATCH_NEED_JOB = 'match-need';
export const MATCH_PROFILE_JOB = 'match-profile';
export const REMATCH_ALL_JOB = 'rematch-all';
export const EXPIRE_CONSENTS_JOB = 'expire-consents-and-share-requests';

export interface MatchNeedJobData extends Record<string, unknown> {
  needId: string;
}

export interface MatchProfileJobData extends Record<string, unknown> {
  profileId: string;
}

export const matchNeedCoalesceKey = (needId: string): string => `match-need:${needId}`;
export const matchProfileCoalesceKey = (profileId: string): string => `match-profile:${profileId}`;
