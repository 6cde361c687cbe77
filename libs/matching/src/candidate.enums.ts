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
