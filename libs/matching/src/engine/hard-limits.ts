// The hard limits alone: whether a profile may be matched to a need at all (consent, place and
// commute, working time, core tasks within capability), without scoring. scorePrepared applies
// exactly these checks first, so a profile is feasible here exactly when scoreMatch matches it.
import { assessTasks, EXCLUDED, haversineKm, hoursPart, PLACE, placeCode } from './match-parts';
import { DEMAND_DIMENSIONS, ExclusionReason, MatchContext, MatchNeed, MatchProfile, TaskFit } from './match.types';
import { MAX_LEVEL } from './match-rules';
import { normalizeLevel, PreparedNeed, prepareNeed } from './prepared-need';

/** What the hard limits established, for scoring to go on from. */
export interface FeasibleFacts {
  place: number;
  /** NaN when either point is unknown. */
  distanceKm: number;
  /** NaN when the person gave no radius. */
  radiusKm: number;
  workingTime: number;
  capabilityFit: number;
}

/** The capability as 6 normalised levels, or null when the profile records no limits. */
export function normalizedCapability(profile: MatchProfile): number[] | null {
  const capability = profile.capability;
  if (!capability) return null;
  const levels = DEMAND_DIMENSIONS.map((dimension) => normalizeLevel(capability[dimension]));
  return levels.every((level) => level === MAX_LEVEL) ? null : levels;
}

/**
 * Applies the hard limits of a prepared need to a profile: the exclusion reason, or the facts
 * scoring needs. Fills `tasks` with one TaskFit per task when given.
 */
export function applyHardLimits(prepared: PreparedNeed, profile: MatchProfile, tasks: TaskFit[] | null): ExclusionReason | FeasibleFacts {
  const need = prepared.need;
  if (!profile.matchingConsent) return 'NO_MATCHING_CONSENT';
  const home = profile.home;
  const location = prepared.location;
  // NaN when either point is unknown (or not finite): the distance then decides nothing.
  const distanceKm = home && location ? haversineKm(home.latitude, home.longitude, location.latitude, location.longitude) : Number.NaN;
  const radiusKm = profile.commuteRadiusKm === null || !Number.isFinite(profile.commuteRadiusKm) ? Number.NaN : profile.commuteRadiusKm;
  const municipality = prepared.municipalityCode;
  const place = placeCode(
    need.remote && profile.remoteOk,
    prepared.hasPlace,
    municipality !== null && profile.homeMunicipalityCode === municipality,
    municipality !== null && profile.acceptableMunicipalityCodes.includes(municipality),
    distanceKm,
    radiusKm,
    municipality !== null && (profile.homeMunicipalityCode !== null || profile.acceptableMunicipalityCodes.length > 0),
  );
  if (place === PLACE.EXCLUDED) return 'OUTSIDE_COMMUTE';
  const workingTime = hoursPart(
    prepared.hoursMin,
    prepared.hoursMax,
    profile.hoursMin ?? Number.NaN,
    profile.hoursMax ?? Number.NaN,
    need.partTimePossible,
  );
  if (workingTime === EXCLUDED) return 'HOURS_INCOMPATIBLE';
  const capabilityFit = assessTasks(prepared, normalizedCapability(profile), tasks);
  if (capabilityFit === EXCLUDED) return 'CORE_TASK_BEYOND_CAPABILITY';
  return { place, distanceKm, radiusKm, workingTime, capabilityFit };
}

// Hard limits read no ESCO reference data.
const NO_CONTEXT: MatchContext = { occupations: new Map() };

/**
 * Why the engine's hard limits exclude a profile from a need, or null when the profile is
 * feasible (scoreMatch would score it). For baselines that must obey the same limits: prepare
 * once per need with `feasibilityFor` when checking many profiles.
 */
export function hardLimitExclusion(need: MatchNeed, profile: MatchProfile): ExclusionReason | null {
  return feasibilityFor(need)(profile);
}

/** hardLimitExclusion with the need prepared once. */
export function feasibilityFor(need: MatchNeed): (profile: MatchProfile) => ExclusionReason | null {
  const prepared = prepareNeed(need, NO_CONTEXT);
  return (profile) => {
    const result = applyHardLimits(prepared, profile, null);
    return typeof result === 'string' ? result : null;
  };
}

/** True when no hard limit excludes the profile from the need. */
export function isFeasible(need: MatchNeed, profile: MatchProfile): boolean {
  return hardLimitExclusion(need, profile) === null;
}
