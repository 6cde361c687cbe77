// The held-out labelled set ("set 2", revision 2): designed independently of the engine and of the
// first set, to reproduce the misses of the held-out set — skills-only profiles holding
// few of their occupation's essential skills, optional-heavy profiles, generic (widely shared)
// skills sprinkled over unrelated profiles, related trades graded by the ISCO hierarchy (some
// sharing no skill with the need), neighbour-occupation hard negatives, and candidates of the
// right occupation that a place or hours limit excludes. docs/matching-evaluation.md describes the
// design; it was written before any engine result on this revision was seen. Pure and
// deterministic for a seed.
import type { DemandLevels, LanguageRequirement, MatchNeed, MatchProfile, MatchTask } from '../../libs/matching/src/engine/match.types';
import { DEMAND_DIMENSIONS } from '../../libs/matching/src/engine/match.types';
import { EscoIndex, EscoInput, indexEsco, OccupationFacts } from './esco-index';
import { distanceKm, EVALUATION_PLACES, EvaluationPlace } from './finnish-places';
import { createRandom, Random } from '../lib/seeded-random';

export type HeldOutKind =
  | 'SKILLS_ONLY'
  | 'OPTIONAL_HEAVY'
  | 'OCCUPATION_STATED'
  | 'RELATED_TRADE'
  | 'RELATED_NO_SHARED_SKILL'
  | 'NEIGHBOUR'
  | 'GENERIC_NOISE'
  | 'INFEASIBLE_PLACE'
  | 'INFEASIBLE_HOURS'
  | 'BACKGROUND';

export type AgeGroup = 'YOUNG' | 'MIDDLE' | 'OVER_55';
export type HeldOutGain = 1 | 2;

export interface HeldOutNeed {
  need: MatchNeed;
  /** Finnish labels of the occupation and skills: the text baseline's query. */
  text: string;
  /** Commuting area of the workplace. */
  area: string;
  /** Profiles with a gain above 0, by profile id. */
  judgements: ReadonlyMap<string, HeldOutGain>;
}

export interface HeldOutProfile {
  profile: MatchProfile;
  /** Finnish labels of the listed occupations and skills: the text baseline's document. */
  text: string;
  kind: HeldOutKind;
  /** What the person is: the occupation the profile was drawn from (labels follow it, not what is written). */
  sourceOccupationUri: string;
  generatedForNeedId: string;
  ageGroup: AgeGroup;
  homeArea: string;
}

export interface HeldOutSetOptions {
  needs: number;
  seed: number;
  /** Size of the generic pool: the skills the most ESCO occupations list. */
  genericSkills: number;
  onProgress?: (done: number, total: number) => void;
}

export const DEFAULT_HELD_OUT_OPTIONS: Readonly<Omit<HeldOutSetOptions, 'onProgress'>> = { needs: 200, seed: 20261206, genericSkills: 40 };

export interface HeldOutSet {
  needs: HeldOutNeed[];
  /** Shuffled, ids in shuffled order. */
  profiles: HeldOutProfile[];
  occupations: ReadonlyMap<string, OccupationFacts>;
  /** The generic pool: the most widely listed ESCO skills, most frequent first. */
  genericSkills: readonly string[];
}

/** Profiles drawn per need, by kind (see the design's table); related trades: at most this many. */
export const PROFILES_PER_NEED: Readonly<Record<HeldOutKind, number>> = {
  SKILLS_ONLY: 3,
  OPTIONAL_HEAVY: 1,
  OCCUPATION_STATED: 1,
  RELATED_TRADE: 3,
  RELATED_NO_SHARED_SKILL: 1,
  NEIGHBOUR: 2,
  GENERIC_NOISE: 3,
  INFEASIBLE_PLACE: 1,
  INFEASIBLE_HOURS: 1,
  BACKGROUND: 2,
};

export const NEED_AREAS = ['helsinki', 'tampere', 'turku', 'oulu'] as const;
const MIN_NEED_ESSENTIALS = 4;
const MIN_NEED_OPTIONALS = 5;
const MIN_SOURCE_ESSENTIALS = 3;
/** A neighbour occupation (outside the sub-major group) shares at least this many non-generic skills with the need's. */
export const NEIGHBOUR_SHARED_SKILLS = 2;
const RADII_KM = [25, 40, 60, 100];
/** Homes of infeasible-by-place profiles are farther than this from every municipality of the need's area. */
const FAR_KM = 120;

const unitGroup = (occupation: OccupationFacts) => occupation.iscoGroup;
const minorGroup = (occupation: OccupationFacts) => occupation.iscoGroup.slice(0, 3);
const subMajorGroup = (occupation: OccupationFacts) => occupation.iscoGroup.slice(0, 2);
const majorGroup = (occupation: OccupationFacts) => occupation.iscoGroup.slice(0, 1);

const skillsOf = (occupation: OccupationFacts) => [...occupation.essentialSkills, ...occupation.optionalSkills];

/** ESCO skills (essential or optional) both occupations list, generic ones not counted. */
export function sharedSpecificSkills(a: OccupationFacts, b: OccupationFacts, generic: ReadonlySet<string>): number {
  const own = new Set(skillsOf(a));
  return new Set(skillsOf(b).filter((uri) => own.has(uri) && !generic.has(uri))).size;
}

/**
 * The generic pool: the `size` skills listed (essential or optional) by the most occupations,
 * most frequent first, ties by URI.
 */
export function genericSkillPool(occupations: Iterable<OccupationFacts>, size: number): string[] {
  const frequency = new Map<string, number>();
  for (const occupation of occupations) for (const uri of new Set(skillsOf(occupation))) frequency.set(uri, (frequency.get(uri) ?? 0) + 1);
  return [...frequency]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, size)
    .map(([uri]) => uri);
}

/**
 * Relevance by the ISCO hierarchy, from the occupation a profile was drawn from: 2 the same
 * occupation or unit group; 1 the same minor group, or the same sub-major group when the two
 * occupations share a skill outside the generic pool; else 0.
 */
export function iscoGain(needOccupation: OccupationFacts, source: OccupationFacts, generic: ReadonlySet<string>): 0 | 1 | 2 {
  if (needOccupation.uri === source.uri || unitGroup(needOccupation) === unitGroup(source)) return 2;
  if (minorGroup(needOccupation) === minorGroup(source)) return 1;
  if (subMajorGroup(needOccupation) === subMajorGroup(source) && sharedSpecificSkills(needOccupation, source, generic) >= 1) return 1;
  return 0;
}

/**
 * The set's own place and hours model (geometry and arithmetic, not the engine's code): the
 * workplace is the home or an acceptable municipality, within the commuting radius, or both sides
 * allow remote work; and hours, when both give them, overlap.
 */
export function feasibleBySetModel(need: MatchNeed, profile: MatchProfile): boolean {
  const place =
    (need.remote && profile.remoteOk) ||
    need.municipalityCode === null ||
    profile.homeMunicipalityCode === need.municipalityCode ||
    profile.acceptableMunicipalityCodes.includes(need.municipalityCode) ||
    (profile.commuteRadiusKm !== null && profile.home !== null && need.location !== null && distanceKm(profile.home, need.location) <= profile.commuteRadiusKm);
  if (!place) return false;
  if (need.hoursMin === null || need.hoursMax === null || profile.hoursMin === null || profile.hoursMax === null) return true;
  return Math.max(need.hoursMin, profile.hoursMin) <= Math.min(need.hoursMax, profile.hoursMax);
}

const between = (random: Random, [low, high]: readonly [number, number]) => low + random.next() * (high - low);
const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('fi') + text.slice(1);
const placesOf = (area: string) => EVALUATION_PLACES.filter((place) => place.area === area);

function weighted<T>(random: Random, options: readonly (readonly [number, T])[]): T {
  let roll = random.next() * options.reduce((sum, [weight]) => sum + weight, 0);
  for (const [weight, value] of options) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return options[options.length - 1]![1];
}

/** Needs: major groups round-robin, a unit group in each, an occupation of it; distinct occupations. */
function sampleNeedOccupations(random: Random, index: EscoIndex, count: number): OccupationFacts[] {
  const byMajor = new Map<string, Map<string, OccupationFacts[]>>();
  for (const occupation of index.occupations.values()) {
    if (occupation.essentialSkills.length < MIN_NEED_ESSENTIALS || occupation.optionalSkills.length < MIN_NEED_OPTIONALS) continue;
    const units = byMajor.get(majorGroup(occupation)) ?? new Map<string, OccupationFacts[]>();
    units.set(unitGroup(occupation), [...(units.get(unitGroup(occupation)) ?? []), occupation]);
    byMajor.set(majorGroup(occupation), units);
  }
  const majors = [...byMajor.keys()].sort();
  const chosen: OccupationFacts[] = [];
  for (let turn = 0; chosen.length < count; turn++) {
    if (majors.length === 0)
      throw new RangeError(`only ${chosen.length} occupations have ≥ ${MIN_NEED_ESSENTIALS} essential and ≥ ${MIN_NEED_OPTIONALS} optional skills; ${count} needs asked`);
    const major = majors[turn % majors.length]!;
    const units = byMajor.get(major)!;
    const unitCodes = [...units.keys()].sort();
    if (unitCodes.length === 0) {
      majors.splice(majors.indexOf(major), 1);
      continue;
    }
    const unit = random.pick(unitCodes);
    const occupations = units.get(unit)!;
    const occupation = occupations.splice(random.int(0, occupations.length - 1), 1)[0]!;
    if (occupations.length === 0) units.delete(unit);
    chosen.push(occupation);
  }
  return chosen;
}

function buildNeed(random: Random, id: string, occupation: OccupationFacts, area: string, label: (uri: string) => string): Omit<HeldOutNeed, 'judgements'> {
  const workplace = random.pick(placesOf(area));
  const employerRequiredSkills = random.sample(occupation.essentialSkills, random.int(1, 3));
  const essentialSkills = [...new Set([...employerRequiredSkills, ...occupation.essentialSkills])];
  const optionalSkills = random.sample(occupation.optionalSkills, random.int(3, 10));
  const openToPrecisionCapable = random.chance(0.4);
  const tasks: MatchTask[] = random.chance(0.4)
    ? random.sample(occupation.essentialSkills, random.int(2, 4)).map((skill, n) => {
        const kind = random.chance(0.6) ? 'CORE' : 'SEPARABLE';
        // Capabilities are ≥ 1, so only a separable task the employer may carve out goes above 1.
        const top = kind === 'SEPARABLE' && openToPrecisionCapable ? 3 : 1;
        return { id: `${id}-task-${n + 1}`, title: capitalise(label(skill)), kind, demands: levels(random, 0, top) };
      })
    : [];
  const hours = weighted(random, [
    [45, { hoursMin: 35, hoursMax: 40, partTimePossible: false }],
    [20, { hoursMin: 35, hoursMax: 40, partTimePossible: true }],
    [25, { hoursMin: 20, hoursMax: 30, partTimePossible: true }],
    [10, { hoursMin: null, hoursMax: null, partTimePossible: true }],
  ] as const);
  const languages: LanguageRequirement[] = weighted(random, [
    [70, [{ language: 'fi', level: 'B1' }]],
    [10, [{ language: 'fi', level: 'B2' }]],
    [10, [{ language: 'en', level: 'B2' }]],
    [10, []],
  ] as const satisfies readonly (readonly [number, readonly LanguageRequirement[]])[]).map((requirement) => ({ ...requirement }));
  const need: MatchNeed = {
    id,
    occupationUri: occupation.uri,
    iscoGroup: occupation.iscoGroup,
    essentialSkills,
    optionalSkills,
    employerRequiredSkills,
    municipalityCode: workplace.municipalityCode,
    location: { ...workplace.point },
    remote: random.chance(0.05),
    ...hours,
    drivingLicence: random.chance(0.15) ? 'B' : null,
    languages,
    adjustmentsOffered: random.sample(ADJUSTMENTS, random.int(0, 3)),
    measuresOpenTo: random.sample(MEASURES, random.int(0, 3)),
    openToPrecisionCapable,
    tasks,
  };
  const text = [occupation.labelFi, ...essentialSkills.map(label), ...optionalSkills.map(label)].join(', ');
  return { need, text, area };
}

const ADJUSTMENTS = ['WORKING_TIME', 'PHYSICAL_WORKPLACE', 'WORK_TASKS', 'WORK_ENVIRONMENT', 'LANGUAGE_SUPPORT'] as const;
const MEASURES = ['PAY_SUBSIDY', 'APPRENTICESHIP', 'WORK_TRIAL', 'RECRUITMENT_TRAINING', 'JOB_COACHING'] as const;

function levels(random: Random, min: number, max: number): DemandLevels {
  return Object.fromEntries(DEMAND_DIMENSIONS.map((dimension) => [dimension, random.int(min, max)])) as DemandLevels;
}

interface SkillShares {
  /** Shares of the source occupation's essential and optional ESCO skills. */
  essential: readonly [number, number];
  optional: readonly [number, number];
  /** How many skills of the generic pool. */
  generic: readonly [number, number];
}

/** Skill shares by kind (docs/matching-evaluation.md, set 2 revision 2). */
export const SKILL_SHARES: Readonly<Record<HeldOutKind, SkillShares>> = {
  SKILLS_ONLY: { essential: [0.1, 0.4], optional: [0.3, 0.7], generic: [0, 3] },
  OPTIONAL_HEAVY: { essential: [0.1, 0.25], optional: [0.6, 1], generic: [0, 3] },
  OCCUPATION_STATED: { essential: [0.3, 0.6], optional: [0.1, 0.4], generic: [0, 3] },
  RELATED_TRADE: { essential: [0.3, 0.6], optional: [0.1, 0.4], generic: [0, 3] },
  RELATED_NO_SHARED_SKILL: { essential: [0.3, 0.6], optional: [0.1, 0.4], generic: [0, 3] },
  NEIGHBOUR: { essential: [0.3, 0.6], optional: [0.1, 0.4], generic: [3, 6] },
  GENERIC_NOISE: { essential: [0.2, 0.5], optional: [0, 0], generic: [4, 8] },
  INFEASIBLE_PLACE: { essential: [0.3, 0.6], optional: [0.1, 0.4], generic: [0, 3] },
  INFEASIBLE_HOURS: { essential: [0.3, 0.6], optional: [0.1, 0.4], generic: [0, 3] },
  BACKGROUND: { essential: [0.3, 0.6], optional: [0.1, 0.4], generic: [0, 3] },
};

/** Share of profiles of a kind that list their occupation (the rest list none). */
const LISTS_OCCUPATION: Readonly<Record<HeldOutKind, number>> = {
  SKILLS_ONLY: 0,
  OPTIONAL_HEAVY: 0.3,
  OCCUPATION_STATED: 1,
  RELATED_TRADE: 0.7,
  RELATED_NO_SHARED_SKILL: 1,
  NEIGHBOUR: 0.5,
  GENERIC_NOISE: 0.5,
  INFEASIBLE_PLACE: 1,
  INFEASIBLE_HOURS: 1,
  BACKGROUND: 0.6,
};

interface Draft {
  kind: HeldOutKind;
  source: OccupationFacts;
  forNeed: Omit<HeldOutNeed, 'judgements'>;
  /** Skills the profile must not list (a related trade sharing no skill with the need). */
  excluded?: ReadonlySet<string>;
}

class ProfileBuilder {
  private readonly minorMembers = new Map<string, OccupationFacts[]>();
  private readonly subMajorMembers = new Map<string, OccupationFacts[]>();

  constructor(
    private readonly random: Random,
    private readonly index: EscoIndex,
    private readonly label: (uri: string) => string,
    private readonly generic: readonly string[],
  ) {
    for (const occupation of index.occupations.values()) {
      for (const [map, key] of [
        [this.minorMembers, minorGroup(occupation)],
        [this.subMajorMembers, subMajorGroup(occupation)],
      ] as const) {
        map.set(key, [...(map.get(key) ?? []), occupation]);
      }
    }
  }

  build({ kind, source, forNeed, excluded }: Draft): Omit<HeldOutProfile, 'profile'> & { profile: Omit<MatchProfile, 'id'> } {
    const random = this.random;
    const ageGroup: AgeGroup = weighted(random, [
      [15, 'YOUNG'],
      [65, 'MIDDLE'],
      [20, 'OVER_55'],
    ] as const);
    const shares = SKILL_SHARES[kind];
    const youth = ageGroup === 'YOUNG' ? 0.7 : 1;
    const allowed = (uri: string) => !excluded?.has(uri);
    const essentialPool = source.essentialSkills.filter(allowed);
    const optionalPool = source.optionalSkills.filter(allowed);
    const essential = random.sample(essentialPool, Math.max(1, Math.round(essentialPool.length * between(random, shares.essential) * youth)));
    const optional = random.sample(optionalPool, Math.round(optionalPool.length * between(random, shares.optional)));
    // Generic skills the source occupation does not list itself, so the shares above stay exact.
    const own = new Set(skillsOf(source));
    const generic = random.sample(
      this.generic.filter((uri) => !own.has(uri)),
      random.int(shares.generic[0], shares.generic[1]),
    );
    const career = ageGroup === 'OVER_55' ? this.careerSkills(source) : [];
    const skills = random.shuffle([...new Set([...essential, ...optional, ...career, ...generic])].filter((uri) => !excluded?.has(uri)));

    const lists = random.chance(LISTS_OCCUPATION[kind]);
    const wished = lists && (ageGroup === 'YOUNG' || random.chance(0.25));
    const occupations = lists && !wished ? [source.uri] : [];
    const wishedOccupations = lists && wished ? [source.uri] : [];

    const { home, homeArea, commuteRadiusKm, acceptableMunicipalityCodes, remoteOk } = this.place(kind, forNeed.area);
    const hours = kind === 'INFEASIBLE_HOURS' ? { hoursMin: 4, hoursMax: random.pick([6, 8]) } : random.pick(REGULAR_HOURS);
    const learner = random.chance(0.15);
    const precisionCapable = random.chance(0.2);
    const capability = precisionCapable ? precisionCapability(random) : null;
    const profile: Omit<MatchProfile, 'id'> = {
      matchingConsent: true,
      skills,
      occupations,
      wishedOccupations,
      iscoGroups: lists ? [source.iscoGroup] : [],
      homeMunicipalityCode: home.municipalityCode,
      home: { ...home.point },
      commuteRadiusKm,
      acceptableMunicipalityCodes,
      remoteOk,
      ...hours,
      languages: learner ? learnerLanguages(random) : fluentLanguages(random),
      drivingLicences: weighted(random, [
        [65, ['B']],
        [10, ['B', 'C']],
        [25, []],
      ] as const).slice(),
      capability,
      adjustmentsNeeded: capability ? random.sample(ADJUSTMENTS, random.int(0, 2)) : [],
    };
    const text = [...occupations, ...wishedOccupations]
      .map((uri) => this.index.occupations.get(uri)!.labelFi)
      .concat(skills.map(this.label))
      .join(', ');
    return { profile, text, kind, sourceOccupationUri: source.uri, generatedForNeedId: forNeed.need.id, ageGroup, homeArea };
  }

  /** One to three essential skills of another occupation of the minor group (else the sub-major group): a long career. */
  private careerSkills(source: OccupationFacts): string[] {
    const others = (this.minorMembers.get(minorGroup(source)) ?? []).filter((other) => other.uri !== source.uri && other.essentialSkills.length > 0);
    const pool = others.length > 0 ? others : (this.subMajorMembers.get(subMajorGroup(source)) ?? []).filter((other) => other.uri !== source.uri && other.essentialSkills.length > 0);
    return pool.length > 0 ? this.random.sample(this.random.pick(pool).essentialSkills, this.random.int(1, 3)) : [];
  }

  private place(kind: HeldOutKind, needArea: string) {
    const random = this.random;
    let homeArea: string;
    let acceptable: string[];
    let remoteOk: boolean;
    if (kind === 'INFEASIBLE_PLACE') {
      const areaPlaces = placesOf(needArea);
      const far = EVALUATION_PLACES.filter((place) => areaPlaces.every((other) => distanceKm(place.point, other.point) > FAR_KM));
      const home = random.pick(far);
      homeArea = home.area;
      acceptable = placesOf(homeArea).map((place) => place.municipalityCode);
      remoteOk = false;
      return this.placeOf(home, homeArea, acceptable, remoteOk);
    }
    if (kind === 'BACKGROUND') {
      const home = random.pick(EVALUATION_PLACES);
      acceptable = random.chance(0.5) ? placesOf(home.area).map((place) => place.municipalityCode) : [];
      return this.placeOf(home, home.area, acceptable, random.chance(0.15));
    }
    // Lives in the need's area and accepts all of it.
    const home = random.pick(placesOf(needArea));
    return this.placeOf(home, needArea, placesOf(needArea).map((place) => place.municipalityCode), random.chance(0.2));
  }

  private placeOf(home: EvaluationPlace, homeArea: string, acceptable: readonly string[], remoteOk: boolean) {
    return {
      home,
      homeArea,
      commuteRadiusKm: this.random.chance(0.5) ? this.random.pick(RADII_KM) : null,
      acceptableMunicipalityCodes: acceptable.filter((code) => code !== home.municipalityCode).sort(),
      remoteOk,
    };
  }
}

/** Every regular range overlaps every need's hours; infeasible-by-hours profiles get 4–6 or 4–8 h. */
const REGULAR_HOURS = [
  { hoursMin: null, hoursMax: null },
  { hoursMin: 20, hoursMax: 40 },
  { hoursMin: 25, hoursMax: 37.5 },
  { hoursMin: 25, hoursMax: 40 },
] as const;

function precisionCapability(random: Random): DemandLevels {
  const capability = levels(random, 1, 3) as Record<string, number>;
  capability[random.pick(DEMAND_DIMENSIONS)] = random.int(1, 2);
  return capability as DemandLevels;
}

function learnerLanguages(random: Random): LanguageRequirement[] {
  const first = random.pick(['ar', 'ru', 'so']);
  return [
    { language: first, level: 'NATIVE' },
    { language: 'fi', level: random.pick(['A2', 'B1'] as const) },
    ...(random.chance(0.5) ? [{ language: 'en', level: 'B1' as const }] : []),
  ];
}

function fluentLanguages(random: Random): LanguageRequirement[] {
  return weighted(random, [
    [70, [{ language: 'fi', level: 'NATIVE' }, { language: 'en', level: 'B2' }]],
    [10, [{ language: 'sv', level: 'NATIVE' }, { language: 'fi', level: 'C1' }]],
    [20, [{ language: 'fi', level: 'NATIVE' }]],
  ] as const satisfies readonly (readonly [number, readonly LanguageRequirement[]])[]).map((requirement) => ({ ...requirement }));
}

export function generateHeldOutSet(esco: EscoInput, options: Partial<HeldOutSetOptions> = {}): HeldOutSet {
  const settings = { ...DEFAULT_HELD_OUT_OPTIONS, ...options };
  if (!Number.isInteger(settings.needs) || settings.needs < 1) throw new RangeError('needs must be a positive integer');
  const random = createRandom(settings.seed);
  const index = indexEsco(esco);
  const label = (uri: string) => index.skillLabels.get(uri) ?? uri;
  const genericSkills = genericSkillPool(index.occupations.values(), settings.genericSkills);
  const generic = new Set(genericSkills);

  const needOccupations = sampleNeedOccupations(random, index, settings.needs);
  const needUris = new Set(needOccupations.map((occupation) => occupation.uri));
  const needs = needOccupations.map((occupation, i) =>
    buildNeed(random, `h-need-${String(i + 1).padStart(4, '0')}`, occupation, NEED_AREAS[i % NEED_AREAS.length]!, label),
  );

  // Sources of related, neighbour, noise and background profiles are never a need's own occupation.
  const sources = [...index.occupations.values()].filter((occupation) => occupation.essentialSkills.length >= MIN_SOURCE_ESSENTIALS && !needUris.has(occupation.uri));
  const builder = new ProfileBuilder(random, index, label, genericSkills);
  const drafts: ReturnType<ProfileBuilder['build']>[] = [];
  needs.forEach((forNeed, i) => {
    const occupation = index.occupations.get(forNeed.need.occupationUri!)!;
    const draft = (kind: HeldOutKind, source: OccupationFacts, excluded?: ReadonlySet<string>) => drafts.push(builder.build({ kind, source, forNeed, excluded }));
    for (const kind of ['SKILLS_ONLY', 'OPTIONAL_HEAVY', 'OCCUPATION_STATED', 'INFEASIBLE_PLACE'] as const) {
      for (let n = 0; n < PROFILES_PER_NEED[kind]; n++) draft(kind, occupation);
    }
    if (forNeed.need.hoursMin !== null) for (let n = 0; n < PROFILES_PER_NEED.INFEASIBLE_HOURS; n++) draft('INFEASIBLE_HOURS', occupation);

    // Related trades: one of each ISCO distance that has an occupation (unit, minor, sub-major group).
    const siblings = sources.filter((other) => unitGroup(other) === unitGroup(occupation));
    const minor = sources.filter((other) => minorGroup(other) === minorGroup(occupation) && unitGroup(other) !== unitGroup(occupation));
    const subMajor = sources.filter((other) => subMajorGroup(other) === subMajorGroup(occupation) && minorGroup(other) !== minorGroup(occupation));
    const overlappingSubMajor = subMajor.filter((other) => sharedSpecificSkills(occupation, other, generic) >= 1);
    const related = [siblings, minor, overlappingSubMajor.length > 0 ? overlappingSubMajor : subMajor].filter((pool) => pool.length > 0);
    for (const pool of related.slice(0, PROFILES_PER_NEED.RELATED_TRADE)) draft('RELATED_TRADE', random.pick(pool));
    // A close relative whose profile shares no skill with the need.
    const close = siblings.length > 0 ? siblings : minor;
    const needOwn = new Set([...skillsOf(occupation), ...forNeed.need.essentialSkills, ...forNeed.need.optionalSkills, ...forNeed.need.employerRequiredSkills]);
    const withOwnSkills = close.filter((other) => other.essentialSkills.some((uri) => !needOwn.has(uri)));
    if (withOwnSkills.length > 0) for (let n = 0; n < PROFILES_PER_NEED.RELATED_NO_SHARED_SKILL; n++) draft('RELATED_NO_SHARED_SKILL', random.pick(withOwnSkills), needOwn);

    // Neighbours: ISCO-far occupations sharing the most specific skills with the need's.
    const outside = sources.filter((other) => subMajorGroup(other) !== subMajorGroup(occupation));
    const scored = outside
      .map((other) => ({ other, shared: sharedSpecificSkills(occupation, other, generic) }))
      .filter(({ shared }) => shared >= NEIGHBOUR_SHARED_SKILLS)
      .sort((a, b) => b.shared - a.shared || (a.other.uri < b.other.uri ? -1 : 1))
      .slice(0, 10)
      .map(({ other }) => other);
    const neighbours = scored.length > 0 ? scored : outside.filter((other) => majorGroup(other) === majorGroup(occupation));
    if (neighbours.length > 0) for (let n = 0; n < PROFILES_PER_NEED.NEIGHBOUR; n++) draft('NEIGHBOUR', random.pick(neighbours));

    const otherMajor = sources.filter((other) => majorGroup(other) !== majorGroup(occupation));
    for (let n = 0; n < PROFILES_PER_NEED.GENERIC_NOISE; n++) draft('GENERIC_NOISE', random.pick(otherMajor));
    for (let n = 0; n < PROFILES_PER_NEED.BACKGROUND; n++) draft('BACKGROUND', random.pick(otherMajor));
    settings.onProgress?.(i + 1, needs.length);
  });

  const profiles: HeldOutProfile[] = random.shuffle(drafts).map((item, i) => ({
    ...item,
    profile: { id: `h-profile-${String(i + 1).padStart(5, '0')}`, ...item.profile },
  }));

  // Labels over every pair: the ISCO rule on what the person is, then 0 when the pair is infeasible.
  const labelled = needs.map((item) => {
    const needOccupation = index.occupations.get(item.need.occupationUri!)!;
    const judgements = new Map<string, HeldOutGain>();
    for (const candidate of profiles) {
      const gain = iscoGain(needOccupation, index.occupations.get(candidate.sourceOccupationUri)!, generic);
      if (gain > 0 && feasibleBySetModel(item.need, candidate.profile)) judgements.set(candidate.profile.id, gain as HeldOutGain);
    }
    return { ...item, judgements };
  });
  return { needs: labelled, profiles, occupations: index.occupations, genericSkills };
}
