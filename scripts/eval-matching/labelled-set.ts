// A deterministic labelled set for evaluating matching, generated from ESCO. Pure: parsed ESCO
// rows in, needs, profiles and relevance judgements out.
//
// Relevance of a profile for a need, from the occupation the profile was generated from:
//   2 (relevant)        the need's own occupation;
//   1 (partly relevant) another occupation of the need's ISCO-08 unit group;
//   0                   anything else.
// Every profile labelled 1 or 2 for a need is drawn so that no hard limit (commute, hours, core
// task beyond capability) excludes it from that need, or the label would be unreachable for any
// engine. All needs are in one commuting area and 80 % of profiles accept all of it; the other
// profiles, and all unlabelled pairs, get a realistic spread of place and hours, so hard limits
// still exclude some candidates (see attribute-spreads.ts).
//
// Noise on a profile drawn from an occupation: its essential skills plus 30–60 % of its optional
// ones, of which 20–40 % are dropped; 1–4 unrelated ESCO skills added; the occupation listed as
// worked (50 %) or wished (10 %), a sibling of its ISCO group listed instead (25 %, never another
// need's occupation), or none (15 %). A profile listing none is drawn like a real skills-only
// profile instead: 10–40 % of the essential skills (≥ 1) and 30–70 % of the optional ones, plus
// the unrelated skills (revision 2, docs/matching-evaluation.md).
import type { MatchNeed, MatchProfile, MatchTask } from '../../libs/matching/src/engine/match.types';
import {
  ADJUSTMENTS,
  anyCapability,
  anyProfileHours,
  capabilityWithinTasks,
  MEASURES,
  needHours,
  needLanguages,
  profileDrivingLicences,
  profileLanguages,
  needWorkplace,
  profilePlace,
  reachableProfileHours,
  taskDemands,
} from './attribute-spreads';
import { EscoIndex, EscoInput, indexEsco, OccupationFacts } from './esco-index';
import { createRandom, Random } from '../lib/seeded-random';

export type RelevanceGain = 1 | 2;

/** How a profile was generated: from the need's occupation, from another of its ISCO group, or unrelated. */
export type ProfileKind = 'SAME_OCCUPATION' | 'SAME_ISCO_GROUP' | 'DISTRACTOR';

/** Which occupation the profile lists: its own (worked or wished), a sibling in the ISCO group, or none. */
export type OccupationVariant = 'WORKED' | 'WISHED' | 'RELATED' | 'NONE';

export interface LabelledNeed {
  need: MatchNeed;
  /** Finnish labels of the occupation and all skills: the text baseline's query. */
  text: string;
  /** Profiles with a gain above 0, by profile id; all others are not relevant. */
  judgements: ReadonlyMap<string, RelevanceGain>;
}

export interface LabelledProfile {
  profile: MatchProfile;
  /** Finnish labels of the skills and occupations: the text baseline's document. */
  text: string;
  kind: ProfileKind;
  occupationVariant: OccupationVariant;
  sourceOccupationUri: string;
  /** The need it was generated for; null for distractors. */
  generatedForNeedId: string | null;
}

export interface LabelledSetOptions {
  needs: number;
  profilesPerNeed: number;
  sameGroupProfilesPerNeed: number;
  distractorsPerNeed: number;
  /** A need's occupation has at least this many ESCO essential skills. */
  minEssentialSkills: number;
  seed: number;
  onProgress?: (done: number, total: number) => void;
}

export const DEFAULT_LABELLED_SET_OPTIONS: Readonly<Omit<LabelledSetOptions, 'onProgress'>> = {
  needs: 200,
  profilesPerNeed: 5,
  sameGroupProfilesPerNeed: 2,
  distractorsPerNeed: 2,
  minEssentialSkills: 5,
  seed: 20250101,
};

export interface LabelledSet {
  needs: LabelledNeed[];
  /** Shuffled: list order and ids carry no hint of the labels, so ties cannot favour either ranker. */
  profiles: LabelledProfile[];
  /** Every ESCO occupation with its skills: the engine's MatchContext.occupations. */
  occupations: ReadonlyMap<string, OccupationFacts>;
  skipped: EscoIndex['skipped'];
}

// Noise applied to a profile drawn from an occupation.
const OPTIONAL_SHARE = [0.3, 0.6] as const;
const DROP_SHARE = [0.2, 0.4] as const;
const UNRELATED_SKILLS = [1, 4] as const;
/** Shares of the source's essential and optional skills on a profile that lists no occupation. */
export const SKILLS_ONLY_ESSENTIAL_SHARE = [0.1, 0.4] as const;
export const SKILLS_ONLY_OPTIONAL_SHARE = [0.3, 0.7] as const;
/** Other occupations of a group must have this many essential skills to be a profile source. */
const MIN_SOURCE_ESSENTIAL_SKILLS = 3;

const between = (random: Random, [low, high]: readonly [number, number]) => low + random.next() * (high - low);
const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('fi') + text.slice(1);

export function generateLabelledSet(esco: EscoInput, options: Partial<LabelledSetOptions> = {}): LabelledSet {
  const settings = { ...DEFAULT_LABELLED_SET_OPTIONS, ...options };
  for (const key of ['needs', 'profilesPerNeed', 'sameGroupProfilesPerNeed', 'distractorsPerNeed', 'minEssentialSkills'] as const) {
    if (!Number.isInteger(settings[key]) || settings[key] < 0) throw new RangeError(`${key} must be a non-negative integer`);
  }
  const random = createRandom(settings.seed);
  const index = indexEsco(esco);
  const label = (uri: string) => index.skillLabels.get(uri) ?? uri;

  const eligible = [...index.occupations.values()].filter((occupation) => occupation.essentialSkills.length >= settings.minEssentialSkills);
  if (eligible.length < settings.needs) {
    throw new RangeError(`only ${eligible.length} occupations have ≥ ${settings.minEssentialSkills} essential skills; ${settings.needs} needs asked`);
  }
  const needOccupations = random.sample(eligible, settings.needs);
  const needs = needOccupations.map((occupation, i) => buildNeed(random, `need-${String(i + 1).padStart(4, '0')}`, occupation, label));
  const needsByGroup = new Map<string, MatchNeed[]>();
  for (const { need } of needs) needsByGroup.set(need.iscoGroup!, [...(needsByGroup.get(need.iscoGroup!) ?? []), need]);

  const usableSource = (occupation: OccupationFacts) => occupation.essentialSkills.length >= MIN_SOURCE_ESSENTIAL_SKILLS;
  // Distractors come from groups without any need, so they are not relevant to any need.
  const distractorSources = [...index.occupations.values()].filter((occupation) => usableSource(occupation) && !needsByGroup.has(occupation.iscoGroup));

  const needOccupationUris = new Set(needOccupations.map((occupation) => occupation.uri));
  const drafts: ProfileDraft[] = [];
  const draft = (source: OccupationFacts, kind: ProfileKind, forNeed: MatchNeed | null) => {
    const targets = needsByGroup.get(source.iscoGroup) ?? [];
    // A profile listing a sibling occupation never lists a need's own occupation: otherwise its
    // listed occupation would contradict its label (it claims O but was drawn from O's sibling).
    const siblings = (index.byIscoGroup.get(source.iscoGroup) ?? []).filter((other) => other.uri !== source.uri && !needOccupationUris.has(other.uri));
    drafts.push(buildProfile(random, index, { source, kind, forNeed, targets, siblings }, label));
  };
  needs.forEach(({ need }, i) => {
    const occupation = index.occupations.get(need.occupationUri!)!;
    for (let n = 0; n < settings.profilesPerNeed; n++) draft(occupation, 'SAME_OCCUPATION', need);
    const siblings = (index.byIscoGroup.get(occupation.iscoGroup) ?? []).filter((other) => other.uri !== occupation.uri && usableSource(other));
    if (siblings.length > 0) for (let n = 0; n < settings.sameGroupProfilesPerNeed; n++) draft(random.pick(siblings), 'SAME_ISCO_GROUP', need);
    if (distractorSources.length > 0) for (let n = 0; n < settings.distractorsPerNeed; n++) draft(random.pick(distractorSources), 'DISTRACTOR', null);
    settings.onProgress?.(i + 1, needs.length);
  });

  const profiles: LabelledProfile[] = random.shuffle(drafts).map((item, i) => ({
    ...item,
    profile: { id: `profile-${String(i + 1).padStart(5, '0')}`, ...item.profile },
  }));

  const judgements = new Map(needs.map(({ need }) => [need.id, new Map<string, RelevanceGain>()]));
  for (const item of profiles) {
    const source = index.occupations.get(item.sourceOccupationUri)!;
    for (const need of needsByGroup.get(source.iscoGroup) ?? []) {
      judgements.get(need.id)!.set(item.profile.id, need.occupationUri === source.uri ? 2 : 1);
    }
  }
  return {
    needs: needs.map((item) => ({ ...item, judgements: judgements.get(item.need.id)! })),
    profiles,
    occupations: index.occupations,
    skipped: index.skipped,
  };
}

function buildNeed(random: Random, id: string, occupation: OccupationFacts, label: (uri: string) => string): Omit<LabelledNeed, 'judgements'> {
  const required = random.sample(occupation.essentialSkills, random.int(2, 3));
  // Sometimes the employer insists on a skill ESCO only lists as optional for the occupation.
  const promoted = occupation.optionalSkills.length > 0 && random.chance(0.3) ? random.pick(occupation.optionalSkills) : null;
  const employerRequiredSkills = promoted ? [...required, promoted] : required;
  const essentialSkills = [...new Set([...employerRequiredSkills, ...occupation.essentialSkills])];
  const optionalSkills = random.sample(
    occupation.optionalSkills.filter((uri) => uri !== promoted),
    random.int(5, 12),
  );
  const place = needWorkplace(random);
  const tasks: MatchTask[] = random.chance(0.3)
    ? random.sample(occupation.essentialSkills, random.int(1, 3)).map((skill, n) => ({
        id: `${id}-task-${n + 1}`,
        title: capitalise(label(skill)),
        kind: random.chance(0.7) ? 'CORE' : 'SEPARABLE',
        demands: taskDemands(random),
      }))
    : [];
  const need: MatchNeed = {
    id,
    occupationUri: occupation.uri,
    iscoGroup: occupation.iscoGroup,
    essentialSkills,
    optionalSkills,
    employerRequiredSkills,
    municipalityCode: place.municipalityCode,
    location: { ...place.point },
    remote: random.chance(0.05),
    ...needHours(random),
    drivingLicence: random.chance(0.15) ? 'B' : null,
    languages: needLanguages(random),
    adjustmentsOffered: random.sample(ADJUSTMENTS, random.int(0, 3)),
    measuresOpenTo: random.sample(MEASURES, random.int(0, 3)),
    openToPrecisionCapable: random.chance(0.4),
    tasks,
  };
  const text = [occupation.labelFi, ...essentialSkills.map(label), ...optionalSkills.map(label)].join(', ');
  return { need, text };
}

type ProfileDraft = Omit<LabelledProfile, 'profile'> & { profile: Omit<MatchProfile, 'id'> };

interface ProfileSpec {
  source: OccupationFacts;
  kind: ProfileKind;
  forNeed: MatchNeed | null;
  /** Needs this profile will be labelled relevant or partly relevant for. */
  targets: readonly MatchNeed[];
  /** Occupations it may list instead of its own. */
  siblings: readonly OccupationFacts[];
}

function buildProfile(random: Random, index: EscoIndex, spec: ProfileSpec, label: (uri: string) => string): ProfileDraft {
  const { source, kind, forNeed, targets, siblings } = spec;
  const ownSkills = new Set([...source.essentialSkills, ...source.optionalSkills]);
  const base = [...source.essentialSkills, ...random.sample(source.optionalSkills, Math.round(source.optionalSkills.length * between(random, OPTIONAL_SHARE)))];
  const kept = random.sample(base, base.length - Math.round(base.length * between(random, DROP_SHARE)));
  const unrelated = random.sample(index.relatedSkills, random.int(...UNRELATED_SKILLS)).filter((uri) => !ownSkills.has(uri));
  let skills = random.shuffle([...kept, ...unrelated]);

  const roll = random.next();
  const occupationVariant: OccupationVariant = roll < 0.5 ? 'WORKED' : roll < 0.6 ? 'WISHED' : roll < 0.85 && siblings.length > 0 ? 'RELATED' : roll < 0.85 ? 'WORKED' : 'NONE';
  if (occupationVariant === 'NONE') {
    const essential = random.sample(source.essentialSkills, Math.max(1, Math.round(source.essentialSkills.length * between(random, SKILLS_ONLY_ESSENTIAL_SHARE))));
    const optional = random.sample(source.optionalSkills, Math.round(source.optionalSkills.length * between(random, SKILLS_ONLY_OPTIONAL_SHARE)));
    skills = random.shuffle([...new Set([...essential, ...optional, ...unrelated])]);
  }
  const listed = occupationVariant === 'RELATED' ? random.pick(siblings) : source;
  const occupations = occupationVariant === 'WORKED' || occupationVariant === 'RELATED' ? [listed] : [];
  const wishedOccupations = occupationVariant === 'WISHED' ? [listed] : [];

  const place = profilePlace(random, forNeed, targets);
  const hours = targets.length > 0 ? reachableProfileHours(random, targets) : anyProfileHours(random);
  const labelled = targets.length > 0;
  const capability = random.chance(labelled ? 0.2 : 0.3) ? (labelled ? capabilityWithinTasks(random) : anyCapability(random)) : null;

  const profile: Omit<MatchProfile, 'id'> = {
    matchingConsent: true,
    skills,
    occupations: occupations.map((occupation) => occupation.uri),
    wishedOccupations: wishedOccupations.map((occupation) => occupation.uri),
    iscoGroups: [...new Set([...occupations, ...wishedOccupations].map((occupation) => occupation.iscoGroup))],
    ...place,
    ...hours,
    languages: profileLanguages(random),
    drivingLicences: profileDrivingLicences(random),
    capability,
    adjustmentsNeeded: capability && random.chance(0.4) ? [random.pick(ADJUSTMENTS)] : [],
  };
  const text = [...occupations, ...wishedOccupations].map((occupation) => occupation.labelFi).concat(skills.map(label)).join(', ');
  return { profile, text, kind, occupationVariant, sourceOccupationUri: source.uri, generatedForNeedId: forNeed?.id ?? null };
}
