// Candidate lists, after NAV's recruitment assistance (DOMAIN.md "Candidate lists").

export enum CandidateSource {
  /** Put on the list by the matching engine. */
  SUGGESTED = 'SUGGESTED',
  /** Added by a coordinator by hand. */
  ADDED = 'ADDED',
}

export enum CoordinatorStatus {
  UNDER_REVIEW = 'UNDER_REVIEW',
  CONTACTED = 'CONTACTED',
  RELEVANT = 'RELEVANT',
  NOT_RELEVANT = 'NOT_RELEVANT',
  NOT_INTERESTED = 'NOT_INTERESTED',
}

export enum ShareRequestStatus {
  REQUESTED = 'REQUESTED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  EXPIRED = 'EXPIRED',
  CANCELLED = 'CANCELLED',
  /** Accepted, then taken back by the jobseeker: the employer no longer sees the identity. */
  REVOKED = 'REVOKED',
}

export enum EmployerStatus {
  NEW = 'NEW',
  INTERESTED = 'INTERESTED',
  INTERVIEW = 'INTERVIEW',
  NOT_SELECTED = 'NOT_SELECTED',
  HIRED = 'HIRED',
}

/** How a candidacy ended, as the jobseeker is told (a closed candidacy stays closed until a new share request or presentation reopens it). */
export enum CandidacyOutcome {
  DECLINED = 'DECLINED',
  EXPIRED = 'EXPIRED',
  CANCELLED = 'CANCELLED',
  REVOKED = 'REVOKED',
  WITHDRAWN = 'WITHDRAWN',
  NOT_SELECTED = 'NOT_SELECTED',
  HIRED = 'HIRED',
  NEED_FILLED = 'NEED_FILLED',
  NEED_CLOSED = 'NEED_CLOSED',
}

/**
 * Progress short of (or alongside) a hire, recorded on a presented or hired candidacy: the
 * indicators count these as progress too. A candidacy may collect several (a work trial, then a
 * pay-subsidised job).
 */
export enum CandidacyProgress {
  WORK_TRIAL = 'WORK_TRIAL',
  APPRENTICESHIP = 'APPRENTICESHIP',
  TRAINING_STARTED = 'TRAINING_STARTED',
  PAY_SUBSIDISED_JOB = 'PAY_SUBSIDISED_JOB',
}

/** Where a contacted or presented candidacy waits, for the awaiting-closure report. */
export enum AwaitingClosureState {
  SHARE_REQUESTED = 'SHARE_REQUESTED',
  SHARE_ACCEPTED = 'SHARE_ACCEPTED',
  PRESENTED = 'PRESENTED',
}
