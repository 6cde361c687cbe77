// Pure: the employer-side 6T path of a need, as the API's rules have it (forward only, steps may
// be skipped, CLOSED from any open stage, FILLED and CLOSED end the path).
import type { NeedStage } from '../../gql/graphql';

/** The 6T path in order: tunnista, tarkenna, tarinoi, tuotteista, tarjoa, työllistä. */
export const STAGE_PATH: readonly NeedStage[] = ['IDENTIFIED', 'SPECIFIED', 'DESCRIBED', 'PACKAGED', 'OFFERED', 'FILLED'];

/** The board's columns: the path, then needs closed without a hire. */
export const BOARD_STAGES: readonly NeedStage[] = [...STAGE_PATH, 'CLOSED'];

export function isFinished(stage: NeedStage): boolean {
  return stage === 'FILLED' || stage === 'CLOSED';
}

/** The stage after this one on the 6T path; null when the need is filled or closed. */
export function nextStage(stage: NeedStage): NeedStage | null {
  if (isFinished(stage)) return null;
  return STAGE_PATH[STAGE_PATH.indexOf(stage) + 1] ?? null;
}

export function canClose(stage: NeedStage): boolean {
  return !isFinished(stage);
}

/** Board order: along the path, CLOSED last. */
export function compareStages(a: NeedStage, b: NeedStage): number {
  return BOARD_STAGES.indexOf(a) - BOARD_STAGES.indexOf(b);
}

/** Needs by stage, every board column present (empty ones too), each column in the given order. */
export function groupByStage<T extends { stage: NeedStage }>(needs: readonly T[]): { stage: NeedStage; needs: T[] }[] {
  return BOARD_STAGES.map((stage) => ({ stage, needs: needs.filter((need) => need.stage === stage) }));
}

export type StepState = 'done' | 'current' | 'skipped' | 'upcoming' | 'notReached';

export interface ProgressStep {
  stage: NeedStage;
  state: StepState;
  /** When the need last reached this stage; absent for skipped and upcoming steps. */
  at?: string;
}

/**
 * The 6T indicator: each step of the path with its state and time. A closed need shows the path
 * as far as it got, then CLOSED as its current step; steps passed by without a record are skipped, and the
 * rest of a closed need's path is not reached.
 */
export function stageProgress(stage: NeedStage, history: readonly { stage: NeedStage; at: string }[]): ProgressStep[] {
  const reachedAt = new Map<NeedStage, string>();
  for (const step of [...history].sort((a, b) => a.at.localeCompare(b.at))) reachedAt.set(step.stage, step.at);
  const furthest =
    stage === 'CLOSED'
      ? Math.max(-1, ...STAGE_PATH.map((s, index) => (reachedAt.has(s) ? index : -1)))
      : STAGE_PATH.indexOf(stage);
  const steps: ProgressStep[] = STAGE_PATH.map((s, index) => {
    const at = reachedAt.get(s);
    if (s === stage) return { stage: s, state: 'current', at };
    if (index < furthest || (stage === 'CLOSED' && index === furthest)) return at ? { stage: s, state: 'done', at } : { stage: s, state: 'skipped' };
    return { stage: s, state: stage === 'CLOSED' ? 'notReached' : 'upcoming' };
  });
  if (stage === 'CLOSED') steps.push({ stage: 'CLOSED', state: 'current', at: reachedAt.get('CLOSED') });
  return steps;
}

/** The recorded stage changes, newest first. */
export function historyNewestFirst<T extends { at: string }>(history: readonly T[]): T[] {
  return [...history].sort((a, b) => b.at.localeCompare(a.at));
}
