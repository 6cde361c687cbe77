// Pure: what one need and its candidacies, proposals and forwards add to the summary cells. The
// refresh stores each need's contributions; when the need changes, the difference between its new
// and stored contributions is applied to the cells, so a replayed refresh changes nothing.
import type { CandidateInsightFacts } from '@ytmt/matching';
import { FunnelStep, InsightMetric, monthOf } from './insight-metric';

/**
 * One candidacy of the need as matching reads it for the funnel (a type import only: this file
 * stays pure). The need id is left out, the activity being one need's; the closure outcome is
 * only a cell's dimension here, so any code does; progress and the carved-role answer may be
 * left out.
 */
export type CandidacyActivity = Omit<CandidateInsightFacts, 'needId' | 'closureOutcome' | 'progress' | 'hiredIntoCarvedRole'> &
  Partial<Pick<CandidateInsightFacts, 'progress' | 'hiredIntoCarvedRole'>> & { closureOutcome: string | null };

export interface NeedActivity {
  need: {
    id: string;
    kinds: readonly string[];
    stage: string;
    createdAt: Date;
    openToPrecisionCapable: boolean;
    stages: readonly { stage: string; at: Date }[];
  };
  areaId: string;
  municipalityCode: string;
  candidates: readonly CandidacyActivity[];
  providerActions: readonly { providerId: string; sector: string; kind: 'PROPOSAL' | 'FORWARD'; at: Date; accepted: boolean | null }[];
  /** The assistant's flags dismissed on the need and not undone (flag code, when); an undone one is simply absent. */
  dismissals?: readonly { code: string; dismissedAt: Date }[];
}

/** One cell's share from one subject. */
export interface Contribution {
  areaId: string;
  municipalityCode: string;
  month: string;
  metric: InsightMetric;
  dimension: string;
  count: number;
  totalHours: number;
}

export const contributionKey = (c: Pick<Contribution, 'areaId' | 'municipalityCode' | 'month' | 'metric' | 'dimension'>): string =>
  `${c.areaId}|${c.municipalityCode}|${c.month}|${c.metric}|${c.dimension}`;

const HOUR_MS = 3_600_000;
const earliest = (dates: readonly (Date | null)[]): Date | null =>
  dates.reduce<Date | null>((min, date) => (date && (!min || date < min) ? date : min), null);
const lastStageAt = (activity: NeedActivity, stage: string): Date | null =>
  activity.need.stages.filter((event) => event.stage === stage).reduce<Date | null>((max, event) => (!max || event.at > max ? event.at : max), null);

export function needContributions(activity: NeedActivity): Contribution[] {
  const { need, candidates } = activity;
  const cells = new Map<string, Contribution>();
  const add = (metric: InsightMetric, at: Date, dimension = '', hours = 0) => {
    const cell = { areaId: activity.areaId, municipalityCode: activity.municipalityCode, month: monthOf(at), metric, dimension, count: 1, totalHours: hours };
    const key = contributionKey(cell);
    const existing = cells.get(key);
    if (existing) {
      existing.count += 1;
      existing.totalHours += hours;
    } else cells.set(key, cell);
  };
  const hoursSinceOpening = (at: Date) => Math.max(0, (at.getTime() - need.createdAt.getTime()) / HOUR_MS);

  add(InsightMetric.NEEDS_OPENED, need.createdAt);
  for (const kind of new Set(need.kinds)) add(InsightMetric.NEEDS_OPENED_BY_KIND, need.createdAt, kind);
  const reached = new Map<string, Date>();
  for (const event of need.stages) if (!reached.has(event.stage)) reached.set(event.stage, event.at);
  for (const [stage, at] of reached) add(InsightMetric.NEEDS_REACHED_STAGE, at, stage);
  if (need.openToPrecisionCapable) add(InsightMetric.PRECISION_NEEDS_OPENED, need.createdAt);

  const firstHire = earliest(candidates.map((c) => c.hiredAt));
  const filledAt = need.stage === 'FILLED' ? (lastStageAt(activity, 'FILLED') ?? firstHire ?? need.createdAt) : null;
  const hireAt = firstHire ?? filledAt;
  if (filledAt) {
    add(InsightMetric.NEEDS_FILLED, filledAt);
    // Filled "that way": a precision-capable person hired into the carved (or adjusted) role.
    if (need.openToPrecisionCapable && candidates.some((c) => c.hiredAt && c.hiredIntoCarvedRole)) add(InsightMetric.PRECISION_NEEDS_FILLED, filledAt);
  }
  if (need.stage === 'CLOSED') add(InsightMetric.NEEDS_CLOSED_UNFILLED, lastStageAt(activity, 'CLOSED') ?? need.createdAt);

  const firstListed = earliest(candidates.map((c) => c.listedAt));
  if (firstListed) add(InsightMetric.TIME_TO_FIRST_SUGGESTION, firstListed, '', hoursSinceOpening(firstListed));
  const firstPresented = earliest(candidates.map((c) => c.presentedAt));
  if (firstPresented) add(InsightMetric.TIME_TO_FIRST_PRESENTATION, firstPresented, '', hoursSinceOpening(firstPresented));
  if (hireAt) add(InsightMetric.TIME_TO_HIRE, hireAt, '', hoursSinceOpening(hireAt));

  for (const candidate of candidates) {
    add(InsightMetric.CANDIDATE_FUNNEL, candidate.listedAt, FunnelStep.SUGGESTED);
    if (candidate.shareRequestedAt) add(InsightMetric.CANDIDATE_FUNNEL, candidate.shareRequestedAt, FunnelStep.SHARE_REQUESTED);
    if (candidate.shareAcceptedAt) add(InsightMetric.CANDIDATE_FUNNEL, candidate.shareAcceptedAt, FunnelStep.SHARE_ACCEPTED);
    if (candidate.presentedAt) add(InsightMetric.CANDIDATE_FUNNEL, candidate.presentedAt, FunnelStep.PRESENTED);
    if (candidate.hiredAt) add(InsightMetric.CANDIDATE_FUNNEL, candidate.hiredAt, FunnelStep.HIRED);
    if (candidate.closedAt && candidate.closureOutcome) add(InsightMetric.CANDIDACIES_CLOSED, candidate.closedAt, candidate.closureOutcome);
    for (const step of candidate.progress ?? []) add(InsightMetric.CANDIDACY_PROGRESS, step.at, step.progress);
  }

  // A provider whose proposal the employer accepted, or to whom a coordinator handed the need,
  // is credited with the need's hire: the network's work made visible.
  for (const action of activity.providerActions) {
    if (action.kind === 'PROPOSAL') {
      add(InsightMetric.PROPOSALS_MADE, action.at, action.sector);
      add(InsightMetric.PROVIDER_PROPOSALS_MADE, action.at, action.providerId);
      if (action.accepted) {
        add(InsightMetric.PROPOSALS_ACCEPTED, action.at, action.sector);
        add(InsightMetric.PROVIDER_PROPOSALS_ACCEPTED, action.at, action.providerId);
        if (hireAt) {
          add(InsightMetric.PROPOSALS_LED_TO_HIRE, hireAt, action.sector);
          add(InsightMetric.PROVIDER_PROPOSALS_LED_TO_HIRE, hireAt, action.providerId);
        }
      }
    } else {
      add(InsightMetric.FORWARDS_MADE, action.at, action.sector);
      add(InsightMetric.PROVIDER_FORWARDS_MADE, action.at, action.providerId);
      if (hireAt) {
        add(InsightMetric.FORWARDS_LED_TO_HIRE, hireAt, action.sector);
        add(InsightMetric.PROVIDER_FORWARDS_LED_TO_HIRE, hireAt, action.providerId);
      }
    }
  }

  for (const dismissal of activity.dismissals ?? []) add(InsightMetric.ASSISTANT_FLAGS_DISMISSED, dismissal.dismissedAt, dismissal.code);
  return [...cells.values()];
}

/** What applying `next` in place of `previous` changes in each cell (cells that do not change are left out). */
export function contributionDelta(previous: readonly Contribution[], next: readonly Contribution[]): Contribution[] {
  const delta = new Map<string, Contribution>();
  for (const [sign, list] of [[-1, previous], [1, next]] as const) {
    for (const c of list) {
      const key = contributionKey(c);
      const existing = delta.get(key) ?? { ...c, count: 0, totalHours: 0 };
      existing.count += sign * c.count;
      existing.totalHours += sign * c.totalHours;
      delta.set(key, existing);
    }
  }
  return [...delta.values()].filter((c) => c.count !== 0 || Math.abs(c.totalHours) > 1e-9);
}
