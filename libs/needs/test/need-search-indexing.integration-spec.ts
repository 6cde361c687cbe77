import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ServiceFactsReader } from '@ytmt/catalogue';
import { buildDataSourceOptions, Role } from '@ytmt/core';
import { CompanyStandingReader } from '@ytmt/crm';
import { OrganizationDirectory } from '@ytmt/identity';
import { NeedForwardAudience } from '@ytmt/marketplace';
import { RegionsService } from '@ytmt/regions';
import { EscoConceptsReader } from '@ytmt/skills';
import { createTestDatabase, dropTestDatabase } from '@ytmt/test-kit';
import { IndexNeedJob } from '../src/index-need.job';
import { NeedAudienceContributors } from '../src/need-audience.registry';
import { NeedReindexer } from '../src/need-reindexer.service';
import { NeedSearchDocumentReader } from '../src/need-search-document.reader';
import { ProviderCoverageReader } from '../src/provider-coverage.reader';
import { needSearchAudience } from '../src/search/need-visibility';
import { PostgresNeedSearchEngine } from '../src/search/postgres-need-search.engine';

// The database side of need search on the demo organisations: documents read from needs,
// companies, sharing and forwards; the index job and the reindexer; provider coverage.
describe('need search indexing', () => {
  let url: string;
  let dataSource: DataSource;
  let reader: NeedSearchDocumentReader;
  let engine: PostgresNeedSearchEngine;
  const admin = needSearchAudience({
    userId: 'x',
    email: 'paakayttaja@ytmt.example',
    memberships: [{ role: Role.PLATFORM_ADMIN, organizationId: null, employmentAreaId: null }],
  });
  const idOf = async (sql: string, params: unknown[] = []) => ((await dataSource.query(sql, params)) as { id: string }[])[0]!.id;

  beforeAll(async () => {
    url = await createTestDatabase();
    dataSource = new DataSource({ ...buildDataSourceOptions(url), extra: { max: 4 } });
    await dataSource.initialize();
    // The forwards come from the marketplace, which registers with the needs' audience contributors.
    const audience = new NeedAudienceContributors();
    new NeedForwardAudience(audience).onModuleInit();
    reader = new NeedSearchDocumentReader(
      dataSource,
      new OrganizationDirectory(dataSource),
      new RegionsService(dataSource),
      new CompanyStandingReader(dataSource),
      new EscoConceptsReader(dataSource),
      audience,
    );
    engine = new PostgresNeedSearchEngine(dataSource);
    // A few needs of the demo companies, written as rows (the needs service is tested elsewhere).
    for (const [company, title, municipality] of [
      ['Lahden Konepaja Oy', 'Hitsaaja konepajaan', '398'],
      ['Lahden Konepaja Oy', 'Varastotyöntekijä keräilyyn', '111'],
      ['Hoivakoti Kotikallio Oy', 'Lähihoitaja yövuoroon', '091'],
    ]) {
      await dataSource.query(
        `INSERT INTO need (organization_id, kinds, title, description, municipality_code, visibility)
         SELECT id, '{RECRUITMENT}', $2, $2, $3, 'COORDINATORS_AND_PROVIDERS' FROM organization WHERE name = $1`,
        [company, title, municipality],
      );
    }
  });

  afterAll(async () => {
    await dataSource.destroy();
    await dropTestDatabase(url);
  });

  it("reads a need with its place's area, the company's home and shared areas, and its forwards", async () => {
    const lahti = await idOf(`SELECT id FROM employment_area WHERE code = 'lahti'`);
    const helsinki = await idOf(`SELECT id FROM employment_area WHERE code = 'helsinki'`);
    const konepaja = await idOf(`SELECT id FROM organization WHERE name = 'Lahden Konepaja Oy'`);
    const provider = await idOf(`SELECT id FROM organization WHERE name = 'Rekrytointipalvelu Uusi Suunta Oy'`);
    const needId = await idOf(`SELECT id FROM need WHERE organization_id = $1 AND municipality_code = '398' ORDER BY title LIMIT 1`, [konepaja]);
    await dataSource.query('DELETE FROM company_area_share WHERE organization_id = $1', [konepaja]);

    const [plain] = await reader.load([needId]);
    expect(plain).toMatchObject({ id: needId, companyId: konepaja, companyName: 'Lahden Konepaja Oy', municipalityCode: '398', employmentAreaId: lahti });
    expect(plain?.companyAreaIds).toEqual([lahti]);
    expect(plain?.forwardedProviderIds).toEqual([]);
    expect(typeof plain?.updatedAt).toBe('string');

    await dataSource.query('INSERT INTO company_area_share (organization_id, employment_area_id) VALUES ($1, $2)', [konepaja, helsinki]);
    const forwarder = await idOf(`SELECT id FROM app_user WHERE email = 'koordinaattori.lahti@ytmt.example'`);
    await dataSource.query('INSERT INTO need_forward (need_id, provider_id, forwarded_by_user_id) VALUES ($1, $2, $3)', [needId, provider, forwarder]);
    const [shared] = await reader.load([needId]);
    expect([...(shared?.companyAreaIds ?? [])].sort()).toEqual([lahti, helsinki].sort());
    expect(shared?.forwardedProviderIds).toEqual([provider]);

    expect(await reader.load(['not-a-uuid', 'ffffffff-ffff-4fff-bfff-ffffffffffff'])).toEqual([]);
  });

  it('reads the ISCO major and unit group of the occupation', async () => {
    // The ISCO groups and an occupation of ESCO's welders, as the ESCO import writes them.
    for (const [code, level, parent] of [['7', 1, null], ['72', 2, '7'], ['721', 3, '72'], ['7212', 4, '721']] as const) {
      await dataSource.query(
        `INSERT INTO isco_group (code, level, parent_code, uri, name_fi, name_sv, name_en)
         VALUES ($1, $2, $3, 'http://data.europa.eu/esco/isco/C' || $1, 'Ryhmä ' || $1, 'Grupp ' || $1, 'Group ' || $1) ON CONFLICT (code) DO NOTHING`,
        [code, level, parent],
      );
    }
    const uri = 'http://data.europa.eu/esco/occupation/00000000-0000-4000-8000-000000007212';
    await dataSource.query(
      `INSERT INTO esco_occupation (uri, code, isco_group, label_fi, label_sv, label_en)
       VALUES ($1, '7212.1', '7212', 'hitsaaja', 'svetsare', 'welder') ON CONFLICT (uri) DO NOTHING`,
      [uri],
    );
    const needId = await idOf(`SELECT id FROM need WHERE title = 'Hitsaaja konepajaan'`);
    await dataSource.query('UPDATE need SET occupation_uri = $2, occupation_label = $3 WHERE id = $1', [needId, uri, 'hitsaaja']);
    const [document] = await reader.load([needId]);
    expect(document?.occupationGroups).toEqual(['7', '7212']);
    expect(document?.occupationLabel).toBe('hitsaaja');
  });

  it('indexes a need idempotently and removes a deleted one', async () => {
    await engine.clear();
    const job = new IndexNeedJob(reader, engine);
    const needId = await idOf('SELECT id FROM need ORDER BY id LIMIT 1');
    expect(await job.handle({ needId })).toBe('indexed');
    expect(await job.handle({ needId })).toBe('indexed');
    const [{ n }] = await dataSource.query('SELECT count(*)::int AS n FROM need_search_document WHERE id = $1', [needId]);
    expect(n).toBe(1);
    expect((await engine.search({ text: null, filter: {}, audience: admin, offset: 0, limit: 10 })).hits.map((hit) => hit.id)).toEqual([needId]);

    await dataSource.query('DELETE FROM need WHERE id = $1', [needId]);
    expect(await job.handle({ needId })).toBe('removed');
    expect(await job.handle({ needId })).toBe('removed');
    expect((await engine.search({ text: null, filter: {}, audience: admin, offset: 0, limit: 10 })).totalCount).toBe(0);
  });

  it('rebuilds the index from the database with progress', async () => {
    await engine.upsert([{ ...(await reader.load([await idOf('SELECT id FROM need ORDER BY id LIMIT 1')]))[0]!, id: 'ffffffff-ffff-4fff-bfff-ffffffffffff' }]);
    const steps: [number, number][] = [];
    const count = await new NeedReindexer(reader, engine).reindex((_step, done, total) => steps.push([done, total]));
    const [{ n }] = await dataSource.query('SELECT count(*)::int AS n FROM need');
    expect(count).toBe(n);
    expect(steps[0]).toEqual([0, n]);
    expect(steps[steps.length - 1]).toEqual([n, n]);
    const result = await engine.search({ text: null, filter: {}, audience: admin, offset: 0, limit: 100 });
    expect(result.totalCount).toBe(n);
    // A document without a need is gone.
    expect(result.hits.map((hit) => hit.id)).not.toContain('ffffffff-ffff-4fff-bfff-ffffffffffff');
  });

  it('reads where the published services of provider organisations are available', async () => {
    const coverage = new ProviderCoverageReader(new ServiceFactsReader(dataSource));
    const organization = (name: string) => idOf('SELECT id FROM organization WHERE name = $1', [name]);
    const lahti = await idOf(`SELECT id FROM employment_area WHERE code = 'lahti'`);
    const service = async (name: string, status: string, national: boolean, area: { employmentAreaId?: string; municipalityCode?: string }) => {
      const serviceId = await idOf(
        `INSERT INTO service (organization_id, status, name_fi, summary_fi, description_fi, audience, delivery_mode, is_national)
         VALUES ($1, $2, 'Työhönvalmennus', 'Valmennusta työnantajille.', 'Valmennusta työnantajille.', 'EMPLOYERS', 'REMOTE', $3) RETURNING id`,
        [await organization(name), status, national],
      );
      if (area.employmentAreaId || area.municipalityCode) {
        await dataSource.query('INSERT INTO service_area (service_id, employment_area_id, municipality_code) VALUES ($1, $2, $3)', [
          serviceId,
          area.employmentAreaId ?? null,
          area.municipalityCode ?? null,
        ]);
      }
    };
    await service('Päijät-Hämeen Työvalmennussäätiö sr', 'PUBLISHED', false, { employmentAreaId: lahti });
    await service('Päijät-Hämeen Työvalmennussäätiö sr', 'PUBLISHED', false, { municipalityCode: '111' });
    // Drafts and archived services cover nothing.
    await service('Päijät-Hämeen Työvalmennussäätiö sr', 'DRAFT', true, {});
    await service('Päijät-Hämeen Työvalmennussäätiö sr', 'ARCHIVED', false, { municipalityCode: '091' });
    await service('Esteetön Työelämä ry', 'PUBLISHED', true, {});
    expect(await coverage.read([await organization('Päijät-Hämeen Työvalmennussäätiö sr')])).toEqual({
      national: false,
      areaIds: [lahti],
      municipalityCodes: ['111'],
    });
    expect((await coverage.read([await organization('Esteetön Työelämä ry')])).national).toBe(true);
    expect(await coverage.read([])).toEqual({ national: false, areaIds: [], municipalityCodes: [] });
    // A company without services covers nothing.
    expect(await coverage.read([await organization('Lahden Konepaja Oy')])).toEqual({ national: false, areaIds: [], municipalityCodes: [] });
  });
});
