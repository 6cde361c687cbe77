/** Whether the right to act for the business behind a company account has been verified. */
export enum CompanyVerificationStatus {
  /** Registered, not yet verified: needs stay inside the company, no candidates, no proposals. */
  PENDING = 'PENDING',
  VERIFIED = 'VERIFIED',
}

/** How the right to act was verified. */
export enum CompanyVerificationMethod {
  /** The identity provider's mandate claim (Suomi.fi e-Authorizations) named the business id. */
  MANDATE = 'MANDATE',
  /** A coordinator of the company's home area checked it (or opened the account themselves). */
  COORDINATOR = 'COORDINATOR',
  /** A platform admin checked it (a company whose home municipality belongs to no known area). */
  PLATFORM_ADMIN = 'PLATFORM_ADMIN',
  /** The account existed before verification was required, or was seeded (demo data). */
  IMPORTED = 'IMPORTED',
}
