// The matching engine's own vocabulary. Pure data: no Nest, no TypeORM, no I/O.
// The worker builds these from the database; the evaluation and benchmark scripts generate them.

/** Stored with every match result; bump when scoring changes so old results can be told apart. */
export const ENGINE_VERSION = 'match-2.0.0';

export const DEMAND_DIMENSIONS = [
  'PHYSICAL_STRAIN',
  'STANDING_WALKING',
  'LIFTING',
  'COGNITIVE_LOAD',
  'CUSTOMER_INTERACTION',
  'TIME_PRESSURE',
] as const;
export type DemandDimensionKey = (typeof DEMAND_DIMENSIONS)[number];

/** 0 none … 3 high, per dimension. */
export type DemandLevels = Readonly<Record<DemandDimensionKey, number>>;

export type AdjustmentKey = 'WORKING_TIME' | 'PHYSICAL_WORKPLACE' | 'WORK_TASKS' | 'WORK_ENVIRONMENT' | 'LANGUAGE_SUPPORT';
export type MeasureKey = 'PAY_SUBSIDY' | 'APPRENTICESHIP' | 'WORK_TRIAL' | 'RECRUITMENT_TRAINING' | 'JOB_COACHING';
export type LanguageLevelKey = 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2' | 'NATIVE';

export interface GeoPoint {
  latitude: number;
  longitude: number;
}

export interface LanguageRequirement {
  /** ISO 639-1, e.g. fi, sv, en. */
  language: string;
  level: LanguageLevelKey;
}

export interface MatchTask {
  id: string;
  title: string;
  kind: 'CORE' | 'SEPARABLE';
  demands: DemandLevels;
}

/** What the engine needs to know about an employer need. */
export interface MatchNeed {
  id: string;
  /** ESCO occupation URI of the role, if the employer chose one. */
  occupationUri: string | null;
  /** ISCO-08 unit group (4 digits) of that occupation. */
  iscoGroup: string | null;
  /** Essential skills: the employer's required skills plus the occupation's ESCO essential skills. */
  essentialSkills: readonly string[];
  /** Optional skills: the employer's wished skills plus the occupation's ESCO optional skills. */
  optionalSkills: readonly string[];
  /** The subset of essentialSkills the employer marked required themselves (explanations name them first). */
  employerRequiredSkills: readonly string[];
  municipalityCode: string | null;
  /** The workplace, when known. */
  location: GeoPoint | null;
  remote: boolean;
  hoursMin: number | null;
  hoursMax: number | null;
  partTimePossible: boolean;
  /** Driving licence class required (B, C, …) or null. */
  drivingLicence: string | null;
  languages: readonly LanguageRequirement[];
  adjustmentsOffered: readonly AdjustmentKey[];
  measuresOpenTo: readonly MeasureKey[];
  openToPrecisionCapable: boolean;
  /** The role as tasks; empty when the employer did not describe tasks. */
  tasks: readonly MatchTask[];
}

/** What the engine needs to know about a jobseeker profile (pseudonymous: no identity). */
export interface MatchProfile {
  id: string;
  /** Holds a valid MATCHING consent right now; without it the profile is never matched. */
  matchingConsent: boolean;
  skills: readonly string[];
  /** Occupations the person has worked in (ESCO URIs). */
  occupations: readonly string[];
  wishedOccupations: readonly string[];
  /** ISCO unit groups (4 digits) of occupations and wished occupations. */
  iscoGroups: readonly string[];
  homeMunicipalityCode: string | null;
  /** Approximate home location (rounded), when the person gave one. */
  home: GeoPoint | null;
  /** Null: no radius given; then only acceptable municipalities (and the home municipality) count. */
  commuteRadiusKm: number | null;
  acceptableMunicipalityCodes: readonly string[];
  remoteOk: boolean;
  hoursMin: number | null;
  hoursMax: number | null;
  languages: readonly LanguageRequirement[];
  drivingLicences: readonly string[];
  /** Sustainable level per dimension; null when no work-ability limits are recorded (treated as 3 everywhere). */
  capability: DemandLevels | null;
  adjustmentsNeeded: readonly AdjustmentKey[];
}

/** Why a profile was excluded by a hard limit. */
export type ExclusionReason =
  | 'NO_MATCHING_CONSENT'
  | 'OUTSIDE_COMMUTE'
  | 'HOURS_INCOMPATIBLE'
  | 'CORE_TASK_BEYOND_CAPABILITY';

export interface ScoreParts {
  /** Each part in 0..1; the total is their weighted sum, also 0..1. */
  skills: number;
  occupation: number;
  place: number;
  workingTime: number;
  capabilityFit: number;
  adjustments: number;
  language: number;
  /** 1 when the need asks for no licence or the person holds it (or a class that includes it), else 0. */
  drivingLicence: number;
}

export interface TaskFit {
  taskId: string;
  title: string;
  kind: 'CORE' | 'SEPARABLE';
  /** Dimensions where the task's demand exceeds the person's capability. */
  exceededDimensions: DemandDimensionKey[];
  /** WITHIN: doable; ADJUSTED: doable thanks to offered adjustments; CARVED_OUT: a separable task removed from the role. */
  outcome: 'WITHIN' | 'ADJUSTED' | 'CARVED_OUT';
  adjustmentsRelied: AdjustmentKey[];
}

export interface MatchExplanation {
  matchedEssentialSkills: string[];
  missingEssentialSkills: string[];
  matchedOptionalSkills: string[];
  /**
   * What carried the occupation part: the same occupation, the same ISCO unit group (4 digits),
   * minor group (3 digits: a related trade) or sub-major group (2 digits), occupations sharing
   * essential skills, or nothing.
   */
  occupationRelation: 'SAME_OCCUPATION' | 'SAME_ISCO_GROUP' | 'SAME_ISCO_MINOR_GROUP' | 'SAME_ISCO_SUB_MAJOR_GROUP' | 'SHARED_SKILLS' | 'NONE';
  /**
   * The ESCO occupation inferred from the person's skills when they state none and it relates to
   * the need's (occupationRelation is then through it, at a reduced weight); null otherwise.
   * Absent in results of engines before match-2.0.0.
   */
  inferredOccupation?: string | null;
  /** How many optional skills the role lists ("8 of the role's 40 optional skills"). Absent before match-2.0.0. */
  optionalSkillCount?: number;
  /** Per task of the (carved) role; empty when the need has no tasks. */
  tasks: TaskFit[];
  carvedOutTaskIds: string[];
  adjustmentsRelied: AdjustmentKey[];
  /** Adjustments the person needs that the employer does not offer (scores down, not a hard limit unless a core task depends on it). */
  adjustmentsNotOffered: AdjustmentKey[];
  /** Distance in km between home and workplace when both are known; null otherwise. */
  distanceKm: number | null;
  placeReason: 'REMOTE' | 'SAME_MUNICIPALITY' | 'ACCEPTABLE_MUNICIPALITY' | 'WITHIN_RADIUS' | 'UNKNOWN';
  missingLanguages: LanguageRequirement[];
  missingDrivingLicence: string | null;
  parts: ScoreParts;
}

export type MatchOutcome =
  | { matched: true; profileId: string; needId: string; score: number; explanation: MatchExplanation; engineVersion: string }
  | { matched: false; profileId: string; needId: string; reason: ExclusionReason };

export type MatchedOutcome = Extract<MatchOutcome, { matched: true }>;

/** ESCO facts about one occupation, as the engine needs them for occupation relatedness. */
export interface MatchOccupation {
  /** ISCO-08 unit group (4 digits). */
  iscoGroup: string;
  essentialSkills: readonly string[];
  optionalSkills: readonly string[];
}

/**
 * Reference data the engine reads but does not own. Missing occupations are fine: relatedness
 * through shared skills is then simply not found. Keep one context object alive for many calls
 * (the engine caches per context object).
 */
export interface MatchContext {
  occupations: ReadonlyMap<string, MatchOccupation>;
}
