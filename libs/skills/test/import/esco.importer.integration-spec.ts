import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useTestDataSource } from '@ytmt/test-kit';
import { EscoImporter } from '../../src/import/esco.importer';

// The files in data/esco: 619 ISCO groups, 3 007 occupations, 13 896 skills, 123 855 relation
// rows of which 67 name an occupation missing from occupations.csv and 5 have an empty skillType.
const FILE_ROWS = { iscoGroups: 619, occupations: 3007, skills: 13896, relations: 123855 };

describe('EscoImporter on a real database', () => {
  const database = useTestDataSource();

  const count = async (table: string) => (await database.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
  // A fingerprint of every row, so "changes nothing" covers contents and not only counts.
  const fingerprint = async () =>
    (
      await database.dataSource.query(`SELECT
        (SELECT md5(string_agg(t::text, '|' ORDER BY uri)) FROM esco_skill t) AS skills,
        (SELECT md5(string_agg(t::text, '|' ORDER BY uri)) FROM esco_occupation t) AS occupations,
        (SELECT md5(string_agg(t::text, '|' ORDER BY occupation_uri, skill_uri)) FROM esco_occupation_skill t) AS relations,
        (SELECT md5(string_agg(t::text, '|' ORDER BY code)) FROM isco_group t) AS isco`)
    )[0] as Record<string, string>;

  it('imports the full data set, skipping and counting the bad relation rows, with progress', async () => {
    const steps = new Set<string>();
    let last = { done: 0, total: 0 };
    const started = Date.now();
    const report = await new EscoImporter(database.dataSource).import((step, done, total) => {
      steps.add(step);
      last = { done, total };
    });
    expect(Date.now() - started).toBeLessThan(30_000);

    expect(report.skipped).toMatchObject({ relationsMissingOccupation: 67, relationsEmptySkillType: 5, relationsMissingSkill: 0, total: 72 });
    expect(report).toMatchObject({
      iscoGroups: FILE_ROWS.iscoGroups - report.skipped.iscoGroups,
      occupations: FILE_ROWS.occupations - report.skipped.occupations,
      skills: FILE_ROWS.skills - report.skipped.skills,
      relations: FILE_ROWS.relations - 72,
      updated: 0,
      relationsRemoved: 0,
    });
    expect(report.inserted).toBe(report.iscoGroups + report.occupations + report.skills + report.relations);
    expect(await count('isco_group')).toBe(report.iscoGroups);
    expect(await count('esco_occupation')).toBe(report.occupations);
    expect(await count('esco_skill')).toBe(report.skills);
    expect(await count('esco_occupation_skill')).toBe(123_783);

    expect([...steps]).toEqual(expect.arrayContaining(['reading occupations.csv', 'skills', 'occupation–skill relations']));
    expect(last).toEqual({ done: last.total, total: report.inserted });

    const [forklift] = await database.dataSource.query(
      `SELECT o.uri, o.label_fi, o.isco_group, count(*) FILTER (WHERE r.relation_type = 'essential')::int AS essential
       FROM esco_occupation o JOIN esco_occupation_skill r ON r.occupation_uri = o.uri WHERE o.label_en = 'forklift operator' GROUP BY o.uri`,
    );
    expect(forklift).toMatchObject({ label_fi: 'trukinkuljettaja', isco_group: '8344' });
    expect(forklift.essential).toBeGreaterThan(5);
  });

  it('changes nothing on a second import', async () => {
    const before = await fingerprint();
    const report = await new EscoImporter(database.dataSource).import();
    expect(report).toMatchObject({ inserted: 0, updated: 0, relationsRemoved: 0, relations: 123_783 });
    expect(report.skipped.total).toBe(72);
    expect(await fingerprint()).toEqual(before);
  });

  it('refuses a directory without the ESCO files, writing nothing', async () => {
    await expect(new EscoImporter(database.dataSource).import(undefined, __dirname)).rejects.toThrow(/not found/);
    expect(await count('esco_occupation_skill')).toBe(123_783);
  });
});

describe('EscoImporter on hand-made files with every kind of bad row', () => {
  const database = useTestDataSource();
  let dir: string;
  const uri = (kind: 'occupation' | 'skill', n: number) => `http://data.europa.eu/esco/${kind}/00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const write = (name: string, lines: string[]) => writeFileSync(join(dir, name), `${lines.join('\n')}\n`);

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'esco-'));
    write('isco08_groups.csv', [
      'code,level,parentCode,conceptUri,name_fi,name_sv,name_en',
      '8,1,,http://data.europa.eu/esco/isco/C8,Prosessi- ja kuljetustyöntekijät,Process,Plant and machine operators',
      '8344,4,8,http://data.europa.eu/esco/isco/C8344,Trukinkuljettajat ym.,Truckförare,Lifting truck operators',
      ',4,8,http://data.europa.eu/esco/isco/C,,,',
    ]);
    write('occupations.csv', [
      'conceptUri,code,iscoGroup,preferredLabel_fi,preferredLabel_sv,preferredLabel_en,broaderUri',
      `${uri('occupation', 1)},8344.1,8344,trukinkuljettaja,truckförare,forklift operator,http://data.europa.eu/esco/isco/C8344`,
      `${uri('occupation', 1)},8344.1,8344,kaksoiskappale,dubblett,duplicate,`,
      `${uri('occupation', 2)},9999.1,9999,tuntematon ryhmä,okänd grupp,unknown group,`,
      `not-a-uri,8344.2,8344,rikki,trasig,broken,`,
    ]);
    write('skills.csv', [
      'conceptUri,skillType,reuseLevel,preferredLabel_fi,preferredLabel_sv,preferredLabel_en',
      `${uri('skill', 1)},skill/competence,occupation-specific,käyttää haarukkatrukkia,använda gaffeltruck,operate forklift`,
      `${uri('skill', 2)},knowledge,cross-sector,,lagerhantering,warehouse operations`,
      `${uri('skill', 3)},,,tyypitön taito,otypad färdighet,untyped skill`,
    ]);
    write('occupation_skill_relations.csv', [
      'occupationUri,relationType,skillType,skillUri',
      `${uri('occupation', 1)},essential,skill/competence,${uri('skill', 1)}`,
      `${uri('occupation', 1)},optional,knowledge,${uri('skill', 2)}`,
      `${uri('occupation', 1)},optional,knowledge,${uri('skill', 2)}`,
      `${uri('occupation', 1)},optional,,${uri('skill', 3)}`,
      `${uri('occupation', 1)},important,skill/competence,${uri('skill', 3)}`,
      `${uri('occupation', 9)},essential,skill/competence,${uri('skill', 1)}`,
      `${uri('occupation', 1)},essential,skill/competence,${uri('skill', 9)}`,
    ]);
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the good rows, counts each bad one, fills a missing label from English', async () => {
    const report = await new EscoImporter(database.dataSource).import(undefined, dir);
    expect(report).toMatchObject({ iscoGroups: 2, occupations: 1, skills: 3, relations: 2, inserted: 8, updated: 0, relationsRemoved: 0 });
    expect(report.skipped).toEqual({
      iscoGroups: 1,
      occupations: 3,
      skills: 0,
      relationsMissingOccupation: 1,
      relationsMissingSkill: 1,
      relationsEmptySkillType: 1,
      relationsInvalid: 2,
      total: 9,
    });
    const skills = await database.dataSource.query(`SELECT label_fi, skill_type FROM esco_skill ORDER BY uri`);
    expect(skills).toEqual([
      { label_fi: 'käyttää haarukkatrukkia', skill_type: 'skill/competence' },
      { label_fi: 'warehouse operations', skill_type: 'knowledge' },
      { label_fi: 'tyypitön taito', skill_type: null },
    ]);
  });

  it('repairs an edited row and removes a relation the files no longer have', async () => {
    await database.dataSource.query(`UPDATE esco_occupation SET label_fi = 'muokattu'`);
    await database.dataSource.query(`INSERT INTO esco_occupation_skill (occupation_uri, skill_uri, relation_type) VALUES ($1, $2, 'optional')`, [
      uri('occupation', 1),
      uri('skill', 3),
    ]);
    const report = await new EscoImporter(database.dataSource).import(undefined, dir);
    expect(report).toMatchObject({ inserted: 0, updated: 1, relationsRemoved: 1 });
    expect(await database.dataSource.query(`SELECT label_fi FROM esco_occupation`)).toEqual([{ label_fi: 'trukinkuljettaja' }]);
    expect((await database.dataSource.query(`SELECT count(*)::int AS n FROM esco_occupation_skill`))[0].n).toBe(2);
  });

  it('names a file with the wrong columns', async () => {
    const other = mkdtempSync(join(tmpdir(), 'esco-bad-'));
    try {
      for (const name of ['isco08_groups.csv', 'occupations.csv', 'skills.csv', 'occupation_skill_relations.csv']) {
        writeFileSync(join(other, name), 'uri,label\nx,y\n');
      }
      await expect(new EscoImporter(database.dataSource).import(undefined, other)).rejects.toThrow(/isco08_groups\.csv: missing columns code, level/);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
