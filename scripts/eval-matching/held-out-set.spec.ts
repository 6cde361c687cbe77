import { feasibilityFor } from '../../libs/matching/src/engine';
import { GENERIC_SKILLS, iscoFixture, occupationUri, skillUri } from './isco.fixture';
import { distanceKm, EVALUATION_PLACES } from './finnish-places';
import { feasibleBySetModel, generateHeldOutSet, genericSkillPool, HeldOutSet, iscoGain, NEED_AREAS, SKILL_SHARES, sharedSpecificSkills } from './held-out-set';
import { fromHeldOutSet, isLanguageLearner, isPrecisionCapable, sharesNoSkill, sliceOf } from './evaluation-set';
import { indexEsco } from './esco-index';

const ESCO = iscoFixture();
const OPTIONS = { needs: 8, seed: 11, genericSkills: GENERIC_SKILLS };

describe('generateHeldOutSet', () => {
  const set = generateHeldOutSet(ESCO, OPTIONS);
  const occupation = (uri: string) => set.occupations.get(uri)!;
  const needById = new Map(set.needs.map((item) => [item.need.id, item]));
  const generic = new Set(set.genericSkills);
  const gain = (needUri: string, sourceUri: string) => iscoGain(occupation(needUri), occupation(sourceUri), generic);

  it('is deterministic for a seed and changes with it', () => {
    const again = generateHeldOutSet(ESCO, OPTIONS);
    expect(JSON.stringify(again.profiles)).toBe(JSON.stringify(set.profiles));
    expect(JSON.stringify(again.needs.map((item) => [item.need, [...item.judgements]]))).toBe(JSON.stringify(set.needs.map((item) => [item.need, [...item.judgements]])));
    expect(JSON.stringify(generateHeldOutSet(ESCO, { ...OPTIONS, seed: 12 }).profiles)).not.toBe(JSON.stringify(set.profiles));
  });

  it('samples needs round-robin over the ISCO major groups, distinct occupations, areas in turn', () => {
    const majors = set.needs.map((item) => item.need.iscoGroup!.charAt(0));
    expect(majors.slice(0, 4).sort()).toEqual(['2', '5', '7', '9']);
    expect(majors.slice(4, 8).sort()).toEqual(['2', '5', '7', '9']);
    expect(new Set(set.needs.map((item) => item.need.occupationUri)).size).toBe(8);
    expect(set.needs.map((item) => item.area)).toEqual([...NEED_AREAS, ...NEED_AREAS]);
    for (const item of set.needs) {
      expect(EVALUATION_PLACES.find((place) => place.municipalityCode === item.need.municipalityCode)!.area).toBe(item.area);
      expect(item.need.employerRequiredSkills.length).toBeGreaterThanOrEqual(1);
      expect(item.need.employerRequiredSkills.length).toBeLessThanOrEqual(3);
    }
    expect(() => generateHeldOutSet(ESCO, { ...OPTIONS, needs: 43 })).toThrow(/only 42 occupations/);
  });

  it('takes the generic pool from the most frequent ESCO skills', () => {
    expect([...set.genericSkills].sort()).toEqual(Array.from({ length: GENERIC_SKILLS }, (_, g) => skillUri(`generic-${g + 1}`)).sort());
    const tiny = indexEsco({
      occupations: ['a', 'b', 'c'].map((uri) => ({ uri, iscoGroup: '1111', labelFi: uri })),
      skills: ['x', 'y', 'z'].map((uri) => ({ uri, labelFi: uri })),
      relations: [
        { occupationUri: 'a', skillUri: 'y', relationType: 'essential' },
        { occupationUri: 'b', skillUri: 'y', relationType: 'optional' },
        { occupationUri: 'c', skillUri: 'y', relationType: 'optional' },
        { occupationUri: 'a', skillUri: 'z', relationType: 'optional' },
        { occupationUri: 'b', skillUri: 'z', relationType: 'essential' },
        { occupationUri: 'c', skillUri: 'x', relationType: 'essential' },
      ],
    });
    expect(genericSkillPool(tiny.occupations.values(), 2)).toEqual(['y', 'z']);
  });

  it('grades by the ISCO hierarchy: occupation or unit group 2, minor group 1, sub-major group 1 only with a shared specific skill', () => {
    expect(gain(occupationUri('2511', 1), occupationUri('2511', 1))).toBe(2);
    expect(gain(occupationUri('2511', 1), occupationUri('2511', 2))).toBe(2);
    expect(gain(occupationUri('2511', 1), occupationUri('2512', 2))).toBe(1);
    // Same sub-major group: 1 when a non-generic skill is shared (the sub-major skill of occupations 1), else 0.
    expect(sharedSpecificSkills(occupation(occupationUri('2511', 1)), occupation(occupationUri('2521', 1)), generic)).toBe(1);
    expect(gain(occupationUri('2511', 1), occupationUri('2521', 1))).toBe(1);
    expect(gain(occupationUri('2511', 0), occupationUri('2521', 0))).toBe(0);
    // Generic skills do not count, even when the two occupations share several.
    const both = (a: string, b: string) => occupation(a).optionalSkills.filter((uri) => generic.has(uri) && occupation(b).optionalSkills.includes(uri)).length;
    expect(both(occupationUri('2511', 0), occupationUri('2521', 0))).toBeGreaterThan(0);
    expect(gain(occupationUri('2511', 0), occupationUri('7212', 0))).toBe(0);
    // Across sub-major groups nothing counts, not even shared specific skills (2611-1 lists 2511's unit skills).
    expect(sharedSpecificSkills(occupation(occupationUri('2511', 0)), occupation(occupationUri('2611', 1)), generic)).toBe(2);
    expect(gain(occupationUri('2511', 0), occupationUri('2611', 1))).toBe(0);
  });

  it('labels every pair by the ISCO rule when feasible, 0 otherwise', () => {
    for (const item of set.needs) {
      const own = occupation(item.need.occupationUri!);
      for (const candidate of set.profiles) {
        const graded = iscoGain(own, occupation(candidate.sourceOccupationUri), generic);
        const expected = graded > 0 && feasibleBySetModel(item.need, candidate.profile) ? graded : undefined;
        expect(item.judgements.get(candidate.profile.id)).toBe(expected);
      }
    }
  });

  it('draws the kinds of the design: skills-only profiles list no occupation, others list what they are', () => {
    const kinds = new Map<string, number>();
    for (const item of set.profiles) kinds.set(item.kind, (kinds.get(item.kind) ?? 0) + 1);
    expect(Object.fromEntries(kinds)).toMatchObject({ SKILLS_ONLY: 24, OPTIONAL_HEAVY: 8, OCCUPATION_STATED: 8, INFEASIBLE_PLACE: 8, GENERIC_NOISE: 24, BACKGROUND: 16 });
    expect(kinds.get('RELATED_NO_SHARED_SKILL')).toBe(8);
    for (const item of set.profiles) {
      const listed = [...item.profile.occupations, ...item.profile.wishedOccupations];
      if (item.kind === 'SKILLS_ONLY') {
        expect(listed).toEqual([]);
        expect(item.profile.iscoGroups).toEqual([]);
      } else if (listed.length > 0) {
        expect(listed).toEqual([item.sourceOccupationUri]);
        expect(item.profile.iscoGroups).toEqual([occupation(item.sourceOccupationUri).iscoGroup]);
      }
      if (['OCCUPATION_STATED', 'INFEASIBLE_PLACE', 'INFEASIBLE_HOURS', 'RELATED_NO_SHARED_SKILL'].includes(item.kind)) expect(listed).toHaveLength(1);
      const forNeed = needById.get(item.generatedForNeedId)!;
      const own = forNeed.need.occupationUri!;
      if (['OCCUPATION_STATED', 'SKILLS_ONLY', 'OPTIONAL_HEAVY', 'INFEASIBLE_PLACE', 'INFEASIBLE_HOURS'].includes(item.kind)) expect(item.sourceOccupationUri).toBe(own);
      else expect(set.needs.some((other) => other.need.occupationUri === item.sourceOccupationUri)).toBe(false);
      const distance = (digits: number) => occupation(item.sourceOccupationUri).iscoGroup.slice(0, digits) === occupation(own).iscoGroup.slice(0, digits);
      if (item.kind === 'RELATED_TRADE') expect(distance(2)).toBe(true);
      if (item.kind === 'NEIGHBOUR') {
        expect(distance(2)).toBe(false);
        expect(gain(own, item.sourceOccupationUri)).toBe(0);
      }
      if (item.kind === 'GENERIC_NOISE' || item.kind === 'BACKGROUND') expect(distance(1)).toBe(false);
    }
  });

  it('draws related trades at each ISCO distance, graded by it: unit group 2, minor group 1, sub-major group 1 or 0', () => {
    for (const item of set.needs) {
      const own = item.need.occupationUri!;
      const digits = (uri: string) => [4, 3, 2].find((n) => occupation(uri).iscoGroup.slice(0, n) === occupation(own).iscoGroup.slice(0, n)) ?? 0;
      const related = set.profiles
        .filter((candidate) => candidate.kind === 'RELATED_TRADE' && candidate.generatedForNeedId === item.need.id)
        .sort((a, b) => digits(b.sourceOccupationUri) - digits(a.sourceOccupationUri));
      // One per ISCO distance that has an occupation other than the needs' own.
      const needUris = new Set(set.needs.map((other) => other.need.occupationUri));
      const existing = [4, 3, 2].filter((n) => [...set.occupations.values()].some((other) => !needUris.has(other.uri) && digits(other.uri) === n));
      expect(related.map((candidate) => digits(candidate.sourceOccupationUri))).toEqual(existing);
      for (const candidate of related) {
        const expected = { 4: 2, 3: 1 }[digits(candidate.sourceOccupationUri) as 4 | 3];
        // The fixture's sub-major skill is listed by occupations 1 only: a sub-major relative of another occupation is a hard negative.
        const overlaps = sharedSpecificSkills(occupation(own), occupation(candidate.sourceOccupationUri), generic) > 0;
        expect(item.judgements.get(candidate.profile.id)).toBe(expected ?? (overlaps ? 1 : undefined));
      }
    }
  });

  it('draws a close relative that shares no skill with the need, labelled by its ISCO grade', () => {
    for (const item of set.needs) {
      const [relative, ...others] = set.profiles.filter((candidate) => candidate.kind === 'RELATED_NO_SHARED_SKILL' && candidate.generatedForNeedId === item.need.id);
      expect(others).toEqual([]);
      expect(sharesNoSkill(item.need, relative!.profile)).toBe(true);
      const needOccupation = occupation(item.need.occupationUri!);
      expect(relative!.profile.skills.some((uri) => [...needOccupation.essentialSkills, ...needOccupation.optionalSkills].includes(uri))).toBe(false);
      expect(relative!.profile.skills.length).toBeGreaterThan(0);
      expect(item.judgements.get(relative!.profile.id)).toBe(gain(item.need.occupationUri!, relative!.sourceOccupationUri));
      expect(item.judgements.get(relative!.profile.id)).toBeGreaterThan(0);
    }
  });

  it('sprinkles generic skills of the pool over noise profiles, and noise shares no ISCO relation', () => {
    const noise = set.profiles.filter((item) => item.kind === 'GENERIC_NOISE');
    for (const item of noise.filter((profile) => profile.ageGroup !== 'OVER_55')) {
      const held = item.profile.skills.filter((uri) => generic.has(uri));
      // Generic skills the source does not list itself: at least one exists for every fixture occupation.
      const own = new Set([...occupation(item.sourceOccupationUri).essentialSkills, ...occupation(item.sourceOccupationUri).optionalSkills]);
      const added = held.filter((uri) => !own.has(uri));
      expect(added.length).toBeGreaterThanOrEqual(1);
      expect(added.length).toBeLessThanOrEqual(SKILL_SHARES.GENERIC_NOISE.generic[1]);
      expect(item.profile.skills.every((uri) => own.has(uri) || generic.has(uri))).toBe(true);
    }
    // Noise profiles that share a generic skill with a need they are not labelled for exist: generic skills are the noise.
    expect(noise.some((item) => set.needs.some((need) => !need.judgements.has(item.profile.id) && !sharesNoSkill(need.need, item.profile)))).toBe(true);
  });

  it('keeps few essential skills on skills-only and optional-heavy profiles, as designed', () => {
    const many = [11, 12, 13].flatMap((seed) => generateHeldOutSet(ESCO, { ...OPTIONS, seed }).profiles);
    for (const kind of ['SKILLS_ONLY', 'OPTIONAL_HEAVY'] as const) {
      const [, high] = SKILL_SHARES[kind].essential;
      const [optionalLow] = SKILL_SHARES[kind].optional;
      const drawn = many.filter((item) => item.kind === kind && item.ageGroup !== 'OVER_55');
      expect(drawn.length).toBeGreaterThan(10);
      for (const item of drawn) {
        const source = occupation(item.sourceOccupationUri);
        const held = (skills: string[]) => skills.filter((uri) => item.profile.skills.includes(uri)).length;
        expect(held(source.essentialSkills)).toBeGreaterThanOrEqual(1);
        expect(held(source.essentialSkills)).toBeLessThanOrEqual(Math.max(1, Math.round(source.essentialSkills.length * high)));
        expect(held(source.optionalSkills)).toBeGreaterThanOrEqual(Math.round(source.optionalSkills.length * optionalLow * 0.999));
      }
    }
    expect(SKILL_SHARES.SKILLS_ONLY.essential).toEqual([0.1, 0.4]);
  });

  it('labels infeasible-by-place and by-hours profiles 0 for their need, and the engine excludes them for that reason', () => {
    for (const seed of [1, 2, 3]) {
      const seeded = generateHeldOutSet(ESCO, { ...OPTIONS, seed });
      const needs = new Map(seeded.needs.map((item) => [item.need.id, item]));
      const infeasible = seeded.profiles.filter((item) => item.kind === 'INFEASIBLE_PLACE' || item.kind === 'INFEASIBLE_HOURS');
      expect(infeasible.filter((item) => item.kind === 'INFEASIBLE_HOURS').length).toBeGreaterThan(0);
      for (const item of infeasible) {
        const { need, judgements } = needs.get(item.generatedForNeedId)!;
        expect(judgements.has(item.profile.id)).toBe(false);
        expect(feasibilityFor(need)(item.profile)).toBe(item.kind === 'INFEASIBLE_PLACE' ? 'OUTSIDE_COMMUTE' : 'HOURS_INCOMPATIBLE');
        if (item.kind === 'INFEASIBLE_PLACE') {
          expect(item.profile.remoteOk).toBe(false);
          expect(item.profile.acceptableMunicipalityCodes).not.toContain(need.municipalityCode);
          expect(distanceKm(item.profile.home!, need.location!)).toBeGreaterThan(100);
        } else {
          expect(item.profile.hoursMax).toBeLessThanOrEqual(8);
          expect(need.hoursMin).toBeGreaterThanOrEqual(20);
        }
      }
    }
  });

  it('agrees with the engine: no hard limit excludes a labelled pair', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const seeded: HeldOutSet = generateHeldOutSet(ESCO, { ...OPTIONS, seed });
      const byId = new Map(seeded.profiles.map((item) => [item.profile.id, item.profile]));
      for (const { need, judgements } of seeded.needs) {
        const exclusion = feasibilityFor(need);
        for (const id of judgements.keys()) expect(exclusion(byId.get(id)!)).toBeNull();
      }
    }
  });

  it('draws target groups the engine never sees, and they shape the profile', () => {
    const many = [1, 2, 3, 4, 5, 6].flatMap((seed) => generateHeldOutSet(ESCO, { ...OPTIONS, seed }).profiles);
    const ages = new Set(many.map((item) => item.ageGroup));
    expect(ages).toEqual(new Set(['YOUNG', 'MIDDLE', 'OVER_55']));
    for (const item of many.filter((profile) => profile.ageGroup === 'YOUNG')) expect(item.profile.occupations).toEqual([]);
    expect(many.some((item) => isLanguageLearner(item.profile))).toBe(true);
    expect(many.some((item) => isPrecisionCapable(item.profile))).toBe(true);
    for (const item of many.filter((profile) => isPrecisionCapable(profile.profile))) {
      expect(Object.values(item.profile.capability!).every((level) => level >= 1)).toBe(true);
    }
    const evaluation = fromHeldOutSet(generateHeldOutSet(ESCO, OPTIONS));
    const young = evaluation.profiles.filter((item) => item.targetGroups.includes('YOUNG')).length;
    expect(young).toBe(set.profiles.filter((item) => item.ageGroup === 'YOUNG').length);
  });

  it('slices labelled pairs: no shared skill first, then related trades by source, then the kind', () => {
    const evaluation = fromHeldOutSet(set);
    const profiles = new Map(evaluation.profiles.map((item) => [item.profile.id, item]));
    const kinds = new Map(set.profiles.map((item) => [item.profile.id, item.kind]));
    for (const item of evaluation.needs) {
      for (const [id, gain] of item.judgements) {
        const slice = sliceOf(gain, profiles.get(id)!, item.need);
        const own = profiles.get(id)!.sourceOccupationUri === item.need.occupationUri;
        if (sharesNoSkill(item.need, profiles.get(id)!.profile)) expect(slice).toBe('NO_SHARED_SKILL');
        else if (!own) expect(slice).toBe('RELATED_TRADE');
        else if (kinds.get(id) === 'SKILLS_ONLY') expect(slice).toBe('SKILLS_ONLY');
        else if (kinds.get(id) === 'OPTIONAL_HEAVY') expect(slice).toBe('OPTIONAL_HEAVY');
        if (kinds.get(id) === 'RELATED_NO_SHARED_SKILL' && set.profiles.find((candidate) => candidate.profile.id === id)!.generatedForNeedId === item.need.id) {
          expect(slice).toBe('NO_SHARED_SKILL');
        }
      }
    }
  });

  it('reports progress once per need', () => {
    const progress: string[] = [];
    generateHeldOutSet(ESCO, { ...OPTIONS, needs: 2, onProgress: (done, total) => progress.push(`${done}/${total}`) });
    expect(progress).toEqual(['1/2', '2/2']);
  });
});
