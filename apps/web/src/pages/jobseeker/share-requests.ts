import type { CandidacyOutcome, ShareRequestStatus } from '../../gql/graphql';

/**
 * The API names what an accepted request would share in Finnish words (`wouldShare`); the page
 * shows them in the chosen language. A word it does not know is shown as the API gave it.
 */
const SHARED_FIELD_KEYS: Record<string, string> = {
  etunimi: 'firstName',
  sukunimi: 'lastName',
  sähköposti: 'email',
  puhelin: 'phone',
};

export function sharedFieldKey(word: string): string | null {
  return SHARED_FIELD_KEYS[word.trim().toLowerCase()] ?? null;
}

/** What the page needs of a share request to say where the candidacy stands. */
export interface CandidacyFacts {
  status: ShareRequestStatus;
  deadline: string;
  requestedAt: string;
  answeredAt?: string | null;
  presentedAt?: string | null;
  closure?: { outcome: CandidacyOutcome; at: string; reason?: string | null } | null;
}

/** Still open: waiting for the person, for the coordinator, or for the employer. */
export type OpenStage = 'WAITING_ANSWER' | 'SHARED' | 'PRESENTED';

export type Standing =
  | { open: true; stage: OpenStage; date: string | null }
  | { open: false; outcome: CandidacyOutcome; date: string | null; reason: string | null };

/** A share request that ended without a closure from the API (recorded before closures existed). */
const ENDED_STATUSES: Partial<Record<ShareRequestStatus, CandidacyOutcome>> = {
  DECLINED: 'DECLINED',
  EXPIRED: 'EXPIRED',
  CANCELLED: 'CANCELLED',
  REVOKED: 'REVOKED',
};

/**
 * Where a candidacy stands for the jobseeker: the API's closure ends it (with its date and the
 * reason given); without one, a waiting request, an accepted one not yet presented, or a
 * presented one is still open.
 */
export function candidacyStanding(request: CandidacyFacts): Standing {
  if (request.closure) {
    const reason = request.closure.reason?.trim();
    return { open: false, outcome: request.closure.outcome, date: request.closure.at, reason: reason ? reason : null };
  }
  const ended = ENDED_STATUSES[request.status];
  if (ended) {
    // Only an expiry and a refusal have their day on the request itself.
    const date = request.status === 'EXPIRED' ? request.deadline : request.status === 'DECLINED' ? (request.answeredAt ?? null) : null;
    return { open: false, outcome: ended, date, reason: null };
  }
  if (request.status === 'REQUESTED') return { open: true, stage: 'WAITING_ANSWER', date: request.deadline };
  if (request.presentedAt) return { open: true, stage: 'PRESENTED', date: request.presentedAt };
  return { open: true, stage: 'SHARED', date: request.answeredAt ?? null };
}

const time = (value: string | null | undefined) => (value ? Date.parse(value) : 0);

/**
 * Open candidacies first — those waiting for the person's answer (soonest deadline first), then
 * the others newest first — and the ended ones newest end first.
 */
export function splitShareRequests<T extends CandidacyFacts>(requests: readonly T[]): { open: T[]; closed: T[] } {
  const withStanding = requests.map((request) => ({ request, standing: candidacyStanding(request) }));
  const open = withStanding
    .filter(({ standing }) => standing.open)
    .sort((a, b) => {
      const aWaits = a.request.status === 'REQUESTED';
      const bWaits = b.request.status === 'REQUESTED';
      if (aWaits !== bWaits) return aWaits ? -1 : 1;
      if (aWaits) return time(a.request.deadline) - time(b.request.deadline);
      return time(b.request.requestedAt) - time(a.request.requestedAt);
    })
    .map(({ request }) => request);
  const closed = withStanding
    .filter(({ standing }) => !standing.open)
    .sort((a, b) => time(b.standing.date ?? b.request.requestedAt) - time(a.standing.date ?? a.request.requestedAt))
    .map(({ request }) => request);
  return { open, closed };
}

/** The name of the downloaded copy: `<prefix>-YYYY-MM-DD.json`, the date in the person's own time zone. */
export function exportFileName(prefix: string, now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${prefix}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** How many items of each kind the export holds, for the sentence after the download. */
export function exportSummary(json: string): { shareRequests: number; candidacies: number; accessLog: number } | null {
  try {
    const parsed = JSON.parse(json) as Record<string, unknown>;
    const count = (value: unknown) => (Array.isArray(value) ? value.length : 0);
    return { shareRequests: count(parsed['shareRequests']), candidacies: count(parsed['candidacies']), accessLog: count(parsed['accessLog']) };
  } catch {
    return null;
  }
}
