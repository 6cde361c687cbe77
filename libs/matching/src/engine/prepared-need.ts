// A need turned once into the sets, masks and tables that scoring reads for every profile.
import { iscoRelations, RELATION } from './match-parts';
import { PreparedContext, prepareContext, RelatedOccupations } from './occupation-relatedness';
import {
  adjustmentMask,
  bitCount,
  DIMENSIONS_COVERED_BY_MASK,
  DRIVING_LICENCE_INCLUDES,
  ESSENTIAL_SKILL_WEIGHT,
  LANGUAGE_LEVELS,
  MAX_LEVEL,
  REQUIRED_SKILL_WEIGHT,
  WEIGHT_SCALE,
} from './match-rules';
import { DEMAND_DIMENSIONS, GeoPoint, LanguageRequirement, MatchContext, MatchNeed, MatchTask } from './match.types';

export interface PreparedTask {
  task: MatchTask;
  /** Demand per dimension in DEMAND_DIMENSIONS order, rounded and clamped to 0…3. */
  demands: Int8Array;
}

export interface PreparedLanguage {
  requirement: LanguageRequirement;
  /** Lower-cased ISO 639-1 code. */
  language: string;
  /** Index in LANGUAGE_LEVELS. */
  level: number;
}

export interface PreparedNeed {
  need: MatchNeed;
  context: PreparedContext;
  /**
   * Essential skills, de-duplicated, employer-required first (both in the need's order). An
   * employer-required skill missing from essentialSkills still counts as essential.
   */
  essentialSkills: readonly string[];
  /** Weight of each entry of essentialSkills: REQUIRED_SKILL_WEIGHT or ESSENTIAL_SKILL_WEIGHT, times the skill's specificity, times WEIGHT_SCALE (an integer). */
  essentialWeights: readonly number[];
  /** Their sum, added up in order (as scoring adds the held ones). */
  essentialTotalWeight: number;
  /** Optional skills, de-duplicated, without those already essential. */
  optionalSkills: readonly string[];
  /** Specificity of each optional skill times WEIGHT_SCALE (an integer). */
  optionalWeights: readonly number[];
  optionalTotalWeight: number;
  /** skill → its index in essentialSkills, or essentialSkills.length + its index in optionalSkills. */
  skillPositions: ReadonlyMap<string, number>;
  occupationUri: string | null;
  /** The need's ISCO group, or the context's group of its occupation. */
  iscoGroup: string | null;
  /** Context occupations sharing essential skills with the need's occupation, for SHARED_SKILLS. */
  related: RelatedOccupations | null;
  /** Relation bits and Jaccard of any occupation to the need's, memoised (for inferred occupations). */
  relationTo(occupationUri: string): OccupationRelationFacts;
  hasPlace: boolean;
  municipalityCode: string | null;
  location: GeoPoint | null;
  /** NaN when not given. */
  hoursMin: number;
  hoursMax: number;
  tasks: readonly PreparedTask[];
  offeredMask: number;
  /** Dimensions (mask) the offered adjustments can lower by one level. */
  coverableDimensions: number;
  languageSupport: boolean;
  /** adjustments part for each mask of adjustments a person needs. */
  adjustmentScoreByNeededMask: Float64Array;
  languages: readonly PreparedLanguage[];
  /** Upper-cased class required, or null. */
  drivingLicence: string | null;
  /** Classes whose holder meets the requirement: the class itself and every class that includes it. */
  licenceSatisfiers: ReadonlySet<string>;
}

export interface OccupationRelationFacts {
  /** RELATION bits. */
  relations: number;
  /** Jaccard of essential skills with the need's occupation; 0 when under the minimum. */
  jaccard: number;
}

export function normalizeLevel(value: number | null | undefined): number {
  if (value === null || value === undefined || !Number.isFinite(value)) return MAX_LEVEL;
  return Math.min(MAX_LEVEL, Math.max(0, Math.round(value)));
}

export const normalizeLanguage = (language: string): string => language.trim().toLowerCase();
export const normalizeLicence = (licence: string): string => licence.trim().toUpperCase();
export const languageLevelIndex = (level: string): number => LANGUAGE_LEVELS.indexOf(level as (typeof LANGUAGE_LEVELS)[number]);
const orNaN = (value: number | null) => (value === null || !Number.isFinite(value) ? Number.NaN : value);

export function prepareNeed(need: MatchNeed, context: MatchContext): PreparedNeed {
  const preparedContext = prepareContext(context);

  const required = new Set(need.employerRequiredSkills);
  const essentialSkills: string[] = [];
  const essentialWeights: number[] = [];
  const seen = new Set<string>();
  for (const skill of [...need.employerRequiredSkills, ...need.essentialSkills]) {
    if (seen.has(skill)) continue;
    seen.add(skill);
    essentialSkills.push(skill);
    essentialWeights.push(Math.round((required.has(skill) ? REQUIRED_SKILL_WEIGHT : ESSENTIAL_SKILL_WEIGHT) * preparedContext.specificity(skill) * WEIGHT_SCALE));
  }
  const optionalSkills: string[] = [];
  const optionalWeights: number[] = [];
  for (const skill of need.optionalSkills) {
    if (seen.has(skill)) continue;
    seen.add(skill);
    optionalSkills.push(skill);
    optionalWeights.push(Math.round(preparedContext.specificity(skill) * WEIGHT_SCALE));
  }
  const iscoGroup = need.iscoGroup ?? (need.occupationUri ? preparedContext.iscoGroup(need.occupationUri) : null);
  const related = need.occupationUri ? preparedContext.relatedOccupations(need.occupationUri) : null;
  const relations = new Map<string, OccupationRelationFacts>();
  const relationTo = (occupationUri: string): OccupationRelationFacts => {
    let facts = relations.get(occupationUri);
    if (!facts) {
      const group = preparedContext.iscoGroup(occupationUri);
      facts = {
        relations: (occupationUri === need.occupationUri ? RELATION.SAME_OCCUPATION : 0) | iscoRelations(iscoGroup, group === null ? [] : [group]),
        jaccard: related?.byUri.get(occupationUri) ?? 0,
      };
      relations.set(occupationUri, facts);
    }
    return facts;
  };

  const occupationUri = need.occupationUri;
  const offeredMask = adjustmentMask(need.adjustmentsOffered);
  const adjustmentScoreByNeededMask = new Float64Array(32);
  for (let needed = 0; needed < 32; needed++) {
    const count = bitCount(needed);
    adjustmentScoreByNeededMask[needed] = count === 0 ? 1 : 1 - bitCount(needed & ~offeredMask) / count;
  }

  const drivingLicence = need.drivingLicence && need.drivingLicence.trim() ? normalizeLicence(need.drivingLicence) : null;
  const licenceSatisfiers = new Set<string>();
  if (drivingLicence) {
    licenceSatisfiers.add(drivingLicence);
    for (const [held, includes] of Object.entries(DRIVING_LICENCE_INCLUDES)) if (includes.includes(drivingLicence)) licenceSatisfiers.add(held);
  }

  // A workplace with a coordinate that is not a finite number is no workplace.
  const location = need.location && Number.isFinite(need.location.latitude) && Number.isFinite(need.location.longitude) ? need.location : null;

  const languages: PreparedLanguage[] = [];
  for (const requirement of need.languages) {
    const level = languageLevelIndex(requirement.level);
    languages.push({ requirement, language: normalizeLanguage(requirement.language), level: level < 0 ? 0 : level });
  }

  return {
    need,
    context: preparedContext,
    essentialSkills,
    essentialWeights,
    essentialTotalWeight: essentialWeights.reduce((sum, weight) => sum + weight, 0),
    optionalSkills,
    optionalWeights,
    optionalTotalWeight: optionalWeights.reduce((sum, weight) => sum + weight, 0),
    skillPositions: new Map([...essentialSkills, ...optionalSkills].map((skill, i) => [skill, i])),
    occupationUri,
    iscoGroup,
    related,
    relationTo,
    hasPlace: need.municipalityCode !== null || location !== null,
    municipalityCode: need.municipalityCode,
    location,
    hoursMin: orNaN(need.hoursMin),
    hoursMax: orNaN(need.hoursMax),
    tasks: need.tasks.map((task) => ({
      task,
      demands: Int8Array.from(DEMAND_DIMENSIONS, (dimension) => {
        const demand = task.demands[dimension];
        return demand === undefined || !Number.isFinite(demand) ? 0 : Math.min(MAX_LEVEL, Math.max(0, Math.round(demand)));
      }),
    })),
    offeredMask,
    coverableDimensions: DIMENSIONS_COVERED_BY_MASK[offeredMask]!,
    languageSupport: need.adjustmentsOffered.includes('LANGUAGE_SUPPORT'),
    adjustmentScoreByNeededMask,
    languages,
    drivingLicence,
    licenceSatisfiers,
  };
}
