// scoreMatch: one need against one profile, with the explanation a coordinator reads.
import { adjustmentsOfMask, adjustmentMask, ADJUSTMENT_KEYS, MAX_LEVEL } from './match-rules';
import {
  assessTasks,
  EXCLUDED,
  haversineKm,
  hoursPart,
  languageCredit,
  occupationPart,
  occupationRelation,
  PLACE,
  placeCode,
  placePart,
  placeReason,
  round4,
  skillsPart,
  weightedTotal,
} from './match-parts';
import {
  DEMAND_DIMENSIONS,
  ENGINE_VERSION,
  ExclusionReason,
  LanguageRequirement,
  MatchContext,
  MatchExplanation,
  MatchNeed,
  MatchOutcome,
  MatchProfile,
  TaskFit,
} from './match.types';
import { languageLevelIndex, normalizeLanguage, normalizeLevel, normalizeLicence, PreparedNeed, prepareNeed } from './prepared-need';

/** Scores one profile for one need. Deterministic: the same input always gives the same output. */
export function scoreMatch(need: MatchNeed, profile: MatchProfile, context: MatchContext): MatchOutcome {
  return scorePrepared(prepareNeed(need, context), profile);
}

/** The capability as 6 normalised levels, or null when the profile records no limits. */
export function normalizedCapability(profile: MatchProfile): number[] | null {
  const capability = profile.capability;
  if (!capability) return null;
  const levels = DEMAND_DIMENSIONS.map((dimension) => normalizeLevel(capability[dimension]));
  return levels.every((level) => level === MAX_LEVEL) ? null : levels;
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
  const excluded = (reason: ExclusionReason): MatchOutcome => ({ matched: false, profileId: profile.id, needId: need.id, reason });
  if (!profile.matchingConsent) return excluded('NO_MATCHING_CONSENT');

  // Place.
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
  if (place === PLACE.EXCLUDED) return excluded('OUTSIDE_COMMUTE');

  // Working time.
  const workingTime = hoursPart(
    prepared.hoursMin,
    prepared.hoursMax,
    profile.hoursMin ?? Number.NaN,
    profile.hoursMax ?? Number.NaN,
    need.partTimePossible,
  );
  if (workingTime === EXCLUDED) return excluded('HOURS_INCOMPATIBLE');

  // Precision capability.
  const tasks: TaskFit[] = [];
  const capabilityFit = assessTasks(prepared, normalizedCapability(profile), tasks);
  if (capabilityFit === EXCLUDED) return excluded('CORE_TASK_BEYOND_CAPABILITY');

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
  const matchedOptionalSkills = prepared.optionalSkills.filter((_, j) => held[essentialCount + j] === 1);

  // Occupation.
  const sameOccupation =
    prepared.occupationUri !== null && (profile.occupations.includes(prepared.occupationUri) || profile.wishedOccupations.includes(prepared.occupationUri));
  const sameIscoGroup = prepared.iscoGroup !== null && profile.iscoGroups.includes(prepared.iscoGroup);
  // The closest of the person's occupations; below SHARED_SKILLS_MIN_JACCARD an occupation is not related.
  let bestJaccard = 0;
  if (!sameOccupation && !sameIscoGroup && prepared.related) {
    for (const occupation of [...profile.occupations, ...profile.wishedOccupations]) {
      const value = prepared.related.byUri.get(occupation);
      if (value !== undefined && value > bestJaccard) bestJaccard = value;
    }
  }

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
    skills: skillsPart(essentialHitWeight, prepared.essentialTotalWeight, matchedOptionalSkills.length, prepared.optionalSkills.length),
    occupation: occupationPart(sameOccupation, sameIscoGroup, bestJaccard),
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
    occupationRelation: occupationRelation(sameOccupation, sameIscoGroup, bestJaccard),
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
