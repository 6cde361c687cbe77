// Realistic spreads of the non-skill attributes of needs and profiles. Profiles that carry a
// relevance label are drawn so that no hard limit (commute, hours, core task beyond capability)
// can exclude them from the needs they are labelled for: the labels are about skills and
// occupation, and an excluded labelled profile would be unreachable for any engine. Unlabelled
// distractors get the full spread, so the hard limits still remove some of them.
import {
  AdjustmentKey,
  DEMAND_DIMENSIONS,
  DemandLevels,
  GeoPoint,
  LanguageRequirement,
  MeasureKey,
} from '../../libs/matching/src/engine/match.types';
import { distanceKm, EVALUATION_PLACES, EvaluationPlace } from './finnish-places';
import { Random } from '../lib/seeded-random';

export const ADJUSTMENTS: readonly AdjustmentKey[] = ['WORKING_TIME', 'PHYSICAL_WORKPLACE', 'WORK_TASKS', 'WORK_ENVIRONMENT', 'LANGUAGE_SUPPORT'];
export const MEASURES: readonly MeasureKey[] = ['PAY_SUBSIDY', 'APPRENTICESHIP', 'WORK_TRIAL', 'RECRUITMENT_TRAINING', 'JOB_COACHING'];

/** Task demands stay at or below this level; labelled profiles' capabilities stay at or above it. */
const MAX_TASK_DEMAND = 2;

interface Weighted<T> {
  weight: number;
  value: T;
}

function weighted<T>(random: Random, options: readonly Weighted<T>[]): T {
  const total = options.reduce((sum, option) => sum + option.weight, 0);
  let roll = random.next() * total;
  for (const option of options) {
    roll -= option.weight;
    if (roll < 0) return option.value;
  }
  return options[options.length - 1]!.value;
}

export interface Hours {
  hoursMin: number | null;
  hoursMax: number | null;
}

const NEED_HOURS: readonly Weighted<Hours & { partTimePossible: boolean }>[] = [
  { weight: 45, value: { hoursMin: 35, hoursMax: 40, partTimePossible: false } },
  { weight: 20, value: { hoursMin: 35, hoursMax: 40, partTimePossible: true } },
  { weight: 25, value: { hoursMin: 20, hoursMax: 30, partTimePossible: true } },
  { weight: 10, value: { hoursMin: null, hoursMax: null, partTimePossible: true } },
];

const PROFILE_HOURS: readonly Hours[] = [
  { hoursMin: null, hoursMax: null },
  { hoursMin: 30, hoursMax: 40 },
  { hoursMin: 20, hoursMax: 40 },
  { hoursMin: 35, hoursMax: 40 },
  { hoursMin: 20, hoursMax: 30 },
  { hoursMin: 25, hoursMax: 37.5 },
  { hoursMin: 10, hoursMax: 20 },
];

/** Compatible beyond doubt: a side without hours accepts anything; otherwise the ranges overlap by more than a point. */
export function hoursClearlyOverlap(a: Hours, b: Hours): boolean {
  if (a.hoursMin === null || a.hoursMax === null || b.hoursMin === null || b.hoursMax === null) return true;
  return Math.max(a.hoursMin, b.hoursMin) < Math.min(a.hoursMax, b.hoursMax);
}

export const needHours = (random: Random) => ({ ...weighted(random, NEED_HOURS) });

export function reachableProfileHours(random: Random, targets: readonly Hours[]): Hours {
  const fitting = PROFILE_HOURS.filter((hours) => targets.every((target) => hoursClearlyOverlap(hours, target)));
  return { ...random.pick(fitting) };
}

export const anyProfileHours = (random: Random): Hours => ({ ...random.pick(PROFILE_HOURS) });

export const needLanguages = (random: Random): LanguageRequirement[] =>
  weighted(random, [
    { weight: 65, value: [{ language: 'fi', level: 'B1' }] },
    { weight: 10, value: [{ language: 'fi', level: 'B2' }] },
    { weight: 8, value: [{ language: 'fi', level: 'B1' }, { language: 'sv', level: 'B1' }] },
    { weight: 10, value: [{ language: 'en', level: 'B2' }] },
    { weight: 7, value: [] },
  ] satisfies Weighted<LanguageRequirement[]>[]).map((requirement) => ({ ...requirement }));

export const profileLanguages = (random: Random): LanguageRequirement[] =>
  weighted(random, [
    { weight: 70, value: [{ language: 'fi', level: 'NATIVE' }, { language: 'en', level: 'B1' }] },
    { weight: 12, value: [{ language: 'fi', level: 'B1' }, { language: 'en', level: 'B2' }] },
    { weight: 8, value: [{ language: 'sv', level: 'NATIVE' }, { language: 'fi', level: 'B2' }] },
    { weight: 10, value: [{ language: 'en', level: 'C1' }, { language: 'fi', level: 'A2' }] },
  ] satisfies Weighted<LanguageRequirement[]>[]).map((requirement) => ({ ...requirement }));

export const profileDrivingLicences = (random: Random): string[] =>
  weighted(random, [
    { weight: 65, value: ['B'] },
    { weight: 10, value: ['B', 'C'] },
    { weight: 25, value: [] },
  ]).slice();

function levels(random: Random, min: number, max: number): DemandLevels {
  return Object.fromEntries(DEMAND_DIMENSIONS.map((dimension) => [dimension, random.int(min, max)])) as Record<
    (typeof DEMAND_DIMENSIONS)[number],
    number
  >;
}

export const taskDemands = (random: Random) => levels(random, 0, MAX_TASK_DEMAND);
/** Never below any task demand, so a labelled profile is never excluded by a core task. */
export const capabilityWithinTasks = (random: Random) => levels(random, MAX_TASK_DEMAND, 3);
export const anyCapability = (random: Random) => levels(random, 0, 3);

export interface ProfilePlace {
  homeMunicipalityCode: string;
  home: GeoPoint;
  commuteRadiusKm: number | null;
  acceptableMunicipalityCodes: string[];
  remoteOk: boolean;
}

export interface Workplace {
  municipalityCode: string | null;
  location: GeoPoint | null;
}

const PLACES_BY_CODE = new Map(EVALUATION_PLACES.map((place) => [place.municipalityCode, place]));
const RADII_KM = [25, 40, 60, 100];

/**
 * Every need is in one commuting area, as the needs of one employment area are; most profiles
 * live in it and accept all of it, so for most pairs place is no obstacle and the ranking is
 * decided by skills and occupation. The rest get a realistic spread (anywhere in Finland, or a
 * narrow commute), so the hard limits remove some candidates.
 */
export const EVALUATION_AREA = 'helsinki';
/** Share of profiles that live in the evaluation area and accept all of it. */
export const LOCAL_PROFILE_SHARE = 0.8;

const areaOf = (area: string) => EVALUATION_PLACES.filter((place) => place.area === area);

export const needWorkplace = (random: Random): EvaluationPlace => random.pick(areaOf(EVALUATION_AREA));

/** A radius under which every target lies well inside (20 % margin), or null. */
function coveringRadius(random: Random, home: GeoPoint, targets: readonly Workplace[]): number | null {
  const radius = random.pick(RADII_KM);
  const covered = targets.every((target) => !target.location || distanceKm(home, target.location) <= radius * 0.8);
  return covered ? radius : null;
}

/**
 * Where a profile lives and how far it commutes. A profile labelled for some needs (`targets`,
 * generated for `anchor`) reaches every target under either reading of the engine's rules (by
 * acceptable municipality, and within its radius when it gives one); an unlabelled one reaches
 * whatever its spread allows.
 */
export function profilePlace(random: Random, anchor: Workplace | null, targets: readonly Workplace[]): ProfilePlace {
  if (random.chance(LOCAL_PROFILE_SHARE)) {
    const area = areaOf(EVALUATION_AREA);
    const home = random.pick(area);
    const acceptable = area.map((place) => place.municipalityCode).filter((code) => code !== home.municipalityCode);
    return place(home, random.chance(0.5) ? coveringRadius(random, home.point, area.map(asWorkplace)) : null, acceptable, random.chance(0.3));
  }
  if (targets.length === 0 || !anchor?.municipalityCode) {
    // Anywhere in the country, commuting within its own area at most.
    const home = random.pick(EVALUATION_PLACES);
    const acceptable = random.chance(0.5) ? areaOf(home.area).map((other) => other.municipalityCode).filter((code) => code !== home.municipalityCode) : [];
    return place(home, random.chance(0.5) ? random.pick(RADII_KM) : null, acceptable, random.chance(0.2));
  }
  // Near the need it was generated for, accepting exactly the municipalities of its targets.
  const anchorPlace = PLACES_BY_CODE.get(anchor.municipalityCode);
  if (!anchorPlace) throw new RangeError(`unknown evaluation municipality ${anchor.municipalityCode}`);
  const home = random.chance(0.5) ? anchorPlace : random.pick(areaOf(anchorPlace.area));
  const acceptable = [...new Set(targets.map((target) => target.municipalityCode).filter((code): code is string => code !== null))]
    .filter((code) => code !== home.municipalityCode);
  return place(home, random.chance(0.5) ? coveringRadius(random, home.point, targets) : null, acceptable, random.chance(0.2));
}

const asWorkplace = (place: EvaluationPlace): Workplace => ({ municipalityCode: place.municipalityCode, location: place.point });

function place(home: EvaluationPlace, commuteRadiusKm: number | null, acceptable: readonly string[], remoteOk: boolean): ProfilePlace {
  return {
    homeMunicipalityCode: home.municipalityCode,
    home: { ...home.point },
    commuteRadiusKm,
    acceptableMunicipalityCodes: [...acceptable].sort(),
    remoteOk,
  };
}
