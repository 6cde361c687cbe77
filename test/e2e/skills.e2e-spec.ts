import { Role } from '@ytmt/core';
import { EscoImporter } from '@ytmt/skills';
import { anonymous, createApp, signIn, TestApp } from '@ytmt/test-kit';

interface Suggestion {
  uri: string;
  label: string;
  score: number;
}
interface Suggestions {
  suggestSkills: {
    skills: (Suggestion & { skillType: string | null })[];
    occupations: (Suggestion & { iscoGroup: string })[];
  };
}

const SUGGEST = `query ($text: String!, $language: SuggestLanguage, $first: Int) {
  suggestSkills(text: $text, language: $language, first: $first) {
    skills { uri label skillType score }
    occupations { uri label iscoGroup score }
  } }`;

/** Skills and occupations together, best first: what a user sees at the top of the list. */
const topOf = (result: Suggestions['suggestSkills'], count: number) =>
  [...result.skills, ...result.occupations].sort((a, b) => b.score - a.score).slice(0, count);

describe('ESCO skill suggester over GraphQL', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createApp();
    await app.app.get(EscoImporter).import();
  });
  afterAll(() => app?.close());

  it('suggests forklift and warehouse skills and occupations for a Finnish job ad, without sign-in', async () => {
    const { suggestSkills } = await anonymous(app).data<Suggestions>(SUGGEST, { text: 'Haemme trukinkuljettajaa varastoon', first: 5 });
    const top5 = topOf(suggestSkills, 5);
    expect(top5.map((hit) => hit.label)).toContain('trukinkuljettaja');
    expect(top5.some((hit) => /truk|varast/.test(hit.label))).toBe(true);
    expect(suggestSkills.occupations[0]).toMatchObject({ label: 'trukinkuljettaja', iscoGroup: '8344' });
    expect(suggestSkills.skills).toHaveLength(5);
    expect(suggestSkills.skills.every((skill) => skill.skillType === 'KNOWLEDGE' || skill.skillType === 'SKILL_COMPETENCE')).toBe(true);
    const scores = suggestSkills.occupations.map((hit) => hit.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('matches English text against English labels, also for a signed-in employer', async () => {
    const employer = await signIn(app, Role.EMPLOYER_USER);
    const { suggestSkills } = await employer.data<Suggestions>(SUGGEST, {
      text: 'We are looking for a forklift driver for our warehouse',
      language: 'EN',
    });
    expect(topOf(suggestSkills, 5).map((hit) => hit.label)).toEqual(expect.arrayContaining(['operate forklift', 'forklift operator']));
    expect(suggestSkills.occupations.map((hit) => hit.label)).toContain('warehouse worker');
    expect(suggestSkills.skills).toHaveLength(10);
  });

  it('shows an occupation with its essential and optional skills in the language asked for', async () => {
    const { suggestSkills } = await anonymous(app).data<Suggestions>(SUGGEST, { text: 'trukinkuljettaja', first: 1 });
    const forkliftOperator = suggestSkills.occupations[0].uri;
    type Occupation = {
      escoOccupation: {
        label: string;
        code: string;
        iscoGroupName: string;
        essentialSkills: { uri: string; label: string }[];
        optionalSkills: { label: string }[];
      };
    };
    const query = `query ($uri: String!, $language: SuggestLanguage) { escoOccupation(uri: $uri, language: $language) {
      label code iscoGroupName essentialSkills { uri label } optionalSkills { label } } }`;
    const fi = await anonymous(app).data<Occupation>(query, { uri: forkliftOperator });
    expect(fi.escoOccupation).toMatchObject({ label: 'trukinkuljettaja', code: '8344.1' });
    expect(fi.escoOccupation.essentialSkills.map((skill) => skill.label)).toEqual(
      expect.arrayContaining(['käyttää haarukkatrukkia', 'varastoida tavarat varastoon']),
    );
    expect(fi.escoOccupation.optionalSkills.map((skill) => skill.label)).toContain('käyttää viivakoodiskanneria');

    const en = await anonymous(app).data<Occupation>(query, { uri: forkliftOperator, language: 'EN' });
    expect(en.escoOccupation.label).toBe('forklift operator');
    expect(en.escoOccupation.essentialSkills.map((skill) => skill.label)).toContain('operate forklift');

    const skillUri = fi.escoOccupation.essentialSkills.find((skill) => skill.label === 'käyttää haarukkatrukkia')?.uri;
    const { escoSkill } = await anonymous(app).data<{ escoSkill: Record<string, unknown> }>(
      'query ($uri: String!) { escoSkill(uri: $uri, language: SV) { label labelFi labelEn skillType reuseLevel } }',
      { uri: skillUri },
    );
    expect(escoSkill).toMatchObject({ labelFi: 'käyttää haarukkatrukkia', labelEn: 'operate forklift', skillType: 'SKILL_COMPETENCE' });
  });

  it('answers bad input with BAD_USER_INPUT naming the field, and unknown URIs with NOT_FOUND', async () => {
    const client = anonymous(app);
    const empty = await client.request(SUGGEST, { text: '' });
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ path: 'text' })] });

    const tooMany = await client.request(SUGGEST, { text: 'trukinkuljettaja', first: 500 });
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ path: 'first' })] });

    const tooLong = await client.request(SUGGEST, { text: 'trukki '.repeat(300) });
    expect(tooLong.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ path: 'text' })]);

    const noWords = await client.request(SUGGEST, { text: '?!' });
    expect(noWords.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TEXT_WITHOUT_WORDS', fields: [{ path: 'text' }] });

    const badUri = await client.request('{ escoOccupation(uri: "trukinkuljettaja") { label } }');
    expect(badUri.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'uri' }] });

    const unknown = await client.request(
      '{ escoSkill(uri: "http://data.europa.eu/esco/skill/00000000-0000-4000-8000-000000000000") { label } }',
    );
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    for (const result of [empty, tooMany, tooLong, noWords, badUri, unknown]) {
      expect(result.status).toBeLessThan(500);
      expect(JSON.stringify(result.errors)).not.toMatch(/stacktrace|\.ts:\d+/);
    }
  });
});
