// The engine's own hard limits, for the baselines: a baseline may rank only the profiles the
// engine would not exclude (consent, commute, hours, a core task beyond capability). The filter
// calls the engine's feasibilityFor; it copies none of its rules.
import { feasibilityFor, MatchNeed } from '../../libs/matching/src/engine';
import type { ExclusionReason, MatchProfile } from '../../libs/matching/src/engine/match.types';

export interface HardLimitOutcome<T> {
  feasible: T[];
  excluded: Map<ExclusionReason, number>;
}

/** The profiles that pass every hard limit of the engine for the need, in their given order. */
export function applyHardLimits<T extends { profile: MatchProfile }>(need: MatchNeed, profiles: readonly T[]): HardLimitOutcome<T> {
  const exclusion = feasibilityFor(need);
  const feasible: T[] = [];
  const excluded = new Map<ExclusionReason, number>();
  for (const item of profiles) {
    const reason = exclusion(item.profile);
    if (reason === null) feasible.push(item);
    else excluded.set(reason, (excluded.get(reason) ?? 0) + 1);
  }
  return { feasible, excluded };
}
