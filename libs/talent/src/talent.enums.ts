// The vocabularies of jobseeker profiles and consent, from DOMAIN.md ("Jobseekers and consent").

export enum ConsentScope {
  /** The profile may be matched with employer needs. */
  MATCHING = 'MATCHING',
  /** An anonymised card may be shown to employers. */
  ANONYMOUS_VISIBILITY = 'ANONYMOUS_VISIBILITY',
  /** The adjustments the person needs may be shown on that card. */
  SHARE_ADJUSTMENT_NEEDS = 'SHARE_ADJUSTMENT_NEEDS',
}

export enum ConsentAction {
  GRANTED = 'GRANTED',
  WITHDRAWN = 'WITHDRAWN',
  EXPIRED = 'EXPIRED',
}

export enum EducationLevel {
  BASIC = 'BASIC',
  UPPER_SECONDARY = 'UPPER_SECONDARY',
  VOCATIONAL = 'VOCATIONAL',
  BACHELOR = 'BACHELOR',
  MASTER = 'MASTER',
  DOCTORATE = 'DOCTORATE',
}
