import { CONTEXT, levels, OCCUPATIONS, PLACES, SKILLS, task, warehouseNeed, warehouseProfile } from './match.fixtures';
import { haversineKm } from '../../src/engine/match-parts';
import { OCCUPATION_SCORES, OPTIONAL_SATURATION, SCORE_WEIGHTS } from '../../src/engine/match-rules';
import { ENGINE_VERSION, MatchContext, MatchedOutcome, MatchNeed, MatchOccupation, MatchOutcome, MatchProfile, ScoreParts } from '../../src/engine/match.types';
import { prepareContext } from '../../src/engine/occupation-relatedness';
import { scoreMatch } from '../../src/engine/score-match';

const score = (need: MatchNeed, profile: MatchProfile): MatchOutcome => scoreMatch(need, profile, CONTEXT);

function matched(need: MatchNeed, profile: MatchProfile): MatchedOutcome {
  const outcome = score(need, profile);
  if (!outcome.matched) throw new Error(`expected a match, got ${outcome.reason}`);
  return outcome;
}

/** Specificity of a fixture skill: store goods and safety rules are listed by 3 of the 4 occupations, the rest by one. */
const specificity = (skill: string) => prepareContext(CONTEXT).specificity(skill);
const saturated = (held: number, all: number) => (1 - Math.exp(-held / OPTIONAL_SATURATION)) / (1 - Math.exp(-all / OPTIONAL_SATURATION));

const total = (parts: ScoreParts) =>
  (Object.keys(SCORE_WEIGHTS) as (keyof ScoreParts)[]).reduce((sum, key) => sum + SCORE_WEIGHTS[key] * parts[key], 0);

describe('scoreMatch', () => {
  it('scores a full fit and explains every field', () => {
    const outcome = score(warehouseNeed(), warehouseProfile());
    // Essential: forklift (required, 3) + store, pick, safety (2 each) of 11, each times its
    // specificity (store goods and safety rules are generic here: 3 of 4 occupations list them);
    // optional: scanner of 2, on the saturating scale.
    const generic = specificity(SKILLS.storeGoods);
    // 0.2 + 0.8 × ln(5/4) / ln(5/2), rounded to 1/32.
    expect(generic).toBe(Math.round((0.2 + 0.8 * (Math.log(5 / 4) / Math.log(5 / 2))) * 32) / 32);
    expect(specificity(SKILLS.pickOrders)).toBe(1);
    const skills = 0.7 * ((3 + 2 * generic + 2 + 2 * generic) / (3 + 2 * generic + 2 + 2 + 2 * generic)) + 0.3 * saturated(1, 2);
    expect(outcome).toEqual({
      matched: true,
      profileId: 'profile-aino',
      needId: 'need-varasto-tampere',
      score: 0.9011,
      engineVersion: ENGINE_VERSION,
      explanation: {
        matchedEssentialSkills: [SKILLS.operateForklift, SKILLS.storeGoods, SKILLS.pickOrders, SKILLS.safetyRules],
        missingEssentialSkills: [SKILLS.inventory],
        matchedOptionalSkills: [SKILLS.scanner],
        occupationRelation: 'SAME_OCCUPATION',
        inferredOccupation: null,
        optionalSkillCount: 2,
        tasks: [],
        carvedOutTaskIds: [],
        adjustmentsRelied: [],
        adjustmentsNotOffered: [],
        distanceKm: 0,
        placeReason: 'SAME_MUNICIPALITY',
        missingLanguages: [],
        missingDrivingLicence: null,
        parts: { skills: 0.7173, occupation: 1, place: 1, workingTime: 1, capabilityFit: 1, adjustments: 1, language: 1, drivingLicence: 1 },
      },
    });
    expect(skills).toBeCloseTo(0.7173, 4);
    expect(0.35 * skills + 0.65).toBeCloseTo(0.9011, 4);
  });

  it('weights sum to 1 and skills and occupation dominate', () => {
    const weights = Object.values(SCORE_WEIGHTS);
    expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    expect(SCORE_WEIGHTS.skills + SCORE_WEIGHTS.occupation).toBeGreaterThan(0.5);
  });

  it('is deterministic: the same input gives deep-equal outcomes', () => {
    const need = warehouseNeed({ openToPrecisionCapable: true, tasks: [task('t1', 'Keräily', 'CORE', { LIFTING: 2 }), task('t2', 'Asiakaspalvelu', 'SEPARABLE', { CUSTOMER_INTERACTION: 3 })] });
    const profile = warehouseProfile({ capability: levels({ CUSTOMER_INTERACTION: 1 }, 3) });
    const first = score(need, profile);
    for (let i = 0; i < 3; i++) expect(score(need, profile)).toEqual(first);
    if (!first.matched) throw new Error('expected a match');
    // The score is the weighted sum of the parts (shown rounded to 4 decimals), rounded to 4 decimals.
    expect(first.score).toBeCloseTo(total(first.explanation.parts), 3);
    // The full fit (0.9011) less 0.08 × 0.3 for carving out one of two tasks.
    expect(first.score).toBe(0.8771);
  });

  describe('hard limits', () => {
    it('never matches a profile without matching consent', () => {
      expect(score(warehouseNeed(), warehouseProfile({ matchingConsent: false }))).toEqual({
        matched: false,
        profileId: 'profile-aino',
        needId: 'need-varasto-tampere',
        reason: 'NO_MATCHING_CONSENT',
      });
    });

    it('excludes a home beyond the commuting radius', () => {
      const profile = warehouseProfile({ homeMunicipalityCode: PLACES.helsinki.code, home: { latitude: PLACES.helsinki.latitude, longitude: PLACES.helsinki.longitude }, commuteRadiusKm: 50 });
      expect(score(warehouseNeed(), profile)).toMatchObject({ matched: false, reason: 'OUTSIDE_COMMUTE' });
    });

    it('lets remote work override the commute only when both sides allow it', () => {
      const helsinki = { homeMunicipalityCode: PLACES.helsinki.code, home: { latitude: PLACES.helsinki.latitude, longitude: PLACES.helsinki.longitude }, commuteRadiusKm: 50 };
      const remote = matched(warehouseNeed({ remote: true }), warehouseProfile({ ...helsinki, remoteOk: true }));
      expect(remote.explanation.placeReason).toBe('REMOTE');
      expect(remote.explanation.parts.place).toBe(1);
      expect(remote.explanation.distanceKm).toBeCloseTo(160.8, 1);
      expect(score(warehouseNeed({ remote: true }), warehouseProfile({ ...helsinki, remoteOk: false }))).toMatchObject({ reason: 'OUTSIDE_COMMUTE' });
      expect(score(warehouseNeed({ remote: false }), warehouseProfile({ ...helsinki, remoteOk: true }))).toMatchObject({ reason: 'OUTSIDE_COMMUTE' });
    });

    it('falls back to the municipality lists when coordinates are missing', () => {
      const noCoordinates = { homeMunicipalityCode: PLACES.nokia.code, home: null, commuteRadiusKm: 40 };
      expect(score(warehouseNeed(), warehouseProfile(noCoordinates))).toMatchObject({ matched: false, reason: 'OUTSIDE_COMMUTE' });
      const listed = matched(warehouseNeed(), warehouseProfile({ ...noCoordinates, acceptableMunicipalityCodes: [PLACES.tampere.code] }));
      expect(listed.explanation.placeReason).toBe('ACCEPTABLE_MUNICIPALITY');
      expect(listed.explanation.parts.place).toBe(0.9);
      expect(listed.explanation.distanceKm).toBeNull();
    });

    it('keeps a profile whose place cannot be decided, with a low place part', () => {
      const unknown = matched(warehouseNeed(), warehouseProfile({ homeMunicipalityCode: null, home: null, commuteRadiusKm: 25, acceptableMunicipalityCodes: [] }));
      expect(unknown.explanation.placeReason).toBe('UNKNOWN');
      expect(unknown.explanation.parts.place).toBe(0.3);
    });

    it('treats a need without municipality and location as place-neutral', () => {
      const neutral = matched(warehouseNeed({ municipalityCode: null, location: null }), warehouseProfile({ homeMunicipalityCode: PLACES.helsinki.code, home: null, commuteRadiusKm: 5 }));
      expect(neutral.explanation.placeReason).toBe('UNKNOWN');
      expect(neutral.explanation.parts.place).toBe(1);
    });

    it('scores a home within the radius by distance', () => {
      const profile = warehouseProfile({ homeMunicipalityCode: PLACES.pirkkala.code, home: { latitude: PLACES.pirkkala.latitude, longitude: PLACES.pirkkala.longitude }, commuteRadiusKm: 30 });
      const outcome = matched(warehouseNeed(), profile);
      const distance = haversineKm(PLACES.pirkkala.latitude, PLACES.pirkkala.longitude, PLACES.tampere.latitude, PLACES.tampere.longitude);
      expect(distance).toBeCloseTo(7.15, 2);
      expect(outcome.explanation).toMatchObject({ placeReason: 'WITHIN_RADIUS', distanceKm: 7.2 });
      expect(outcome.explanation.parts.place).toBeCloseTo(1 - 0.4 * (distance / 30), 4);
      expect(outcome.explanation.parts.place).toBe(0.9046);
    });

    it('excludes incompatible hours', () => {
      expect(score(warehouseNeed(), warehouseProfile({ hoursMin: 10, hoursMax: 20 }))).toMatchObject({ reason: 'HOURS_INCOMPATIBLE' });
      // Wants at least full time; the job is 20 h at most.
      expect(score(warehouseNeed({ hoursMin: 15, hoursMax: 20, partTimePossible: true }), warehouseProfile({ hoursMin: 37.5, hoursMax: 40 }))).toMatchObject({ reason: 'HOURS_INCOMPATIBLE' });
    });

    it('accepts part-time down to half of the minimum hours when the need allows it', () => {
      const partTime = warehouseNeed({ partTimePossible: true });
      const twenty = matched(partTime, warehouseProfile({ hoursMin: 10, hoursMax: 20 }));
      expect(twenty.explanation.parts.workingTime).toBe(0.5333);
      expect(score(partTime, warehouseProfile({ hoursMin: 10, hoursMax: 18.75 }))).toMatchObject({ matched: true });
      expect(score(partTime, warehouseProfile({ hoursMin: 10, hoursMax: 18.7 }))).toMatchObject({ matched: false, reason: 'HOURS_INCOMPATIBLE' });
    });

    it('does not exclude on hours that are not given', () => {
      expect(matched(warehouseNeed({ hoursMin: null, hoursMax: null }), warehouseProfile()).explanation.parts.workingTime).toBe(0.8);
      expect(matched(warehouseNeed(), warehouseProfile({ hoursMin: null, hoursMax: null })).explanation.parts.workingTime).toBe(0.8);
      expect(matched(warehouseNeed(), warehouseProfile({ hoursMin: 35, hoursMax: null })).explanation.parts.workingTime).toBe(1);
    });
  });

  describe('precision capability and carving', () => {
    const tasks = [
      task('keraily', 'Tilausten keräily', 'CORE', { STANDING_WALKING: 2, LIFTING: 2 }),
      task('trukki', 'Trukin ajo', 'CORE', { COGNITIVE_LOAD: 1, TIME_PRESSURE: 1 }),
      task('kuormat', 'Raskaiden kuormien purku', 'SEPARABLE', { LIFTING: 3, PHYSICAL_STRAIN: 3 }),
    ];
    const lightLifter = levels({ LIFTING: 1, PHYSICAL_STRAIN: 1 }, 3);

    it('excludes a core task beyond capability', () => {
      expect(score(warehouseNeed({ tasks }), warehouseProfile({ capability: levels({ LIFTING: 0 }, 3) }))).toMatchObject({ reason: 'CORE_TASK_BEYOND_CAPABILITY' });
    });

    it('counts a separable task beyond capability like a core one when the employer will not carve', () => {
      expect(score(warehouseNeed({ tasks: [tasks[1]!, tasks[2]!], openToPrecisionCapable: false }), warehouseProfile({ capability: lightLifter }))).toMatchObject({
        matched: false,
        reason: 'CORE_TASK_BEYOND_CAPABILITY',
      });
    });

    it('fits a precision-capable profile to a carved variant and shows what was carved out', () => {
      const need = warehouseNeed({ tasks, openToPrecisionCapable: true, adjustmentsOffered: ['PHYSICAL_WORKPLACE'] });
      const outcome = matched(need, warehouseProfile({ capability: lightLifter }));
      expect(outcome.explanation.tasks).toEqual([
        { taskId: 'keraily', title: 'Tilausten keräily', kind: 'CORE', exceededDimensions: ['LIFTING'], outcome: 'ADJUSTED', adjustmentsRelied: ['PHYSICAL_WORKPLACE'] },
        { taskId: 'trukki', title: 'Trukin ajo', kind: 'CORE', exceededDimensions: [], outcome: 'WITHIN', adjustmentsRelied: [] },
        { taskId: 'kuormat', title: 'Raskaiden kuormien purku', kind: 'SEPARABLE', exceededDimensions: ['PHYSICAL_STRAIN', 'LIFTING'], outcome: 'CARVED_OUT', adjustmentsRelied: [] },
      ]);
      expect(outcome.explanation.carvedOutTaskIds).toEqual(['kuormat']);
      expect(outcome.explanation.adjustmentsRelied).toEqual(['PHYSICAL_WORKPLACE']);
      // One of three tasks adjusted, one carved out.
      expect(outcome.explanation.parts.capabilityFit).toBe(0.75);
      expect(1 - 0.15 / 3 - 0.6 / 3).toBeCloseTo(0.75, 10);
    });

    it('lets an offered adjustment cover a core task exceeded by one level, and not by two', () => {
      const core = [task('keraily', 'Tilausten keräily', 'CORE', { LIFTING: 2, TIME_PRESSURE: 2 })];
      const profile = warehouseProfile({ capability: levels({ LIFTING: 1, TIME_PRESSURE: 1 }, 3) });
      expect(score(warehouseNeed({ tasks: core }), profile)).toMatchObject({ reason: 'CORE_TASK_BEYOND_CAPABILITY' });
      expect(score(warehouseNeed({ tasks: core, adjustmentsOffered: ['WORK_TASKS'] }), profile)).toMatchObject({ reason: 'CORE_TASK_BEYOND_CAPABILITY' });
      const covered = matched(warehouseNeed({ tasks: core, adjustmentsOffered: ['WORK_TASKS', 'WORKING_TIME', 'WORK_ENVIRONMENT'] }), profile);
      expect(covered.explanation.tasks[0]).toMatchObject({ outcome: 'ADJUSTED', exceededDimensions: ['LIFTING', 'TIME_PRESSURE'], adjustmentsRelied: ['WORKING_TIME', 'WORK_TASKS'] });
      expect(covered.explanation.parts.capabilityFit).toBe(0.85);
      const tooHeavy = warehouseProfile({ capability: levels({ LIFTING: 0 }, 3) });
      expect(score(warehouseNeed({ tasks: core, adjustmentsOffered: ['PHYSICAL_WORKPLACE', 'WORK_TASKS', 'WORKING_TIME'] }), tooHeavy)).toMatchObject({ reason: 'CORE_TASK_BEYOND_CAPABILITY' });
    });

    it('treats a null capability as able to do every task', () => {
      const outcome = matched(warehouseNeed({ tasks }), warehouseProfile({ capability: null }));
      expect(outcome.explanation.tasks.map((fit) => fit.outcome)).toEqual(['WITHIN', 'WITHIN', 'WITHIN']);
      expect(outcome.explanation.parts.capabilityFit).toBe(1);
    });
  });

  describe('soft parts', () => {
    it('weighs employer-required essentials most', () => {
      const withoutRequired = matched(warehouseNeed(), warehouseProfile({ skills: [SKILLS.storeGoods, SKILLS.pickOrders, SKILLS.inventory] }));
      const withRequired = matched(warehouseNeed(), warehouseProfile({ skills: [SKILLS.operateForklift, SKILLS.storeGoods, SKILLS.pickOrders] }));
      const generic = specificity(SKILLS.storeGoods);
      const all = 3 + 2 * generic + 2 + 2 + 2 * generic;
      expect(withoutRequired.explanation.parts.skills).toBeCloseTo((0.7 * (2 * generic + 2 + 2)) / all, 4);
      expect(withRequired.explanation.parts.skills).toBeCloseTo((0.7 * (3 + 2 * generic + 2)) / all, 4);
      expect(withRequired.explanation.parts.skills).toBeGreaterThan(withoutRequired.explanation.parts.skills);
      const optionalOnly = matched(warehouseNeed(), warehouseProfile({ skills: [SKILLS.scanner, SKILLS.customerService] }));
      expect(optionalOnly.explanation.parts.skills).toBe(0.3);
    });

    it('weighs a specific skill above a generic one that most occupations list', () => {
      const need = warehouseNeed({ employerRequiredSkills: [] });
      // Store goods: 3 of 4 occupations; pick orders: the warehouse worker's own.
      const generic = matched(need, warehouseProfile({ skills: [SKILLS.storeGoods] }));
      const specific = matched(need, warehouseProfile({ skills: [SKILLS.pickOrders] }));
      expect(specific.explanation.parts.skills).toBeGreaterThan(2 * generic.explanation.parts.skills);
    });

    it('counts optional coverage on a saturating scale: 8 of 40 optional skills outweigh 2 generic essentials', () => {
      // A role with 2 essential skills every occupation lists, 6 of its own and 40 optional skills of its own.
      const generic = ['generic-1', 'generic-2'];
      const essential = [...generic, ...Array.from({ length: 6 }, (_, i) => `essential-${i}`)];
      const optional = Array.from({ length: 40 }, (_, i) => `optional-${i}`);
      const occupations = new Map<string, MatchOccupation>([['role', { iscoGroup: '7411', essentialSkills: essential, optionalSkills: optional }]]);
      for (let i = 0; i < 30; i++) occupations.set(`other-${i}`, { iscoGroup: '5120', essentialSkills: generic, optionalSkills: [] });
      const context: MatchContext = { occupations };
      const need = warehouseNeed({ occupationUri: 'role', iscoGroup: '7411', essentialSkills: essential, optionalSkills: optional, employerRequiredSkills: [] });
      const person = (skills: string[]) => {
        const outcome = scoreMatch(need, warehouseProfile({ skills, occupations: ['other-0'], iscoGroups: ['5120'] }), context);
        if (!outcome.matched) throw new Error('expected a match');
        return outcome;
      };
      const optionalHeavy = person(optional.slice(0, 8));
      const genericOnly = person(generic);
      expect(optionalHeavy.explanation.matchedOptionalSkills).toHaveLength(8);
      expect(optionalHeavy.explanation.optionalSkillCount).toBe(40);
      // 8 of 40 is a fifth linearly; on the saturating scale it is 96 % of the optional share.
      expect(optionalHeavy.explanation.parts.skills).toBeCloseTo(0.3 * saturated(8, 40), 4);
      // The generic essentials keep about a fifth of their weight (6/32): 2 × 2 × 6/32 of that + 6 × 2.
      const floor = prepareContext(context).specificity('generic-1');
      expect(floor).toBe(6 / 32);
      expect(genericOnly.explanation.parts.skills).toBeCloseTo((0.7 * 4 * floor) / (4 * floor + 12), 4);
      expect(optionalHeavy.explanation.parts.skills).toBeGreaterThan(3 * genericOnly.explanation.parts.skills);
    });

    it('relates occupations: same, wished, same ISCO group, shared skills, none', () => {
      const need = warehouseNeed();
      expect(matched(need, warehouseProfile({ occupations: [], wishedOccupations: [OCCUPATIONS.warehouseWorker] })).explanation).toMatchObject({ occupationRelation: 'SAME_OCCUPATION', parts: { occupation: 1 } });
      expect(matched(need, warehouseProfile({ occupations: [OCCUPATIONS.freightHandler], iscoGroups: ['9333'] })).explanation).toMatchObject({ occupationRelation: 'SAME_ISCO_GROUP', parts: { occupation: 0.6 } });
      // Forklift operator shares store goods + safety rules of 5 distinct essentials: 2/5.
      expect(matched(need, warehouseProfile({ occupations: [OCCUPATIONS.forkliftOperator], iscoGroups: ['8344'] })).explanation).toMatchObject({ occupationRelation: 'SHARED_SKILLS', parts: { occupation: 0.4 } });
      expect(matched(need, warehouseProfile({ occupations: [OCCUPATIONS.cook], iscoGroups: ['5120'] })).explanation).toMatchObject({ occupationRelation: 'NONE', parts: { occupation: 0 } });
    });

    it('grades relatedness along the ISCO hierarchy: unit group, minor group (related trade), sub-major group', () => {
      const need = warehouseNeed();
      const inGroups = (...iscoGroups: string[]) => matched(need, warehouseProfile({ occupations: ['http://data.europa.eu/esco/occupation/not-in-context'], iscoGroups })).explanation;
      // 9334 shelf fillers: same minor group 933 (transport and storage labourers).
      expect(inGroups('9334')).toMatchObject({ occupationRelation: 'SAME_ISCO_MINOR_GROUP', parts: { occupation: OCCUPATION_SCORES.SAME_ISCO_MINOR_GROUP } });
      // 9312 construction labourers: same sub-major group 93 only.
      expect(inGroups('9312')).toMatchObject({ occupationRelation: 'SAME_ISCO_SUB_MAJOR_GROUP', parts: { occupation: OCCUPATION_SCORES.SAME_ISCO_SUB_MAJOR_GROUP } });
      // The closest relation counts.
      expect(inGroups('9312', '9334', '5120')).toMatchObject({ occupationRelation: 'SAME_ISCO_MINOR_GROUP' });
      expect(inGroups('9333', '9334')).toMatchObject({ occupationRelation: 'SAME_ISCO_GROUP', parts: { occupation: 0.6 } });
      expect(OCCUPATION_SCORES.SAME_ISCO_GROUP).toBeGreaterThan(OCCUPATION_SCORES.SAME_ISCO_MINOR_GROUP);
      expect(OCCUPATION_SCORES.SAME_ISCO_MINOR_GROUP).toBeGreaterThan(OCCUPATION_SCORES.SAME_ISCO_SUB_MAJOR_GROUP);
    });

    it('infers the occupation from the skills when the person states none, at a reduced weight', () => {
      const need = warehouseNeed();
      const skillsOnly = warehouseProfile({ skills: [SKILLS.storeGoods, SKILLS.pickOrders, SKILLS.inventory, SKILLS.scanner], occupations: [], wishedOccupations: [], iscoGroups: [] });
      const outcome = matched(need, skillsOnly);
      expect(outcome.explanation).toMatchObject({
        occupationRelation: 'SAME_OCCUPATION',
        inferredOccupation: OCCUPATIONS.warehouseWorker,
        parts: { occupation: OCCUPATION_SCORES.INFERRED_SHARE },
      });
      // A stated occupation is never replaced by an inferred one.
      expect(matched(need, warehouseProfile()).explanation.inferredOccupation).toBeNull();
      // Forklift, storing and safety skills suggest the forklift operator: related through shared essential skills.
      const forklift = matched(need, warehouseProfile({ skills: [SKILLS.operateForklift, SKILLS.storeGoods, SKILLS.safetyRules], occupations: [], iscoGroups: [] }));
      expect(forklift.explanation).toMatchObject({ occupationRelation: 'SHARED_SKILLS', inferredOccupation: OCCUPATIONS.forkliftOperator, parts: { occupation: 0.28 } });
      // Cooking skills suggest the cook: unrelated to the warehouse, so nothing is inferred for this need.
      const cook = matched(need, warehouseProfile({ skills: [SKILLS.prepareFood, SKILLS.hygiene, SKILLS.customerService], occupations: [], iscoGroups: [] }));
      expect(cook.explanation).toMatchObject({ occupationRelation: 'NONE', inferredOccupation: null, parts: { occupation: 0 } });
      // Too little to go on: one shared skill infers nothing.
      expect(matched(need, warehouseProfile({ skills: [SKILLS.pickOrders], occupations: [], iscoGroups: [] })).explanation.inferredOccupation).toBeNull();
    });

    it('reduces the language part for missing levels and softens it with language support', () => {
      const need = warehouseNeed({ languages: [{ language: 'fi', level: 'B2' }, { language: 'sv', level: 'A2' }] });
      const profile = warehouseProfile({ languages: [{ language: 'FI', level: 'A2' }, { language: 'en', level: 'C1' }] });
      const without = matched(need, profile);
      // fi two levels short: 0.5; sv missing: 0.
      expect(without.explanation.parts.language).toBe(0.25);
      expect(without.explanation.missingLanguages).toEqual([
        { language: 'fi', level: 'B2' },
        { language: 'sv', level: 'A2' },
      ]);
      const supported = matched({ ...need, adjustmentsOffered: ['LANGUAGE_SUPPORT'] }, profile);
      expect(supported.explanation.parts.language).toBe(0.625);
      expect(supported.score).toBeGreaterThan(without.score);
    });

    it('marks a missing driving licence and accepts a class that includes it', () => {
      const need = warehouseNeed({ drivingLicence: 'B' });
      expect(matched(need, warehouseProfile({ drivingLicences: [] })).explanation).toMatchObject({ missingDrivingLicence: 'B', parts: { drivingLicence: 0 } });
      expect(matched(need, warehouseProfile({ drivingLicences: ['CE'] })).explanation).toMatchObject({ missingDrivingLicence: null, parts: { drivingLicence: 1 } });
      expect(matched(warehouseNeed({ drivingLicence: 'C' }), warehouseProfile({ drivingLicences: ['B'] })).explanation.missingDrivingLicence).toBe('C');
    });

    it('scores down adjustments the person needs but the employer does not offer', () => {
      const profile = warehouseProfile({ adjustmentsNeeded: ['WORK_ENVIRONMENT', 'WORKING_TIME'] });
      const none = matched(warehouseNeed(), profile);
      expect(none.explanation.adjustmentsNotOffered).toEqual(['WORKING_TIME', 'WORK_ENVIRONMENT']);
      expect(none.explanation.parts.adjustments).toBe(0);
      const half = matched(warehouseNeed({ adjustmentsOffered: ['WORKING_TIME'] }), profile);
      expect(half.explanation.adjustmentsNotOffered).toEqual(['WORK_ENVIRONMENT']);
      expect(half.explanation.parts.adjustments).toBe(0.5);
      expect(half.score - none.score).toBeCloseTo(0.02, 4);
    });
  });
});
