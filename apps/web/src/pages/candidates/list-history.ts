// Pure: one step of a candidate list's history in words (keys of the candidates namespace).
import type { CandidacyProgress, CandidateEventActor, CandidateEventKind, CoordinatorStatus, EmployerStatus } from '../../gql/graphql';

export interface HistoryEvent {
  kind: CandidateEventKind;
  actor: CandidateEventActor;
  actorOrganizationName?: string | null;
  byYou: boolean;
  coordinatorStatus?: CoordinatorStatus | null;
  employerStatus?: EmployerStatus | null;
  shareDeadline?: string | null;
  progress?: CandidacyProgress | null;
}

export interface HistoryWords {
  /** What happened. */
  what: { key: string; params: Record<string, string> };
  /** Who did it: a role (you, a coordinator, the jobseeker, the employer) and the organisation, or the system. */
  by: { key: string; params: Record<string, string> };
}

export interface HistoryFormat {
  coordinatorStatus: (status: CoordinatorStatus) => string;
  employerStatus: (status: EmployerStatus) => string;
  date: (iso: string) => string;
  /** A progress outcome in words; absent: the step is told without naming it. */
  progress?: (progress: CandidacyProgress) => string;
}

/** The sentence parts of one step; statuses and dates already in the reader's language. */
export function historyWords(event: HistoryEvent, format: HistoryFormat): HistoryWords {
  const what = ((): HistoryWords['what'] => {
    switch (event.kind) {
      case 'COORDINATOR_STATUS':
        return event.coordinatorStatus
          ? { key: 'history.kind.COORDINATOR_STATUS', params: { status: format.coordinatorStatus(event.coordinatorStatus) } }
          : { key: 'history.kind.COORDINATOR_STATUS_UNKNOWN', params: {} };
      case 'EMPLOYER_STATUS':
        return event.employerStatus
          ? { key: 'history.kind.EMPLOYER_STATUS', params: { status: format.employerStatus(event.employerStatus) } }
          : { key: 'history.kind.EMPLOYER_STATUS_UNKNOWN', params: {} };
      case 'SHARE_REQUESTED':
        return event.shareDeadline
          ? { key: 'history.kind.SHARE_REQUESTED', params: { deadline: format.date(event.shareDeadline) } }
          : { key: 'history.kind.SHARE_REQUESTED_NO_DEADLINE', params: {} };
      case 'PROGRESS':
        return event.progress && format.progress
          ? { key: 'history.kind.PROGRESS', params: { progress: format.progress(event.progress) } }
          : { key: 'history.kind.PROGRESS_UNKNOWN', params: {} };
      default:
        return { key: `history.kind.${event.kind}`, params: {} };
    }
  })();
  const organization = event.actorOrganizationName ?? '';
  const by = ((): HistoryWords['by'] => {
    if (event.actor === 'SYSTEM') return { key: 'history.by.SYSTEM', params: {} };
    if (event.actor === 'JOBSEEKER') return { key: 'history.by.JOBSEEKER', params: {} };
    const role = event.byYou ? 'YOU' : event.actor;
    return organization ? { key: `history.by.${role}_AT`, params: { organization } } : { key: `history.by.${role}`, params: {} };
  })();
  return { what, by };
}
