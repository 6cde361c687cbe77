// The score parts as functions of plain numbers and booleans. scoreMatch and the CandidateIndex
// both call these, in the same order, so a profile gets the same score whichever path scores it.
import {
  ADJUSTED_TASK_PENALTY,
  ADJUSTMENT_MASKS_BY_SIZE,
  CARVED_TASK_PENALTY,
  DIMENSION_COUNT,
  DIMENSIONS_COVERED_BY_MASK,
  EARTH_RADIUS_KM,
  ESSENTIAL_SHARE,
  LANGUAGE_CREDIT_PER_LEVEL,
  LANGUAGE_SUPPORT_GAP_CLOSED,
  OCCUPATION_SCORES,
  OPTIONAL_SATURATION_WEIGHT,
  PART_TIME_FLOOR_RATIO,
  PLACE_SCORES,
  SCORE_WEIGHTS,
  UNKNOWN_HOURS_SCORE,
  adjustmentsOfMask,
  dimensionsOfMask,
} from './match-rules';
import { MatchExplanation, TaskFit } from './match.types';
import { PreparedNeed } from './prepared-need';

/** Returned by a part function when a hard limit excludes the profile. */
export const EXCLUDED = -1;

export function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

// ---------------------------------------------------------------------------------------------
/** The most optional coverage can be before normalising: 1 − e^(−all/τ). Computed once per need by the index. */
export function optionalCeiling(totalWeight: number): number {
  return 1 - Math.exp(-totalWeight / OPTIONAL_SATURATION_WEIGHT);
}

/** Optional coverage on a saturating scale (see OPTIONAL_SATURATION); 1 when everything is held. */
export function optionalCoverage(hitWeight: number, totalWeight: number, ceiling = optionalCeiling(totalWeight)): number {
  if (!(totalWeight > 0)) return 0;
  return (1 - Math.exp(-hitWeight / OPTIONAL_SATURATION_WEIGHT)) / ceiling;
}

/** Weights are specificity-weighted sums (see PreparedNeed.essentialWeights and optionalWeights). */
export function skillsPart(
  essentialHitWeight: number,
  essentialTotalWeight: number,
  optionalHitWeight: number,
  optionalTotalWeight: number,
  ceiling = optionalCeiling(optionalTotalWeight),
): number {
  if (essentialTotalWeight > 0 && optionalTotalWeight > 0) {
    return ESSENTIAL_SHARE * (essentialHitWeight / essentialTotalWeight) + (1 - ESSENTIAL_SHARE) * optionalCoverage(optionalHitWeight, optionalTotalWeight, ceiling);
  }
  if (essentialTotalWeight > 0) return essentialHitWeight / essentialTotalWeight;
  if (optionalTotalWeight > 0) return optionalCoverage(optionalHitWeight, optionalTotalWeight, ceiling);
  return 0;
}

// ---------------------------------------------------------------------------------------------
export type OccupationRelation = MatchExplanation['occupationRelation'];

/** The closest relation of a person's occupations to the need's, as bits. */
export const RELATION = {
  SAME_OCCUPATION: 1,
  SAME_ISCO_GROUP: 2,
  SAME_ISCO_MINOR_GROUP: 4,
  SAME_ISCO_SUB_MAJOR_GROUP: 8,
} as const;

const sharedSkillsPart = (bestJaccard: number) =>
  bestJaccard >= OCCUPATION_SCORES.SHARED_SKILLS_MIN_JACCARD ? Math.min(OCCUPATION_SCORES.SHARED_SKILLS_CAP, bestJaccard) : 0;

function hierarchyPart(relations: number): number {
  if (relations & RELATION.SAME_OCCUPATION) return OCCUPATION_SCORES.SAME_OCCUPATION;
  if (relations & RELATION.SAME_ISCO_GROUP) return OCCUPATION_SCORES.SAME_ISCO_GROUP;
  if (relations & RELATION.SAME_ISCO_MINOR_GROUP) return OCCUPATION_SCORES.SAME_ISCO_MINOR_GROUP;
  if (relations & RELATION.SAME_ISCO_SUB_MAJOR_GROUP) return OCCUPATION_SCORES.SAME_ISCO_SUB_MAJOR_GROUP;
  return 0;
}

/** What carried the occupation part: the hierarchy level, or shared essential skills when they score higher. */
export function occupationRelation(relations: number, bestJaccard: number): OccupationRelation {
  const hierarchy = hierarchyPart(relations);
  const shared = sharedSkillsPart(bestJaccard);
  if (shared > hierarchy) return 'SHARED_SKILLS';
  if (relations & RELATION.SAME_OCCUPATION) return 'SAME_OCCUPATION';
  if (relations & RELATION.SAME_ISCO_GROUP) return 'SAME_ISCO_GROUP';
  if (relations & RELATION.SAME_ISCO_MINOR_GROUP) return 'SAME_ISCO_MINOR_GROUP';
  if (relations & RELATION.SAME_ISCO_SUB_MAJOR_GROUP) return 'SAME_ISCO_SUB_MAJOR_GROUP';
  return 'NONE';
}

/** The occupation part; `inferred` when the relation comes from an occupation inferred from skills. */
export function occupationPart(relations: number, bestJaccard: number, inferred: boolean): number {
  const part = Math.max(hierarchyPart(relations), sharedSkillsPart(bestJaccard));
  return inferred ? part * OCCUPATION_SCORES.INFERRED_SHARE : part;
}

/** Relation bits of ISCO unit groups to the need's group (4 digits), minor (3) and sub-major (2). */
export function iscoRelations(needGroup: string | null, groups: readonly string[]): number {
  if (needGroup === null || needGroup.length < 2) return 0;
  let relations = 0;
  const minor = needGroup.slice(0, 3);
  const subMajor = needGroup.slice(0, 2);
  for (const group of groups) {
    if (group === needGroup) relations |= RELATION.SAME_ISCO_GROUP;
    else if (needGroup.length >= 3 && group.startsWith(minor)) relations |= RELATION.SAME_ISCO_MINOR_GROUP;
    else if (group.startsWith(subMajor)) relations |= RELATION.SAME_ISCO_SUB_MAJOR_GROUP;
  }
  return relations;
}

// ---------------------------------------------------------------------------------------------
/** How a profile stands to the need's place; EXCLUDED (0) is the OUTSIDE_COMMUTE hard limit. */
export const PLACE = {
  EXCLUDED: 0,
  REMOTE: 1,
  SAME_MUNICIPALITY: 2,
  ACCEPTABLE_MUNICIPALITY: 3,
  WITHIN_RADIUS: 4,
  UNDECIDED: 5,
  NO_WORKPLACE: 6,
} as const;

/**
 * Remote counts only when both the need and the person allow it. Otherwise the same or an
 * acceptable municipality, or a distance within the radius, is in. When the data to decide is
 * missing (no coordinates or no radius) the municipality lists decide, provided the need has a
 * municipality and the person gave a home or acceptable municipalities; when nothing decides,
 * the person stays in with a low place part. A need without municipality and location is
 * place-neutral.
 *
 * @param distanceKm NaN when unknown; read only when the municipality lists did not already decide.
 * @param radiusKm NaN when the person gave no radius.
 * @param listDecidable the need has a municipality and the person a home or acceptable municipality.
 */
export function placeCode(
  remoteCompatible: boolean,
  needHasPlace: boolean,
  sameMunicipality: boolean,
  acceptableMunicipality: boolean,
  distanceKm: number,
  radiusKm: number,
  listDecidable: boolean,
): number {
  if (remoteCompatible) return PLACE.REMOTE;
  if (!needHasPlace) return PLACE.NO_WORKPLACE;
  if (sameMunicipality) return PLACE.SAME_MUNICIPALITY;
  if (acceptableMunicipality) return PLACE.ACCEPTABLE_MUNICIPALITY;
  if (!Number.isNaN(distanceKm) && !Number.isNaN(radiusKm)) return distanceKm <= radiusKm ? PLACE.WITHIN_RADIUS : PLACE.EXCLUDED;
  return listDecidable ? PLACE.EXCLUDED : PLACE.UNDECIDED;
}

export function placePart(code: number, distanceKm: number, radiusKm: number): number {
  switch (code) {
    case PLACE.REMOTE:
      return PLACE_SCORES.REMOTE;
    case PLACE.SAME_MUNICIPALITY:
      return PLACE_SCORES.SAME_MUNICIPALITY;
    case PLACE.ACCEPTABLE_MUNICIPALITY:
      return PLACE_SCORES.ACCEPTABLE_MUNICIPALITY;
    case PLACE.WITHIN_RADIUS:
      return radiusKm > 0 ? 1 - (1 - PLACE_SCORES.RADIUS_EDGE) * (distanceKm / radiusKm) : 1;
    case PLACE.NO_WORKPLACE:
      return PLACE_SCORES.NO_WORKPLACE;
    case PLACE.UNDECIDED:
      return PLACE_SCORES.UNDECIDED;
    default:
      return EXCLUDED;
  }
}

export function placeReason(code: number): MatchExplanation['placeReason'] {
  switch (code) {
    case PLACE.REMOTE:
      return 'REMOTE';
    case PLACE.SAME_MUNICIPALITY:
      return 'SAME_MUNICIPALITY';
    case PLACE.ACCEPTABLE_MUNICIPALITY:
      return 'ACCEPTABLE_MUNICIPALITY';
    case PLACE.WITHIN_RADIUS:
      return 'WITHIN_RADIUS';
    default:
      return 'UNKNOWN';
  }
}

const RADIANS = Math.PI / 180;

export function haversineKm(latitude1: number, longitude1: number, latitude2: number, longitude2: number): number {
  const dLatitude = (latitude2 - latitude1) * RADIANS;
  const dLongitude = (longitude2 - longitude1) * RADIANS;
  const a = Math.sin(dLatitude / 2) ** 2 + Math.cos(latitude1 * RADIANS) * Math.cos(latitude2 * RADIANS) * Math.sin(dLongitude / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

// ---------------------------------------------------------------------------------------------
/**
 * Hours per week; NaN for a bound not given. A side with neither bound is unknown (no limit,
 * UNKNOWN_HOURS_SCORE). Overlapping ranges score 1. With part-time possible, a person whose
 * maximum is below the need's minimum but at least PART_TIME_FLOOR_RATIO of it scores
 * max / needMin. Anything else is EXCLUDED (HOURS_INCOMPATIBLE).
 */
export function hoursPart(needMin: number, needMax: number, profileMin: number, profileMax: number, partTimePossible: boolean): number {
  if ((Number.isNaN(needMin) && Number.isNaN(needMax)) || (Number.isNaN(profileMin) && Number.isNaN(profileMax))) return UNKNOWN_HOURS_SCORE;
  let needLow = Number.isNaN(needMin) ? 0 : needMin;
  let needHigh = Number.isNaN(needMax) ? Number.POSITIVE_INFINITY : needMax;
  if (needLow > needHigh) [needLow, needHigh] = [needHigh, needLow];
  let low = Number.isNaN(profileMin) ? 0 : profileMin;
  let high = Number.isNaN(profileMax) ? Number.POSITIVE_INFINITY : profileMax;
  if (low > high) [low, high] = [high, low];
  if (low <= needHigh && needLow <= high) return 1;
  if (partTimePossible && high < needLow && high >= needLow * PART_TIME_FLOOR_RATIO) return high / needLow;
  return EXCLUDED;
}

// ---------------------------------------------------------------------------------------------
/**
 * Checks every task against a capability (6 levels in DEMAND_DIMENSIONS order, or null for no
 * limits) and returns capabilityFit, or EXCLUDED when a core task — or a separable one the
 * employer will not carve out — stays beyond capability after the offered adjustments. Fills
 * `details` with one TaskFit per task when given.
 */
export function assessTasks(need: PreparedNeed, capability: ArrayLike<number> | null, details: TaskFit[] | null): number {
  const tasks = need.tasks;
  if (tasks.length === 0) return 1;
  if (capability === null && details === null) return 1;
  let adjusted = 0;
  let carved = 0;
  for (const prepared of tasks) {
    let exceeded = 0;
    let coverable = true;
    for (let d = 0; d < DIMENSION_COUNT; d++) {
      const gap = prepared.demands[d]! - (capability === null ? 3 : capability[d]!);
      if (gap > 0) {
        exceeded |= 1 << d;
        if (gap > 1 || (need.coverableDimensions & (1 << d)) === 0) coverable = false;
      }
    }
    let outcome: TaskFit['outcome'];
    if (exceeded === 0) outcome = 'WITHIN';
    else if (coverable) {
      outcome = 'ADJUSTED';
      adjusted++;
    } else if (prepared.task.kind === 'SEPARABLE' && need.need.openToPrecisionCapable) {
      outcome = 'CARVED_OUT';
      carved++;
    } else return EXCLUDED;
    if (details) {
      details.push({
        taskId: prepared.task.id,
        title: prepared.task.title,
        kind: prepared.task.kind,
        exceededDimensions: dimensionsOfMask(exceeded),
        outcome,
        adjustmentsRelied: outcome === 'ADJUSTED' ? adjustmentsOfMask(smallestCover(need.offeredMask, exceeded)) : [],
      });
    }
  }
  return 1 - ADJUSTED_TASK_PENALTY * (adjusted / tasks.length) - CARVED_TASK_PENALTY * (carved / tasks.length);
}

/** The fewest offered adjustments that together cover the exceeded dimensions. */
function smallestCover(offeredMask: number, exceeded: number): number {
  for (const mask of ADJUSTMENT_MASKS_BY_SIZE) {
    if ((mask & offeredMask) === mask && (DIMENSIONS_COVERED_BY_MASK[mask]! & exceeded) === exceeded) return mask;
  }
  return 0;
}

/** Capability levels as one number (base 4), for memoising assessTasks per distinct capability. */
export function capabilityCode(levels: ArrayLike<number>): number {
  let code = 0;
  for (let d = DIMENSION_COUNT - 1; d >= 0; d--) code = code * 4 + levels[d]!;
  return code;
}

export function capabilityFromCode(code: number): number[] {
  const levels: number[] = [];
  for (let d = 0, rest = code; d < DIMENSION_COUNT; d++, rest = Math.floor(rest / 4)) levels.push(rest % 4);
  return levels;
}

// ---------------------------------------------------------------------------------------------
/** Credit of one language requirement: have and required as LANGUAGE_LEVELS indexes, have −1 when unknown. */
export function languageCredit(have: number, required: number, support: boolean): number {
  let credit = have >= required ? 1 : have < 0 ? 0 : Math.max(0, 1 - LANGUAGE_CREDIT_PER_LEVEL * (required - have));
  if (support) credit += (1 - credit) * LANGUAGE_SUPPORT_GAP_CLOSED;
  return credit;
}

// ---------------------------------------------------------------------------------------------
/** The weighted sum, always in this order, so both scoring paths produce the same double. */
export function weightedTotal(
  skills: number,
  occupation: number,
  place: number,
  workingTime: number,
  capabilityFit: number,
  adjustments: number,
  language: number,
  drivingLicence: number,
): number {
  const weights = SCORE_WEIGHTS;
  return (
    weights.skills * skills +
    weights.occupation * occupation +
    weights.place * place +
    weights.workingTime * workingTime +
    weights.capabilityFit * capabilityFit +
    weights.adjustments * adjustments +
    weights.language * language +
    weights.drivingLicence * drivingLicence
  );
}
