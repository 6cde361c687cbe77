// Every number and table the engine scores with, in one place, so a coordinator's question
// ("why 0.62?") can be answered from this file. Changing any of them changes scores: bump
// ENGINE_VERSION in match.types.ts with it.
import { AdjustmentKey, DEMAND_DIMENSIONS, DemandDimensionKey, LanguageLevelKey, ScoreParts } from './match.types';

/**
 * Weights of the score parts; they sum to 1. Skills and occupation dominate (0.60 together)
 * because they say whether the person can do the job; the rest orders people who can.
 */
export const SCORE_WEIGHTS: Readonly<ScoreParts> = {
  skills: 0.35,
  occupation: 0.25,
  place: 0.12,
  workingTime: 0.07,
  capabilityFit: 0.08,
  adjustments: 0.04,
  language: 0.06,
  drivingLicence: 0.03,
};

// ---------------------------------------------------------------------------------------------
// Skills: coverage of the need's skills, essential ones weighing more.
/** Weight of an essential skill the employer marked required themselves. */
export const REQUIRED_SKILL_WEIGHT = 3;
/** Weight of any other essential skill. */
export const ESSENTIAL_SKILL_WEIGHT = 2;
/** Share of the skills part that comes from essential coverage; optional coverage gets the rest. */
export const ESSENTIAL_SHARE = 0.7;
/**
 * Every skill's weight is also scaled by its specificity (inverse frequency over the ESCO
 * occupations, see PreparedContext.specificity): a skill nearly every occupation lists keeps this
 * share of its weight, a skill of one occupation all of it. Generic skills still count, but a
 * handful of them no longer outweighs the skills that make the trade.
 */
export const SPECIFICITY_FLOOR = 0.2;
/**
 * Specificities are multiples of 1 / WEIGHT_SCALE and skill weights are integers (base weight ×
 * specificity × WEIGHT_SCALE): sums of held weights are exact whatever the order, and fit the
 * index's 16-bit accumulators.
 */
export const WEIGHT_SCALE = 32;
/**
 * Optional coverage saturates: (1 − e^(−held/τ)) / (1 − e^(−all/τ)), held and all counted in
 * specificity-weighted skills. A role may list forty optional skills; no one holds them all, and
 * eight of them say more than "a fifth". τ is the number of weighted skills at which coverage
 * reaches 63 % of the way to full.
 */
export const OPTIONAL_SATURATION = 2.5;
/** The same in weight units (weights are scaled by WEIGHT_SCALE). */
export const OPTIONAL_SATURATION_WEIGHT = OPTIONAL_SATURATION * WEIGHT_SCALE;

// ---------------------------------------------------------------------------------------------
// Occupation relatedness, graded along the ISCO-08 hierarchy: unit group (4 digits), minor group
// (3 digits: related trades), sub-major group (2 digits). The best relation of the person's
// occupations counts.
export const OCCUPATION_SCORES = {
  SAME_OCCUPATION: 1,
  SAME_ISCO_GROUP: 0.6,
  /** Same ISCO minor group (3 digits), another unit group: a related trade. */
  SAME_ISCO_MINOR_GROUP: 0.4,
  /** Same ISCO sub-major group (2 digits) only. */
  SAME_ISCO_SUB_MAJOR_GROUP: 0.2,
  /** SHARED_SKILLS scores the Jaccard index itself, capped so it never beats the same ISCO group. */
  SHARED_SKILLS_CAP: 0.55,
  /** Below this Jaccard index two occupations share only generic skills: NONE. */
  SHARED_SKILLS_MIN_JACCARD: 0.05,
  /**
   * A relation through an occupation inferred from the person's skills (none stated) counts this
   * share of the same relation through a stated one: the skills suggest the trade, nobody said so.
   */
  INFERRED_SHARE: 0.7,
  /** Related occupations (by Jaccard, best first) whose people become candidates even without a shared skill. */
  RELATED_CANDIDATE_OCCUPATIONS: 24,
} as const;

/** Inferring a likely occupation from skills alone (PreparedContext.inferOccupation). */
export const INFERENCE = {
  /** An optional skill of an occupation counts this much of an essential one. */
  OPTIONAL_WEIGHT: 0.5,
  /** Skills listed by more occupations than this tell nothing about which one (and are not walked). */
  MAX_LISTINGS: 250,
  MIN_SHARED: 2,
  /** Cosine similarity of the weighted skill vectors. */
  MIN_SIMILARITY: 0.15,
} as const;

// ---------------------------------------------------------------------------------------------
// Place.
export const PLACE_SCORES = {
  REMOTE: 1,
  SAME_MUNICIPALITY: 1,
  ACCEPTABLE_MUNICIPALITY: 0.9,
  /** Within the radius the score falls linearly from 1 at home to this at the radius edge. */
  RADIUS_EDGE: 0.6,
  /** The need gives no workplace: place cannot tell people apart. */
  NO_WORKPLACE: 1,
  /** The need has a place but the profile lacks the data to decide: kept, but low. */
  UNDECIDED: 0.3,
} as const;

/** Mean Earth radius (IUGG), km. */
export const EARTH_RADIUS_KM = 6371.0088;

// ---------------------------------------------------------------------------------------------
// Working time.
/**
 * When the need allows part-time, a person whose maximum hours are below the need's minimum is
 * still compatible if the maximum is at least this share of that minimum (e.g. 19 h of 37.5 h
 * passes, 18 h does not); the working-time part is then maxHours / needMinHours (0.5 … 1).
 */
export const PART_TIME_FLOOR_RATIO = 0.5;
/** Working-time part when either side gives no hours at all. */
export const UNKNOWN_HOURS_SCORE = 0.8;

// ---------------------------------------------------------------------------------------------
// Precision capability and adjustments.
/** A fixed order for adjustments: explanations list them in it, and tie-breaks follow it. */
export const ADJUSTMENT_KEYS: readonly AdjustmentKey[] = ['WORKING_TIME', 'PHYSICAL_WORKPLACE', 'WORK_TASKS', 'WORK_ENVIRONMENT', 'LANGUAGE_SUPPORT'];

/**
 * Which demand dimensions each adjustment can lower, by one level at most. Adjustments do not
 * stack: a dimension exceeded by two levels stays exceeded whatever is offered.
 * - WORKING_TIME (flexible hours, more breaks): time pressure.
 * - PHYSICAL_WORKPLACE (ergonomic workstation, sit–stand desk, lifting aids): strain, standing, lifting.
 * - WORK_TASKS (colleagues take the heaviest parts, tasks simplified): lifting, strain, cognitive load.
 * - WORK_ENVIRONMENT (quiet space, away from the customer area, clear routines): cognitive load,
 *   customer interaction.
 * - LANGUAGE_SUPPORT covers no demand dimension; it softens missing language levels instead.
 */
export const ADJUSTMENT_COVERS: Readonly<Record<AdjustmentKey, readonly DemandDimensionKey[]>> = {
  WORKING_TIME: ['TIME_PRESSURE'],
  PHYSICAL_WORKPLACE: ['PHYSICAL_STRAIN', 'STANDING_WALKING', 'LIFTING'],
  WORK_TASKS: ['LIFTING', 'PHYSICAL_STRAIN', 'COGNITIVE_LOAD'],
  WORK_ENVIRONMENT: ['COGNITIVE_LOAD', 'CUSTOMER_INTERACTION'],
  LANGUAGE_SUPPORT: [],
};

/** capabilityFit = 1 − ADJUSTED_TASK_PENALTY × share of tasks adjusted − CARVED_TASK_PENALTY × share carved out. */
export const ADJUSTED_TASK_PENALTY = 0.15;
export const CARVED_TASK_PENALTY = 0.6;

/** Highest demand/capability level; a null capability means this level everywhere. */
export const MAX_LEVEL = 3;

// ---------------------------------------------------------------------------------------------
// Language.
export const LANGUAGE_LEVELS: readonly LanguageLevelKey[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'NATIVE'];
/** Credit lost per level a known language falls short; an unknown language earns 0. */
export const LANGUAGE_CREDIT_PER_LEVEL = 0.25;
/** LANGUAGE_SUPPORT offered closes this share of the remaining gap of each requirement. */
export const LANGUAGE_SUPPORT_GAP_CLOSED = 0.5;

// ---------------------------------------------------------------------------------------------
// Driving licence (Finnish classes): a held class also satisfies the classes listed for it.
export const DRIVING_LICENCE_INCLUDES: Readonly<Record<string, readonly string[]>> = {
  A: ['A1', 'A2', 'AM'],
  A2: ['A1', 'AM'],
  A1: ['AM'],
  B: ['AM'],
  BE: ['B', 'AM'],
  C1: ['B', 'AM'],
  C: ['C1', 'B', 'AM'],
  C1E: ['C1', 'BE', 'B', 'AM'],
  CE: ['C', 'C1', 'C1E', 'BE', 'B', 'AM'],
  D1: ['B', 'AM'],
  D: ['D1', 'B', 'AM'],
  D1E: ['D1', 'BE', 'B', 'AM'],
  DE: ['D', 'D1', 'D1E', 'BE', 'B', 'AM'],
};

// ---------------------------------------------------------------------------------------------
export const DIMENSION_COUNT = DEMAND_DIMENSIONS.length;

/** Bit i of a dimension mask is DEMAND_DIMENSIONS[i]; bit i of an adjustment mask is ADJUSTMENT_KEYS[i]. */
export function adjustmentMask(keys: readonly AdjustmentKey[]): number {
  let mask = 0;
  for (const key of keys) {
    const bit = ADJUSTMENT_KEYS.indexOf(key);
    if (bit >= 0) mask |= 1 << bit;
  }
  return mask;
}

/** The dimensions (as a mask) that the adjustments in an adjustment mask can lower. */
export const DIMENSIONS_COVERED_BY_MASK: readonly number[] = Array.from({ length: 1 << ADJUSTMENT_KEYS.length }, (_, mask) => {
  let dimensions = 0;
  ADJUSTMENT_KEYS.forEach((key, bit) => {
    if (mask & (1 << bit)) for (const dimension of ADJUSTMENT_COVERS[key]) dimensions |= 1 << DEMAND_DIMENSIONS.indexOf(dimension);
  });
  return dimensions;
});

/** Adjustment masks from fewest adjustments to most, then by mask value: the first that covers a task is what it relies on. */
export const ADJUSTMENT_MASKS_BY_SIZE: readonly number[] = Array.from({ length: 1 << ADJUSTMENT_KEYS.length }, (_, mask) => mask)
  .slice(1)
  .sort((a, b) => bitCount(a) - bitCount(b) || a - b);

export function bitCount(value: number): number {
  let count = 0;
  for (let v = value; v !== 0; v &= v - 1) count++;
  return count;
}

export function adjustmentsOfMask(mask: number): AdjustmentKey[] {
  return ADJUSTMENT_KEYS.filter((_, bit) => (mask & (1 << bit)) !== 0);
}

export function dimensionsOfMask(mask: number): DemandDimensionKey[] {
  return DEMAND_DIMENSIONS.filter((_, bit) => (mask & (1 << bit)) !== 0);
}
