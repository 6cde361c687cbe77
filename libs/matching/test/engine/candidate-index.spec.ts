import { CandidateIndex } from '../../src/engine/candidate-index';
import { CONTEXT, levels, OCCUPATIONS, PLACES, SKILLS, task, warehouseNeed, warehouseProfile } from './match.fixtures';
import { ADJUSTMENT_KEYS, LANGUAGE_LEVELS } from '../../src/engine/match-rules';
import {
  AdjustmentKey,
  DEMAND_DIMENSIONS,
  DemandLevels,
  MatchContext,
  MatchedOutcome,
  MatchNeed,
  MatchOccupation,
  MatchProfile,
  MatchTask,
} from '../../src/engine/match.types';
import { haversineKm } from '../../src/engine/match-parts';
import { prepareNeed } from '../../src/engine/prepared-need';
import { scoreMatch } from '../../src/engine/score-match';
import { createRandom } from '../../../../scripts/lib/seeded-random';

// A small random world: few skills and places so that candidates overlap, tie and get excluded.
const SKILL_POOL = Array.from({ length: 40 }, (_, i) => `http://data.europa.eu/esco/skill/00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
const OCCUPATION_POOL = Array.from({ length: 10 }, (_, i) => `http://data.europa.eu/esco/occupation/00000000-0000-4000-9000-${String(i).padStart(12, '0')}`);
const ISCO = ['9333', '9333', '8344', '5120', '5120', '2512', '4321', '9112', '5322', '7411'];
const MUNICIPALITIES = [PLACES.tampere, PLACES.pirkkala, PLACES.nokia, PLACES.helsinki, { code: '049', latitude: 60.2055, longitude: 24.6559 }];

function randomWorld(seed: number, profileCount: number, needCount: number) {
  const random = createRandom(seed);
  const occupations = new Map<string, MatchOccupation>(
    OCCUPATION_POOL.map((uri, i) => [uri, { iscoGroup: ISCO[i]!, essentialSkills: random.some(SKILL_POOL, 3, 8), optionalSkills: random.some(SKILL_POOL, 0, 4) }]),
  );
  const context: MatchContext = { occupations };
  const randomLevels = (): DemandLevels => Object.fromEntries(DEMAND_DIMENSIONS.map((d) => [d, random.int(0, 3)])) as unknown as DemandLevels;
  const place = () => random.pick(MUNICIPALITIES);

  const profiles: MatchProfile[] = Array.from({ length: profileCount }, (_, i) => {
    const own = random.some(OCCUPATION_POOL, 0, 2);
    const wished = random.some(OCCUPATION_POOL, 0, 1);
    const home = place();
    const hoursMin = random.chance(0.8) ? random.pick([10, 20, 25, 30, 37.5]) : null;
    return {
      id: `p-${String((i * 7919) % profileCount).padStart(5, '0')}`,
      matchingConsent: random.chance(0.9),
      skills: random.some(SKILL_POOL, 0, 10),
      occupations: own,
      wishedOccupations: wished,
      iscoGroups: [...new Set([...own, ...wished].map((uri) => occupations.get(uri)!.iscoGroup))],
      homeMunicipalityCode: random.chance(0.85) ? home.code : null,
      home: random.chance(0.6) ? { latitude: home.latitude + (random.next() - 0.5) * 0.1, longitude: home.longitude + (random.next() - 0.5) * 0.1 } : null,
      commuteRadiusKm: random.chance(0.7) ? random.pick([5, 10, 20, 50, 200]) : null,
      acceptableMunicipalityCodes: random.some(MUNICIPALITIES, 0, 2).map((m) => m.code),
      remoteOk: random.chance(0.4),
      hoursMin,
      hoursMax: hoursMin === null ? null : Math.min(40, hoursMin + random.pick([0, 5, 10, 20])),
      languages: random.some(['fi', 'sv', 'en', 'so'], 0, 2).map((language) => ({ language, level: random.pick(LANGUAGE_LEVELS) })),
      drivingLicences: random.some(['B', 'C', 'CE', 'D'], 0, 2),
      capability: random.chance(0.3) ? randomLevels() : null,
      adjustmentsNeeded: random.some(ADJUSTMENT_KEYS, 0, 2),
    };
  });

  const needs: MatchNeed[] = Array.from({ length: needCount }, (_, i) => {
    const occupationUri = random.chance(0.8) ? random.pick(OCCUPATION_POOL) : null;
    const essentialSkills = random.some(SKILL_POOL, 0, 8);
    const where = place();
    const hoursMin = random.chance(0.8) ? random.pick([20, 30, 37.5]) : null;
    const tasks: MatchTask[] = Array.from({ length: random.int(0, 3) }, (_, t) => ({
      id: `t${t}`,
      title: `Tehtävä ${t + 1}`,
      kind: random.chance(0.5) ? 'CORE' : 'SEPARABLE',
      demands: randomLevels(),
    }));
    return {
      id: `need-${i}`,
      occupationUri,
      iscoGroup: occupationUri && random.chance(0.5) ? occupations.get(occupationUri)!.iscoGroup : null,
      essentialSkills,
      optionalSkills: random.some(SKILL_POOL, 0, 5),
      employerRequiredSkills: random.some(essentialSkills, 0, 2),
      municipalityCode: random.chance(0.85) ? where.code : null,
      location: random.chance(0.6) ? { latitude: where.latitude, longitude: where.longitude } : null,
      remote: random.chance(0.3),
      hoursMin,
      hoursMax: hoursMin === null ? null : hoursMin + random.pick([0, 7.5]),
      partTimePossible: random.chance(0.4),
      drivingLicence: random.chance(0.3) ? random.pick(['B', 'C']) : null,
      languages: random.some(['fi', 'sv', 'en'], 0, 2).map((language) => ({ language, level: random.pick(LANGUAGE_LEVELS) })),
      adjustmentsOffered: random.some(ADJUSTMENT_KEYS, 0, 3) as AdjustmentKey[],
      measuresOpenTo: [],
      openToPrecisionCapable: random.chance(0.5),
      tasks,
    };
  });
  return { context, profiles, needs };
}

/**
 * What the index must return: every candidate the postings reach (a shared skill, the need's
 * occupation, ISCO unit or minor group, or an occupation related by shared essential skills — the
 * random world has fewer related occupations than the index's bound), scored by scoreMatch, fully
 * sorted: score, then weighted essential skills held, then distance (unknown last), then id.
 */
function bruteForce(need: MatchNeed, profiles: readonly MatchProfile[], k: number, context: MatchContext): MatchedOutcome[] {
  const prepared = prepareNeed(need, context);
  const skills = new Set([...need.essentialSkills, ...need.optionalSkills, ...need.employerRequiredSkills]);
  const isco = prepared.iscoGroup;
  const minor = isco !== null && isco.length >= 3 ? isco.slice(0, 3) : null;
  const byId = new Map(profiles.map((p) => [p.id, p]));
  const essentialHeld = (p: MatchProfile) => prepared.essentialSkills.reduce((sum, skill, i) => (p.skills.includes(skill) ? sum + prepared.essentialWeights[i]! : sum), 0);
  const distance = (p: MatchProfile) =>
    p.home && prepared.location ? haversineKm(p.home.latitude, p.home.longitude, prepared.location.latitude, prepared.location.longitude) : Number.POSITIVE_INFINITY;
  const keys = new Map<string, { essential: number; distance: number }>();
  const key = (id: string) => {
    let found = keys.get(id);
    if (!found) keys.set(id, (found = { essential: essentialHeld(byId.get(id)!), distance: distance(byId.get(id)!) }));
    return found;
  };
  return profiles
    .filter(
      (p) =>
        p.skills.some((s) => skills.has(s)) ||
        (need.occupationUri !== null && [...p.occupations, ...p.wishedOccupations].includes(need.occupationUri)) ||
        (isco !== null && p.iscoGroups.includes(isco)) ||
        (minor !== null && p.iscoGroups.some((group) => group.slice(0, 3) === minor)) ||
        (prepared.related !== null && [...p.occupations, ...p.wishedOccupations].some((uri) => prepared.related!.byUri.has(uri))),
    )
    .map((p) => scoreMatch(need, p, context))
    .filter((o): o is MatchedOutcome => o.matched)
    .sort((a, b) => {
      if (a.score !== b.score) return b.score - a.score;
      const left = key(a.profileId);
      const right = key(b.profileId);
      return (
        right.essential - left.essential ||
        (left.distance === right.distance ? 0 : left.distance < right.distance ? -1 : 1) ||
        (a.profileId < b.profileId ? -1 : a.profileId > b.profileId ? 1 : 0)
      );
    })
    .slice(0, k);
}

describe('CandidateIndex', () => {
  it('upserts, replaces, gets and removes profiles', () => {
    const index = new CandidateIndex();
    index.upsert(warehouseProfile());
    index.upsert(warehouseProfile({ id: 'profile-eero', homeMunicipalityCode: PLACES.nokia.code }));
    expect(index.size).toBe(2);
    index.upsert(warehouseProfile({ skills: [SKILLS.prepareFood], occupations: [OCCUPATIONS.cook], iscoGroups: ['5120'] }));
    expect(index.size).toBe(2);
    expect(index.get('profile-aino')?.skills).toEqual([SKILLS.prepareFood]);
    // The replaced version no longer matches through its old skills and occupation.
    expect(index.match(warehouseNeed(), 10, CONTEXT).map((o) => o.profileId)).toEqual(['profile-eero']);
    expect(index.remove('profile-eero')).toBe(true);
    expect(index.remove('profile-eero')).toBe(false);
    expect(index.size).toBe(1);
    expect(index.get('profile-eero')).toBeNull();
    expect(index.match(warehouseNeed(), 10, CONTEXT)).toEqual([]);
  });

  it('never holds a profile without matching consent: upserting one removes it', () => {
    const index = new CandidateIndex();
    index.upsert(warehouseProfile({ matchingConsent: false }));
    expect(index.size).toBe(0);
    index.upsert(warehouseProfile());
    expect(index.match(warehouseNeed(), 5, CONTEXT)).toHaveLength(1);
    index.upsert(warehouseProfile({ matchingConsent: false }));
    expect(index.size).toBe(0);
    expect(index.get('profile-aino')).toBeNull();
    expect(index.match(warehouseNeed(), 5, CONTEXT)).toEqual([]);
  });

  it('gives back the profile it holds, normalised', () => {
    const index = new CandidateIndex();
    const profile = warehouseProfile({
      skills: [SKILLS.storeGoods, SKILLS.pickOrders, SKILLS.storeGoods],
      wishedOccupations: [OCCUPATIONS.forkliftOperator],
      acceptableMunicipalityCodes: [PLACES.nokia.code, PLACES.pirkkala.code],
      languages: [{ language: 'FI', level: 'C1' }, { language: 'en', level: 'B2' }],
      drivingLicences: ['b', 'C'],
      capability: levels({ LIFTING: 1.4, TIME_PRESSURE: 2 }, 3),
      adjustmentsNeeded: ['WORK_TASKS', 'WORKING_TIME'],
      hoursMin: 20,
      hoursMax: null,
    });
    index.upsert(profile);
    expect(index.get(profile.id)).toEqual({
      ...profile,
      skills: [SKILLS.storeGoods, SKILLS.pickOrders],
      languages: [{ language: 'fi', level: 'C1' }, { language: 'en', level: 'B2' }],
      drivingLicences: ['B', 'C'],
      capability: levels({ LIFTING: 1, TIME_PRESSURE: 2 }, 3),
      adjustmentsNeeded: ['WORKING_TIME', 'WORK_TASKS'],
    });
  });

  it('returns the carved match with its explanation, like scoreMatch', () => {
    const index = new CandidateIndex();
    const need = warehouseNeed({
      openToPrecisionCapable: true,
      tasks: [task('keraily', 'Tilausten keräily', 'CORE', { LIFTING: 2 }), task('kuormat', 'Kuormien purku', 'SEPARABLE', { LIFTING: 3 })],
      adjustmentsOffered: ['PHYSICAL_WORKPLACE'],
    });
    const precise = warehouseProfile({ id: 'profile-precise', capability: levels({ LIFTING: 1 }, 3) });
    index.upsert(precise);
    index.upsert(warehouseProfile({ id: 'profile-strong' }));
    const result = index.match(need, 10, CONTEXT);
    expect(result.map((o) => [o.profileId, o.score])).toEqual([
      ['profile-strong', 0.9011],
      ['profile-precise', 0.8711],
    ]);
    expect(result[1]).toEqual(scoreMatch(need, precise, CONTEXT));
    expect(result[1]!.explanation.carvedOutTaskIds).toEqual(['kuormat']);
    // Not open to carving: the precision-capable profile is excluded, the other stays.
    expect(index.match({ ...need, openToPrecisionCapable: false }, 10, CONTEXT).map((o) => o.profileId)).toEqual(['profile-strong']);
  });

  it('breaks ties by the shorter commute before the profile id', () => {
    const index = new CandidateIndex();
    // Both live in Tampere (the same place part); the one nearer the workplace ranks first.
    const near = warehouseProfile({ id: 'p-z-near', home: { latitude: PLACES.tampere.latitude + 0.01, longitude: PLACES.tampere.longitude } });
    const far = warehouseProfile({ id: 'p-a-far', home: { latitude: PLACES.tampere.latitude + 0.05, longitude: PLACES.tampere.longitude } });
    const unknown = warehouseProfile({ id: 'p-0-unknown', home: null });
    for (const profile of [far, unknown, near]) index.upsert(profile);
    const result = index.match(warehouseNeed(), 3, CONTEXT);
    expect(new Set(result.map((o) => o.score)).size).toBe(1);
    expect(result.map((o) => o.profileId)).toEqual(['p-z-near', 'p-a-far', 'p-0-unknown']);
  });

  it('reaches related trades and related occupations that share no skill with the need', () => {
    const index = new CandidateIndex();
    // A shelf filler (ISCO 9334, the warehouse worker's minor group 933) and a forklift operator
    // (related by shared essential skills), neither listing any skill.
    index.upsert(warehouseProfile({ id: 'p-shelf', skills: [], occupations: ['http://data.europa.eu/esco/occupation/shelf-filler'], iscoGroups: ['9334'] }));
    index.upsert(warehouseProfile({ id: 'p-forklift', skills: [], occupations: [OCCUPATIONS.forkliftOperator], iscoGroups: ['8344'] }));
    index.upsert(warehouseProfile({ id: 'p-cook', skills: [], occupations: [OCCUPATIONS.cook], iscoGroups: ['5120'] }));
    const result = index.match(warehouseNeed(), 10, CONTEXT);
    // Both score 0.4 for the occupation (a related trade; Jaccard 2/5): the tie goes by id.
    expect(result.map((o) => [o.profileId, o.explanation.occupationRelation, o.explanation.parts.occupation])).toEqual([
      ['p-forklift', 'SHARED_SKILLS', 0.4],
      ['p-shelf', 'SAME_ISCO_MINOR_GROUP', 0.4],
    ]);
  });

  it('infers the occupation of a skills-only profile, and again when the context changes', () => {
    const index = new CandidateIndex();
    const skillsOnly = warehouseProfile({ id: 'p-skills', skills: [SKILLS.storeGoods, SKILLS.pickOrders, SKILLS.inventory], occupations: [], iscoGroups: [] });
    index.upsert(skillsOnly);
    const [outcome] = index.match(warehouseNeed(), 5, CONTEXT);
    expect(outcome).toEqual(scoreMatch(warehouseNeed(), skillsOnly, CONTEXT));
    expect(outcome!.explanation.inferredOccupation).toBe(OCCUPATIONS.warehouseWorker);
    // Upserted after the first match: inferred on the way in.
    const later = { ...skillsOnly, id: 'p-later' };
    index.upsert(later);
    expect(index.match(warehouseNeed(), 5, CONTEXT).map((o) => o.explanation.inferredOccupation)).toEqual([OCCUPATIONS.warehouseWorker, OCCUPATIONS.warehouseWorker]);
    // A context without the warehouse worker infers nothing.
    const without: MatchContext = { occupations: new Map([...CONTEXT.occupations].filter(([uri]) => uri !== OCCUPATIONS.warehouseWorker)) };
    const need = warehouseNeed({ occupationUri: OCCUPATIONS.freightHandler });
    expect(index.match(need, 5, without)).toEqual([scoreMatch(need, later, without), scoreMatch(need, skillsOnly, without)]);
  });

  it('orders equal scores by profile id and bounds k', () => {
    const index = new CandidateIndex();
    for (const id of ['p-c', 'p-a', 'p-d', 'p-b']) index.upsert(warehouseProfile({ id }));
    expect(index.match(warehouseNeed(), 3, CONTEXT).map((o) => o.profileId)).toEqual(['p-a', 'p-b', 'p-c']);
    expect(index.match(warehouseNeed(), Number.POSITIVE_INFINITY, CONTEXT).map((o) => o.profileId)).toEqual(['p-a', 'p-b', 'p-c', 'p-d']);
    expect(index.match(warehouseNeed(), 0, CONTEXT)).toEqual([]);
    expect(index.match(warehouseNeed(), Number.NaN, CONTEXT)).toEqual([]);
  });

  it('returns the same top k as brute-force scoring of a random set', () => {
    const { context, profiles, needs } = randomWorld(42, 1500, 60);
    const index = new CandidateIndex();
    for (const profile of profiles) index.upsert(profile);
    expect(index.size).toBe(profiles.filter((p) => p.matchingConsent).length);
    let compared = 0;
    for (const need of needs) {
      for (const k of [1, 10, 50]) {
        const expected = bruteForce(need, profiles, k, context);
        expect(index.match(need, k, context)).toEqual(expected);
        compared += expected.length;
      }
    }
    // The random world is not degenerate: plenty of matches, and exclusions too.
    expect(compared).toBeGreaterThan(2000);
    const outcomes = needs.flatMap((need) => profiles.map((p) => scoreMatch(need, p, context)));
    const reasons = new Set(outcomes.map((o) => (o.matched ? 'MATCHED' : o.reason)));
    expect([...reasons].sort()).toEqual(['CORE_TASK_BEYOND_CAPABILITY', 'HOURS_INCOMPATIBLE', 'MATCHED', 'NO_MATCHING_CONSENT', 'OUTSIDE_COMMUTE']);
  });

  it('agrees with brute force on commutes across the whole country', () => {
    // Homes and workplaces anywhere in Finland, radii up to 150 km: the grid of homes must never
    // leave out someone within reach, whatever cell borders lie between.
    const { context, profiles, needs } = randomWorld(99, 2500, 40);
    const random = createRandom(100);
    const anywhere = () => ({ latitude: 60 + random.next() * 9, longitude: 21 + random.next() * 10 });
    const placed = profiles.map((p) => ({
      ...p,
      home: p.home ? anywhere() : null,
      commuteRadiusKm: p.commuteRadiusKm === null ? null : random.pick([15, 40, 90, 150]),
      remoteOk: false,
    }));
    const commuting = needs.map((n) => ({ ...n, remote: false, municipalityCode: n.municipalityCode ?? PLACES.tampere.code, location: anywhere() }));
    const index = new CandidateIndex();
    for (const profile of placed) index.upsert(profile);
    let within = 0;
    for (const need of commuting) {
      const expected = bruteForce(need, placed, 100, context);
      expect(index.match(need, 100, context)).toEqual(expected);
      within += expected.filter((o) => o.explanation.placeReason === 'WITHIN_RADIUS').length;
    }
    expect(within).toBeGreaterThan(80);
  });

  it('stays equal to brute force after replacements, removals and compaction', () => {
    const { context, profiles, needs } = randomWorld(7, 3000, 25);
    const replacements = randomWorld(8, 3000, 0).profiles;
    const index = new CandidateIndex();
    for (const profile of profiles) index.upsert(profile);
    const live = new Map(profiles.filter((p) => p.matchingConsent).map((p) => [p.id, p]));
    // Replace every third profile, remove every other one.
    profiles.forEach((profile, i) => {
      if (i % 3 === 0) {
        const replacement = { ...replacements[i]!, id: profile.id };
        index.upsert(replacement);
        if (replacement.matchingConsent) live.set(profile.id, replacement);
        else live.delete(profile.id);
      } else if (i % 2 === 0) {
        index.remove(profile.id);
        live.delete(profile.id);
      }
    });
    expect(index.size).toBe(live.size);
    // More than a quarter of the slots died on the way: the index compacted itself.
    expect(index.stats().slots).toBeLessThan(profiles.length + 1000);
    index.compact();
    expect(index.stats()).toMatchObject({ profiles: live.size, slots: live.size, deadSlots: 0 });
    const remaining = [...live.values()];
    for (const need of needs) expect(index.match(need, 20, context)).toEqual(bruteForce(need, remaining, 20, context));
  });
});
