// The indicators (DOMAIN.md "Indicators"), each a count per employment area, municipality and
// month, some split by a dimension (a need kind, a stage, a funnel step, a provider sector…).

export enum InsightMetric {
  /** Needs opened (month of opening). */
  NEEDS_OPENED = 'NEEDS_OPENED',
  /** Needs opened, by kind (dimension: RECRUITMENT, COMPETENCE_DEVELOPMENT, SUPPORT_AND_ADVICE); a need may count under several. */
  NEEDS_OPENED_BY_KIND = 'NEEDS_OPENED_BY_KIND',
  /** Needs that reached a 6T stage (dimension: the stage), month of reaching it. */
  NEEDS_REACHED_STAGE = 'NEEDS_REACHED_STAGE',
  NEEDS_FILLED = 'NEEDS_FILLED',
  NEEDS_CLOSED_UNFILLED = 'NEEDS_CLOSED_UNFILLED',
  /** Needs open to precision-capable people (month of opening). */
  PRECISION_NEEDS_OPENED = 'PRECISION_NEEDS_OPENED',
  /**
   * Of those, the ones filled by a precision-capable person in a carved role: a hire whose match
   * relied on tasks carved out or on adjustments the need offers (month of filling).
   */
  PRECISION_NEEDS_FILLED = 'PRECISION_NEEDS_FILLED',
  /** Needs that got their first candidate; the total carries the hours from opening. */
  TIME_TO_FIRST_SUGGESTION = 'TIME_TO_FIRST_SUGGESTION',
  TIME_TO_FIRST_PRESENTATION = 'TIME_TO_FIRST_PRESENTATION',
  TIME_TO_HIRE = 'TIME_TO_HIRE',
  /** Candidacies reaching a funnel step (dimension: SUGGESTED, SHARE_REQUESTED, SHARE_ACCEPTED, PRESENTED, HIRED), month of the step. */
  CANDIDATE_FUNNEL = 'CANDIDATE_FUNNEL',
  /** Candidacies closed, by outcome (dimension: a CandidacyOutcome). */
  CANDIDACIES_CLOSED = 'CANDIDACIES_CLOSED',
  /** Progress other than a hire recorded on candidacies (dimension: WORK_TRIAL, APPRENTICESHIP, TRAINING_STARTED, PAY_SUBSIDISED_JOB), month recorded. */
  CANDIDACY_PROGRESS = 'CANDIDACY_PROGRESS',
  /** Proposals made, accepted and leading to a hire (dimension: provider sector). */
  PROPOSALS_MADE = 'PROPOSALS_MADE',
  PROPOSALS_ACCEPTED = 'PROPOSALS_ACCEPTED',
  PROPOSALS_LED_TO_HIRE = 'PROPOSALS_LED_TO_HIRE',
  /** Warm hand-offs (forwards) made and leading to a hire (dimension: provider sector). */
  FORWARDS_MADE = 'FORWARDS_MADE',
  FORWARDS_LED_TO_HIRE = 'FORWARDS_LED_TO_HIRE',
  /** The same per provider (dimension: the provider organisation's id); never published outside the area. */
  PROVIDER_PROPOSALS_MADE = 'PROVIDER_PROPOSALS_MADE',
  PROVIDER_PROPOSALS_ACCEPTED = 'PROVIDER_PROPOSALS_ACCEPTED',
  PROVIDER_PROPOSALS_LED_TO_HIRE = 'PROVIDER_PROPOSALS_LED_TO_HIRE',
  PROVIDER_FORWARDS_MADE = 'PROVIDER_FORWARDS_MADE',
  PROVIDER_FORWARDS_LED_TO_HIRE = 'PROVIDER_FORWARDS_LED_TO_HIRE',
  /**
   * The inclusive-need assistant's remarks employers dismissed and have not undone (dimension: the
   * flag code), month dismissed. Counts remarks, not companies, so it is shown to the area's own
   * staff only, never published.
   */
  ASSISTANT_FLAGS_DISMISSED = 'ASSISTANT_FLAGS_DISMISSED',
}

/** Per-provider figures name an organisation: only the area's own staff see them. */
export const PROVIDER_METRICS: ReadonlySet<InsightMetric> = new Set([
  InsightMetric.PROVIDER_PROPOSALS_MADE,
  InsightMetric.PROVIDER_PROPOSALS_ACCEPTED,
  InsightMetric.PROVIDER_PROPOSALS_LED_TO_HIRE,
  InsightMetric.PROVIDER_FORWARDS_MADE,
  InsightMetric.PROVIDER_FORWARDS_LED_TO_HIRE,
]);

/**
 * Figures for the area's own staff only: left out of the published (suppressed) table, so neither
 * the public page nor other areas' admins see them.
 */
export const AREA_ONLY_METRICS: ReadonlySet<InsightMetric> = new Set([...PROVIDER_METRICS, InsightMetric.ASSISTANT_FLAGS_DISMISSED]);

export enum FunnelStep {
  SUGGESTED = 'SUGGESTED',
  SHARE_REQUESTED = 'SHARE_REQUESTED',
  SHARE_ACCEPTED = 'SHARE_ACCEPTED',
  PRESENTED = 'PRESENTED',
  HIRED = 'HIRED',
}

/** Where a need is counted when it names no municipality (national figures only). */
export const NO_AREA = '00000000-0000-0000-0000-000000000000';
export const NO_MUNICIPALITY = '';

/** The first day of the UTC month of a time, as `YYYY-MM-01`. */
export function monthOf(at: Date): string {
  return `${at.getUTCFullYear()}-${String(at.getUTCMonth() + 1).padStart(2, '0')}-01`;
}
