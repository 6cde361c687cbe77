import { EscoInput, EscoRelationInput } from './esco-index';
import { hoursClearlyOverlap } from './attribute-spreads';
import { distanceKm, EVALUATION_PLACES } from './finnish-places';
import { generateLabelledSet, LabelledSet, SKILLS_ONLY_ESSENTIAL_SHARE, SKILLS_ONLY_OPTIONAL_SHARE } from './labelled-set';

const occupation = (id: string, iscoGroup: string, labelFi: string) => ({ uri: `http://data.europa.eu/esco/occupation/${id}`, iscoGroup, labelFi });
const skillUri = (id: string) => `http://data.europa.eu/esco/skill/${id}`;

const SKILLS: Record<string, string> = {
  js: 'ohjelmoida JavaScriptillä',
  git: 'käyttää versionhallintaa',
  test: 'testata ohjelmistoja',
  db: 'suunnitella tietokantoja',
  doc: 'dokumentoida ohjelmistoja',
  review: 'tehdä koodikatselmointeja',
  cloud: 'käyttää pilvipalveluita',
  python: 'ohjelmoida Pythonilla',
  agile: 'työskennellä ketterästi',
  ui: 'suunnitella käyttöliittymiä',
  cook: 'valmistaa ruokaa',
  hygiene: 'noudattaa hygieniamääräyksiä',
  menu: 'suunnitella ruokalistoja',
  kitchen: 'käyttää keittiövälineitä',
  store: 'varastoida elintarvikkeita',
  meat: 'leikata lihaa',
  bake: 'leipoa',
  clean: 'siivota pintoja',
  chemicals: 'käyttää siivouskemikaaleja',
  waste: 'lajitella jätteitä',
  weld: 'hitsata kaarihitsauksella',
  drawings: 'lukea piirustuksia',
  safety: 'käyttää suojavarusteita',
};

const developer = occupation('developer', '2512', 'ohjelmistokehittäjä');
const mobileDeveloper = occupation('mobile-developer', '2512', 'mobiilisovelluskehittäjä');
const architect = occupation('architect', '2512', 'ohjelmistoarkkitehti');
const cook = occupation('cook', '5120', 'kokki');
const cleaner = occupation('cleaner', '9112', 'siivooja');
const welder = occupation('welder', '7212', 'hitsaaja');

const relations = (occupationUri: string, essential: string[], optional: string[] = []): EscoRelationInput[] => [
  ...essential.map((id) => ({ occupationUri, skillUri: skillUri(id), relationType: 'essential' as const })),
  ...optional.map((id) => ({ occupationUri, skillUri: skillUri(id), relationType: 'optional' as const })),
];

// Two occupations qualify for a need (≥ 5 essential skills): the developer and the cook.
const FIXTURE: EscoInput = {
  occupations: [developer, mobileDeveloper, architect, cook, cleaner, welder],
  skills: Object.entries(SKILLS).map(([id, labelFi]) => ({ uri: skillUri(id), labelFi })),
  relations: [
    ...relations(developer.uri, ['js', 'git', 'test', 'db', 'doc', 'review'], ['cloud', 'python', 'agile', 'ui']),
    ...relations(mobileDeveloper.uri, ['js', 'git', 'ui', 'test'], ['cloud']),
    ...relations(architect.uri, ['cloud', 'db', 'doc'], ['agile']),
    ...relations(cook.uri, ['cook', 'hygiene', 'menu', 'kitchen', 'store'], ['meat', 'bake']),
    ...relations(cleaner.uri, ['clean', 'chemicals', 'waste']),
    ...relations(welder.uri, ['weld', 'drawings', 'safety'], ['waste']),
    // ESCO has relations to occupations missing from occupations.csv: skipped and counted.
    { occupationUri: 'http://data.europa.eu/esco/occupation/missing', skillUri: skillUri('js'), relationType: 'essential' },
    { occupationUri: cook.uri, skillUri: skillUri('missing'), relationType: 'optional' },
  ],
};

const OPTIONS = { needs: 2, profilesPerNeed: 5, sameGroupProfilesPerNeed: 2, distractorsPerNeed: 2, seed: 7 };

describe('generateLabelledSet', () => {
  const set = generateLabelledSet(FIXTURE, OPTIONS);
  const needFor = (occupationUri: string) => set.needs.find((item) => item.need.occupationUri === occupationUri)!;

  it('is deterministic for a seed and changes with it', () => {
    const again = generateLabelledSet(FIXTURE, OPTIONS);
    expect(JSON.stringify(again.profiles)).toBe(JSON.stringify(set.profiles));
    expect(JSON.stringify(again.needs.map((item) => item.need))).toBe(JSON.stringify(set.needs.map((item) => item.need)));
    const other = generateLabelledSet(FIXTURE, { ...OPTIONS, seed: 8 });
    expect(JSON.stringify(other.profiles)).not.toBe(JSON.stringify(set.profiles));
  });

  it('builds needs only for occupations with enough essential skills, and refuses to ask for more', () => {
    expect(set.needs.map((item) => item.need.occupationUri).sort()).toEqual([cook.uri, developer.uri]);
    expect(() => generateLabelledSet(FIXTURE, { ...OPTIONS, needs: 3 })).toThrow(/only 2 occupations/);
    expect(() => generateLabelledSet(FIXTURE, { ...OPTIONS, needs: -1 })).toThrow(RangeError);
  });

  it('skips and counts relations to missing occupations or skills', () => {
    expect(set.skipped).toEqual({ relationsMissingOccupation: 1, relationsMissingSkill: 1 });
    expect(set.occupations.get(cook.uri)!.optionalSkills).toEqual([skillUri('bake'), skillUri('meat')]);
  });

  it('describes a need with its ESCO essentials, employer-required skills and Finnish text', () => {
    const { need, text } = needFor(developer.uri);
    expect(need.iscoGroup).toBe('2512');
    expect(need.essentialSkills).toEqual(expect.arrayContaining(set.occupations.get(developer.uri)!.essentialSkills));
    expect(need.employerRequiredSkills.length).toBeGreaterThanOrEqual(2);
    expect(need.essentialSkills).toEqual(expect.arrayContaining([...need.employerRequiredSkills]));
    expect(need.optionalSkills.filter((uri) => need.essentialSkills.includes(uri))).toEqual([]);
    expect(text).toContain('ohjelmistokehittäjä');
    expect(text).toContain('ohjelmoida JavaScriptillä');
    expect(EVALUATION_PLACES.map((place) => place.municipalityCode)).toContain(need.municipalityCode);
  });

  it('generates relevant, same-group and distractor profiles with unique ids', () => {
    const kinds = set.profiles.map((item) => item.kind);
    expect(kinds.filter((kind) => kind === 'SAME_OCCUPATION')).toHaveLength(10);
    // The cook is alone in its ISCO group, so only the developer need gets same-group profiles.
    expect(kinds.filter((kind) => kind === 'SAME_ISCO_GROUP')).toHaveLength(2);
    expect(kinds.filter((kind) => kind === 'DISTRACTOR')).toHaveLength(4);
    expect(new Set(set.profiles.map((item) => item.profile.id)).size).toBe(set.profiles.length);
    for (const item of set.profiles.filter((profile) => profile.kind === 'DISTRACTOR')) {
      expect([cleaner.uri, welder.uri]).toContain(item.sourceOccupationUri);
    }
  });

  it('labels by source occupation: 2 same occupation, 1 same ISCO unit group, otherwise none', () => {
    const sourceOf = new Map(set.profiles.map((item) => [item.profile.id, item.sourceOccupationUri]));
    const developerNeed = needFor(developer.uri);
    const gains = [...developerNeed.judgements].map(([id, gain]) => [sourceOf.get(id), gain]);
    expect(gains.filter(([, gain]) => gain === 2).every(([source]) => source === developer.uri)).toBe(true);
    expect(gains.filter(([, gain]) => gain === 1).every(([source]) => source === mobileDeveloper.uri || source === architect.uri)).toBe(true);
    expect(gains.filter(([, gain]) => gain === 2)).toHaveLength(5);
    expect(gains.filter(([, gain]) => gain === 1)).toHaveLength(2);
    const cookNeed = needFor(cook.uri);
    expect([...cookNeed.judgements.values()]).toEqual([2, 2, 2, 2, 2]);
  });

  it('adds noise: dropped skills, unrelated skills, other or no occupation', () => {
    const relevant = (seedSet: LabelledSet) => seedSet.profiles.filter((item) => item.kind === 'SAME_OCCUPATION');
    const many = [1, 2, 3, 4, 5, 6].flatMap((seed) => relevant(generateLabelledSet(FIXTURE, { ...OPTIONS, seed })));
    const own = (uri: string) => new Set([...set.occupations.get(uri)!.essentialSkills, ...set.occupations.get(uri)!.optionalSkills]);
    const essentialKept = many.map((item) => {
      const essential = set.occupations.get(item.sourceOccupationUri)!.essentialSkills;
      return essential.filter((uri) => item.profile.skills.includes(uri)).length / essential.length;
    });
    // 20–40 % of the drawn skills are dropped, essential ones included.
    expect(Math.min(...essentialKept)).toBeLessThan(1);
    const meanKept = essentialKept.reduce((sum, share) => sum + share, 0) / essentialKept.length;
    expect(meanKept).toBeGreaterThan(0.5);
    expect(meanKept).toBeLessThan(0.9);
    // Unrelated skills drawn from all of ESCO's (here a small pool, so some draws hit own skills).
    const withUnrelated = many.filter((item) => item.profile.skills.some((uri) => !own(item.sourceOccupationUri).has(uri)));
    expect(withUnrelated.length / many.length).toBeGreaterThan(0.7);
    expect(new Set(many.map((item) => item.occupationVariant))).toEqual(new Set(['WORKED', 'WISHED', 'RELATED', 'NONE']));
    for (const item of many) {
      const listed = [...item.profile.occupations, ...item.profile.wishedOccupations];
      if (item.occupationVariant === 'NONE') {
        expect(listed).toEqual([]);
        // Drawn like a real skills-only profile: few essential skills, more optional ones.
        const source = set.occupations.get(item.sourceOccupationUri)!;
        const held = source.essentialSkills.filter((uri) => item.profile.skills.includes(uri)).length;
        expect(held).toBeGreaterThanOrEqual(1);
        expect(held).toBeLessThanOrEqual(Math.max(1, Math.round(source.essentialSkills.length * SKILLS_ONLY_ESSENTIAL_SHARE[1])));
        const optional = source.optionalSkills.filter((uri) => item.profile.skills.includes(uri)).length;
        expect(optional).toBeGreaterThanOrEqual(Math.round(source.optionalSkills.length * SKILLS_ONLY_OPTIONAL_SHARE[0]));
      }
      if (item.occupationVariant === 'WORKED' || item.occupationVariant === 'WISHED') expect(listed).toEqual([item.sourceOccupationUri]);
      // A sibling occupation, never the occupation of a need (which would contradict the label).
      if (item.occupationVariant === 'RELATED') expect(listed).toEqual([expect.stringMatching(/mobile-developer|architect/)]);
      expect(item.profile.iscoGroups).toEqual(listed.length ? [set.occupations.get(item.sourceOccupationUri)!.iscoGroup] : []);
    }
  });

  it('writes profile text from the Finnish labels of its occupations and skills', () => {
    const item = set.profiles.find((profile) => profile.profile.occupations.length > 0)!;
    expect(item.text).toContain(set.occupations.get(item.profile.occupations[0]!)!.labelFi);
    for (const uri of item.profile.skills) expect(item.text).toContain(FIXTURE.skills.find((skill) => skill.uri === uri)!.labelFi);
  });

  it('never puts a labelled profile beyond a hard limit of the need it is labelled for', () => {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) {
      const seeded = generateLabelledSet(FIXTURE, { ...OPTIONS, seed });
      const byId = new Map(seeded.profiles.map((item) => [item.profile.id, item.profile]));
      for (const { need, judgements } of seeded.needs) {
        for (const id of judgements.keys()) {
          const profile = byId.get(id)!;
          expect(profile.matchingConsent).toBe(true);
          const places = [profile.homeMunicipalityCode, ...profile.acceptableMunicipalityCodes];
          expect(places).toContain(need.municipalityCode);
          if (profile.commuteRadiusKm !== null) expect(distanceKm(profile.home!, need.location!)).toBeLessThanOrEqual(profile.commuteRadiusKm);
          expect(hoursClearlyOverlap(profile, need)).toBe(true);
          for (const task of need.tasks) {
            for (const [dimension, demand] of Object.entries(task.demands)) {
              expect(profile.capability?.[dimension as keyof typeof task.demands] ?? 3).toBeGreaterThanOrEqual(demand);
            }
          }
        }
      }
    }
  });

  it('still puts some unlabelled pairs out of commuting reach, so hard limits matter', () => {
    let pairs = 0;
    let unreachable = 0;
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) {
      const seeded = generateLabelledSet(FIXTURE, { ...OPTIONS, seed });
      for (const { need } of seeded.needs) {
        for (const { profile } of seeded.profiles) {
          pairs++;
          const places = [profile.homeMunicipalityCode, ...profile.acceptableMunicipalityCodes];
          const withinRadius = profile.commuteRadiusKm !== null && distanceKm(profile.home!, need.location!) <= profile.commuteRadiusKm;
          if (!places.includes(need.municipalityCode) && !withinRadius && !(need.remote && profile.remoteOk)) unreachable++;
        }
      }
    }
    // Most profiles live in the needs' commuting area and accept all of it; a fifth are spread out.
    expect(unreachable / pairs).toBeGreaterThan(0.02);
    expect(unreachable / pairs).toBeLessThan(0.25);
  });

  it('reports progress once per need', () => {
    const progress: string[] = [];
    generateLabelledSet(FIXTURE, { ...OPTIONS, onProgress: (done, total) => progress.push(`${done}/${total}`) });
    expect(progress).toEqual(['1/2', '2/2']);
  });
});
