import 'reflect-metadata';
import { Role } from '@ytmt/core';
import { openTestDataSource, useTestDataSource } from '@ytmt/test-kit';
import { describeNeedSearchContract } from './need-search.contract';
import { FIXTURE_NEEDS, NEED } from './need-search.fixtures';
import { needSearchAudience } from '../../src/search/need-visibility';
import { PostgresNeedSearchEngine } from '../../src/search/postgres-need-search.engine';

describeNeedSearchContract('PostgreSQL full-text search', async () => {
  const database = await openTestDataSource({ maxConnections: 4 });
  return { engine: new PostgresNeedSearchEngine(database.dataSource), close: database.close };
});

// What only the PostgreSQL adapter promises.
describe('PostgresNeedSearchEngine', () => {
  const database = useTestDataSource({ maxConnections: 4 });
  const admin = needSearchAudience({
    userId: 'x',
    email: 'paakayttaja@ytmt.example',
    memberships: [{ role: Role.PLATFORM_ADMIN, organizationId: null, employmentAreaId: null }],
  });

  it('matches words typed without ä and ö, and escapes HTML in snippets', async () => {
    const engine = new PostgresNeedSearchEngine(database.dataSource);
    await engine.clear();
    await engine.upsert([{ ...FIXTURE_NEEDS[5]!, visibility: 'PUBLIC', stage: 'SPECIFIED', description: 'Lähihoitaja <b>yövuoroon</b> & iltoihin.' }]);
    const result = await engine.search({ text: 'lahihoitaja', filter: {}, audience: admin, offset: 0, limit: 5 });
    expect(result.hits.map((hit) => hit.id)).toEqual([NEED.n06]);
    const description = result.hits[0]?.highlights.find((highlight) => highlight.field === 'description');
    expect(description?.snippet).toContain('<em>Lähihoitaja</em> &lt;b&gt;yövuoroon&lt;/b&gt; &amp; iltoihin');
  });

  it('shows nothing to an audience without any grant', async () => {
    const engine = new PostgresNeedSearchEngine(database.dataSource);
    await engine.clear();
    await engine.upsert(FIXTURE_NEEDS);
    const nobody = { ...needSearchAudience(null), public: false };
    expect((await engine.search({ text: null, filter: {}, audience: nobody, offset: 0, limit: 5 })).totalCount).toBe(0);
  });

  it('refuses to prepare when the migration has not run', async () => {
    await database.dataSource.query('ALTER TABLE need_search_document RENAME TO need_search_document_away');
    try {
      const engine = new PostgresNeedSearchEngine(database.dataSource);
      await expect(engine.prepare()).rejects.toThrow(/run the migrations/);
      expect(await engine.ping()).toBe(false);
    } finally {
      await database.dataSource.query('ALTER TABLE need_search_document_away RENAME TO need_search_document');
    }
  });
});
