export enum ProposalStatus {
  /** Waiting for the employer's answer; the provider may still withdraw it. */
  OPEN = 'OPEN',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
}
