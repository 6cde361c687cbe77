// One shape for both labelled sets, so every ranker and metric runs on either: needs with graded
// judgements, profiles with what the slices of the report need (kind, target groups).
import type { MatchNeed, MatchOccupation, MatchProfile } from '../../libs/matching/src/engine/match.types';
import type { LabelledSet } from './labelled-set';
import type { HeldOutSet } from './held-out-set';

/** Profile kinds the report breaks results down by (of profiles labelled relevant or partly relevant). */
export const PROFILE_SLICES = ['OCCUPATION_STATED', 'SKILLS_ONLY', 'OPTIONAL_HEAVY', 'RELATED_TRADE', 'NO_SHARED_SKILL'] as const;
export type ProfileSlice = (typeof PROFILE_SLICES)[number];

export const TARGET_GROUPS = ['PRECISION_CAPABLE', 'LANGUAGE_LEARNER', 'YOUNG', 'OVER_55'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export interface EvaluationNeed {
  need: MatchNeed;
  text: string;
  /** Gain (1 partly relevant, 2 relevant) by profile id; all others 0. */
  judgements: ReadonlyMap<string, number>;
}

export interface EvaluationProfile {
  profile: MatchProfile;
  text: string;
  /** Drawn with few essential and many optional skills (set 2 only). */
  optionalHeavy: boolean;
  /** The occupation the profile was drawn from, when the set knows it (set 2): a pair with another need's occupation is a related trade. */
  sourceOccupationUri?: string;
  targetGroups: readonly TargetGroup[];
}

export interface EvaluationSet {
  key: string;
  name: string;
  needs: readonly EvaluationNeed[];
  profiles: readonly EvaluationProfile[];
  occupations: ReadonlyMap<string, MatchOccupation>;
  /** Target groups the set's generator knows about (set 1 has no ages). */
  targetGroups: readonly TargetGroup[];
}

const FINNISH_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'NATIVE'];

/** Work-ability limits recorded: some dimension below the top level 3. */
export function isPrecisionCapable(profile: MatchProfile): boolean {
  return profile.capability !== null && Object.values(profile.capability).some((level) => level < 3);
}

/** Finnish below B2, or none at all. */
export function isLanguageLearner(profile: MatchProfile): boolean {
  const finnish = profile.languages.filter((language) => language.language.toLowerCase() === 'fi').map((language) => FINNISH_LEVELS.indexOf(language.level));
  return finnish.length === 0 || Math.max(...finnish) < FINNISH_LEVELS.indexOf('B2');
}

/** The profile lists none of the need's essential, optional or employer-required skills. */
export function sharesNoSkill(need: MatchNeed, profile: MatchProfile): boolean {
  const wanted = new Set([...need.essentialSkills, ...need.optionalSkills, ...need.employerRequiredSkills]);
  return !profile.skills.some((skill) => wanted.has(skill));
}

/**
 * The slice of a labelled pair, first match wins: no shared skill with the need; a related trade
 * (drawn from another occupation than the need's — without a known source, a partly relevant
 * pair); optional-heavy when drawn so; skills-only when it lists no occupation; else
 * occupation-stated.
 */
export function sliceOf(gain: number, profile: EvaluationProfile, need: MatchNeed): ProfileSlice | null {
  if (gain <= 0) return null;
  if (sharesNoSkill(need, profile.profile)) return 'NO_SHARED_SKILL';
  const related = profile.sourceOccupationUri !== undefined ? profile.sourceOccupationUri !== need.occupationUri : gain === 1;
  if (related) return 'RELATED_TRADE';
  if (profile.optionalHeavy) return 'OPTIONAL_HEAVY';
  return profile.profile.occupations.length + profile.profile.wishedOccupations.length === 0 ? 'SKILLS_ONLY' : 'OCCUPATION_STATED';
}

function derivedGroups(profile: MatchProfile): TargetGroup[] {
  return [...(isPrecisionCapable(profile) ? (['PRECISION_CAPABLE'] as const) : []), ...(isLanguageLearner(profile) ? (['LANGUAGE_LEARNER'] as const) : [])];
}

export function fromLabelledSet(set: LabelledSet): EvaluationSet {
  return {
    key: 'set1',
    name: 'Set 1 (generated with the engine)',
    needs: set.needs,
    profiles: set.profiles.map((item) => ({ profile: item.profile, text: item.text, optionalHeavy: false, targetGroups: derivedGroups(item.profile) })),
    occupations: set.occupations,
    targetGroups: ['PRECISION_CAPABLE', 'LANGUAGE_LEARNER'],
  };
}

export function fromHeldOutSet(set: HeldOutSet): EvaluationSet {
  return {
    key: 'set2',
    name: 'Set 2 (held out, ISCO-graded, revision 2)',
    needs: set.needs,
    profiles: set.profiles.map((item) => ({
      profile: item.profile,
      text: item.text,
      optionalHeavy: item.kind === 'OPTIONAL_HEAVY',
      sourceOccupationUri: item.sourceOccupationUri,
      targetGroups: [
        ...derivedGroups(item.profile),
        ...(item.ageGroup === 'YOUNG' ? (['YOUNG'] as const) : item.ageGroup === 'OVER_55' ? (['OVER_55'] as const) : []),
      ],
    })),
    occupations: set.occupations,
    targetGroups: TARGET_GROUPS,
  };
}
