import type { CoordinatorStatus } from '../../gql/graphql';

/** The coordinator's statuses that end a candidacy the jobseeker knows of (as NOT_SELECTED). */
const CLOSING_STATUSES: ReadonlySet<CoordinatorStatus> = new Set(['NOT_RELEVANT', 'NOT_INTERESTED']);

export interface ClosableRow {
  presentedAt?: string | null;
  shareRequest?: { status: string } | null;
  closure?: { outcome: string } | null;
}

/**
 * Whether choosing this status ends a candidacy the jobseeker knows of — one they were asked to
 * share for or were presented in — and so tells them, with the reason the coordinator may give.
 * A candidacy already ended stays as it ended.
 */
export function closesKnownCandidacy(row: ClosableRow, status: CoordinatorStatus): boolean {
  if (!CLOSING_STATUSES.has(status) || row.closure) return false;
  return Boolean(row.presentedAt) || Boolean(row.shareRequest);
}
