// scoreMatch: one need against one profile, with the explanation a coordinator reads.
import { adjustmentsOfMask, adjustmentMask, ADJUSTMENT_KEYS } from './match-rules';
import { applyHardLimits } from './hard-limits';
import { iscoRelations, languageCredit, occupationPart, occupationRelation, placePart, placeReason, RELATION, round4, skillsPart, weightedTotal } from './match-parts';
import {
  ENGINE_VERSION,
  LanguageRequirement,
  MatchContext,
  MatchExplanation,
  MatchNeed,
  MatchOutcome,
  MatchProfile,
  TaskFit,
} from './match.types';
import { languageLevelIndex, normalizeLanguage, normalizeLicence, PreparedNeed, prepareNeed } from './prepared-need';

export { normalizedCapability } from './hard-limits';

/** Scores one profile for one need. Deterministic: the same input always gives the same output. */
export function scoreMatch(need: MatchNeed, profile: MatchProfile, context: MatchContext): MatchOutcome {
  return scorePrepared(prepareNeed(need, context), profile);
}

/** The highest LANGUAGE_LEVELS index the profile holds per lower-cased language. */
function languageLevels(languages: readonly LanguageRequirement[]): Map<string, number> {
  const levels = new Map<string, number>();
  for (const { language, level } of languages) {
    const key = normalizeLanguage(language);
    const index = languageLevelIndex(level);
    if (index > (levels.get(key) ?? -1)) levels.set(key, index);
  }
  return levels;
}

/** scoreMatch for a need prepared once, when one need is scored against many profiles. */
export function scorePrepared(prepared: PreparedNeed, profile: MatchProfile): MatchOutcome {
  const need = prepared.need;
  const tasks: TaskFit[] = [];
  const limits = applyHardLimits(prepared, profile, tasks);
  if (typeof limits === 'string') return { matched: false, profileId: profile.id, needId: need.id, reason: limits };
  const { place, distanceKm, radiusKm, workingTime, capabilityFit } = limits;

  // Skills.
  const essentialCount = prepared.essentialSkills.length;
  const held = new Uint8Array(essentialCount + prepared.optionalSkills.length);
  for (const skill of profile.skills) {
    const position = prepared.skillPositions.get(skill);
    if (position !== undefined) held[position] = 1;
  }
  const matchedEssentialSkills: string[] = [];
  const missingEssentialSkills: string[] = [];
  let essentialHitWeight = 0;
  for (let i = 0; i < essentialCount; i++) {
    const skill = prepared.essentialSkills[i]!;
    if (held[i] === 1) {
      matchedEssentialSkills.push(skill);
      essentialHitWeight += prepared.essentialWeights[i]!;
    } else missingEssentialSkills.push(skill);
  }
  const matchedOptionalSkills: string[] = [];
  let optionalHitWeight = 0;
  for (let j = 0; j < prepared.optionalSkills.length; j++) {
    if (held[essentialCount + j] === 1) {
      matchedOptionalSkills.push(prepared.optionalSkills[j]!);
      optionalHitWeight += prepared.optionalWeights[j]!;
    }
  }

  // Occupation: the stated occupations, or when none is stated, one inferred from the skills.
  const { relations, bestJaccard, inferredOccupation } = occupationFacts(prepared, profile);

  // Adjustments the person needs.
  const neededMask = adjustmentMask(profile.adjustmentsNeeded);
  const adjustments = prepared.adjustmentScoreByNeededMask[neededMask]!;

  // Language.
  const levels = languageLevels(profile.languages);
  const missingLanguages: LanguageRequirement[] = [];
  let credits = 0;
  for (const requirement of prepared.languages) {
    const have = levels.get(requirement.language) ?? -1;
    if (have < requirement.level) missingLanguages.push({ ...requirement.requirement });
    credits += languageCredit(have, requirement.level, prepared.languageSupport);
  }
  const language = prepared.languages.length === 0 ? 1 : credits / prepared.languages.length;

  // Driving licence.
  const hasLicence = prepared.drivingLicence === null || profile.drivingLicences.some((licence) => prepared.licenceSatisfiers.has(normalizeLicence(licence)));

  const parts = {
    skills: skillsPart(essentialHitWeight, prepared.essentialTotalWeight, optionalHitWeight, prepared.optionalTotalWeight),
    occupation: occupationPart(relations, bestJaccard, inferredOccupation !== null),
    place: placePart(place, distanceKm, radiusKm),
    workingTime,
    capabilityFit,
    adjustments,
    language,
    drivingLicence: hasLicence ? 1 : 0,
  };
  const score = round4(
    weightedTotal(parts.skills, parts.occupation, parts.place, parts.workingTime, parts.capabilityFit, parts.adjustments, parts.language, parts.drivingLicence),
  );

  let reliedMask = 0;
  for (const task of tasks) reliedMask |= adjustmentMask(task.adjustmentsRelied);
  const explanation: MatchExplanation = {
    matchedEssentialSkills,
    missingEssentialSkills,
    matchedOptionalSkills,
    occupationRelation: occupationRelation(relations, bestJaccard),
    inferredOccupation,
    optionalSkillCount: prepared.optionalSkills.length,
    tasks,
    carvedOutTaskIds: tasks.filter((task) => task.outcome === 'CARVED_OUT').map((task) => task.taskId),
    adjustmentsRelied: adjustmentsOfMask(reliedMask),
    adjustmentsNotOffered: ADJUSTMENT_KEYS.filter((key) => (neededMask & ~prepared.offeredMask & (1 << ADJUSTMENT_KEYS.indexOf(key))) !== 0),
    distanceKm: Number.isNaN(distanceKm) ? null : Math.round(distanceKm * 10) / 10,
    placeReason: placeReason(place),
    missingLanguages,
    missingDrivingLicence: hasLicence ? null : prepared.drivingLicence,
    parts: {
      skills: round4(parts.skills),
      occupation: round4(parts.occupation),
      place: round4(parts.place),
      workingTime: round4(parts.workingTime),
      capabilityFit: round4(parts.capabilityFit),
      adjustments: round4(parts.adjustments),
      language: round4(parts.language),
      drivingLicence: parts.drivingLicence,
    },
  };
  return { matched: true, profileId: profile.id, needId: need.id, score, explanation, engineVersion: ENGINE_VERSION };
}

/** Whether a profile states any occupation (worked, wished, or an ISCO group); without one the engine infers it. */
export function statesOccupation(profile: MatchProfile): boolean {
  return profile.occupations.length > 0 || profile.wishedOccupations.length > 0 || profile.iscoGroups.length > 0;
}

/**
 * How the person's occupations relate to the need's: relation bits and the best Jaccard of the
 * stated ones; or, when none is stated, of the occupation inferred from the skills (named only
 * when it relates at all).
 */
export function occupationFacts(prepared: PreparedNeed, profile: MatchProfile): { relations: number; bestJaccard: number; inferredOccupation: string | null } {
  if (prepared.occupationUri === null && prepared.iscoGroup === null) return { relations: 0, bestJaccard: 0, inferredOccupation: null };
  if (!statesOccupation(profile)) {
    const inferred = prepared.context.inferOccupation(profile.skills);
    if (!inferred) return { relations: 0, bestJaccard: 0, inferredOccupation: null };
    const facts = prepared.relationTo(inferred.uri);
    const related = facts.relations !== 0 || occupationPart(facts.relations, facts.jaccard, true) > 0;
    return related ? { relations: facts.relations, bestJaccard: facts.jaccard, inferredOccupation: inferred.uri } : { relations: 0, bestJaccard: 0, inferredOccupation: null };
  }
  let relations = iscoRelations(prepared.iscoGroup, profile.iscoGroups);
  if (prepared.occupationUri !== null && (profile.occupations.includes(prepared.occupationUri) || profile.wishedOccupations.includes(prepared.occupationUri))) {
    relations |= RELATION.SAME_OCCUPATION;
  }
  // The closest of the person's occupations; below SHARED_SKILLS_MIN_JACCARD an occupation is not related.
  let bestJaccard = 0;
  if (prepared.related) {
    for (const occupation of profile.occupations) {
      const value = prepared.related.byUri.get(occupation);
      if (value !== undefined && value > bestJaccard) bestJaccard = value;
    }
    for (const occupation of profile.wishedOccupations) {
      const value = prepared.related.byUri.get(occupation);
      if (value !== undefined && value > bestJaccard) bestJaccard = value;
    }
  }
  return { relations, bestJaccard, inferredOccupation: null };
}
