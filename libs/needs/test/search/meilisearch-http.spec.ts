// No Meilisearch server runs here, so the adapters are driven against a stub of the endpoints
// they use (test/kit/meilisearch-stub.ts).
import { MeiliSearchRequestError, MeiliSearchRequestTimeOutError } from 'meilisearch';
import { MeilisearchTaskFailedError, stemmedQuery } from '@ytmt/core';
import { failedTask as failed, StubMeilisearch } from '../../../../test/kit/meilisearch-stub';
import { MeilisearchNeedSearchEngine } from '../../src/search/meilisearch-need-search.engine';
import { NeedSearchQuery } from '../../src/search/need-search.port';
import { FIXTURE_NEEDS, NEED } from './need-search.fixtures';

const EVERYONE: NeedSearchQuery['audience'] = {
  public: false, all: true, coordinatorAreaIds: [], providerIds: [], companyIds: [],
  providerCoverage: { national: false, areaIds: [], municipalityCodes: [] },
};

describe('Meilisearch adapters at the HTTP boundary', () => {
  let stub: StubMeilisearch;
  let host: string;

  beforeEach(async () => {
    stub = new StubMeilisearch();
    host = await stub.start();
  });
  afterEach(() => stub.stop());

  const needs = (requestTimeoutMs?: number) => new MeilisearchNeedSearchEngine({ host, indexName: 'needs_test', taskTimeoutMs: 5000, requestTimeoutMs });

  it('creates the missing index with its settings before the first write', async () => {
    await needs().upsert([FIXTURE_NEEDS[0]!]);
    expect(stub.writes()).toEqual(['GET /indexes/needs_test', 'POST /indexes', 'PATCH /indexes/needs_test/settings', 'POST /indexes/needs_test/documents']);
    const settings = stub.requests.find((r) => r.method === 'PATCH')!.body as { filterableAttributes: string[]; sortableAttributes: string[] };
    expect(settings.filterableAttributes).toEqual(expect.arrayContaining(['visibility', 'companyId', 'stage']));
    expect(settings.sortableAttributes).toEqual(['updatedAtMs']);
  });

  it('prepares once for concurrent first calls, and not again afterwards', async () => {
    const engine = needs();
    await Promise.all([engine.upsert([FIXTURE_NEEDS[0]!]), engine.remove(['n02']), engine.search({ text: 'hitsaaja', filter: {}, audience: EVERYONE, offset: 0, limit: 10 })]);
    await engine.upsert([FIXTURE_NEEDS[1]!]);
    const writes = stub.writes();
    expect(writes.filter((w) => w === 'GET /indexes/needs_test')).toHaveLength(1);
    expect(writes.filter((w) => w === 'POST /indexes')).toHaveLength(1);
    expect(writes.filter((w) => w.startsWith('PATCH'))).toHaveLength(1);
    // Nothing touches the documents before the settings are applied.
    expect(writes.findIndex((w) => w.startsWith('PATCH'))).toBeLessThan(writes.findIndex((w) => w.includes('/documents') || w.endsWith('/search')));
  });

  it('throws when a write task fails, with the code and without document content', async () => {
    stub.outcomes.set('documentAdditionOrUpdate', [failed('invalid_document_fields', `Document \`${FIXTURE_NEEDS[0]!.companyName}\` is invalid`)]);
    const error = await needs().upsert([FIXTURE_NEEDS[0]!]).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(MeilisearchTaskFailedError);
    expect((error as Error).message).toContain('failed [invalid_document_fields]');
    expect((error as Error).message).not.toContain(FIXTURE_NEEDS[0]!.companyName);
  });

  it('throws when a task is canceled', async () => {
    stub.indexExists = true;
    stub.outcomes.set('documentDeletion', [{ status: 'canceled', error: null }]);
    await expect(needs().remove(['n01'])).rejects.toThrow(/documentDeletion on needs_test\) canceled/);
  });

  it('tries a failed preparation again on the next call', async () => {
    stub.outcomes.set('settingsUpdate', [failed('invalid_settings_filterable_attributes', 'Invalid filterable attributes.')]);
    const engine = needs();
    await expect(engine.upsert([FIXTURE_NEEDS[0]!])).rejects.toThrow(/settingsUpdate.*invalid_settings_filterable_attributes.*Invalid filterable attributes/);
    expect(stub.writes()).not.toContain('POST /indexes/needs_test/documents');
    await engine.upsert([FIXTURE_NEEDS[0]!]);
    expect(stub.writes().filter((w) => w.startsWith('PATCH'))).toHaveLength(2);
    expect(stub.writes()).toContain('POST /indexes/needs_test/documents');
  });

  it('accepts an index another process created in between', async () => {
    stub.outcomes.set('indexCreation', [failed('index_already_exists', 'Index `needs_test` already exists.')]);
    await needs().upsert([FIXTURE_NEEDS[0]!]);
    expect(stub.writes()).toContain('POST /indexes/needs_test/documents');
  });

  it('asks to match every word of the query, as the PostgreSQL engine does', async () => {
    stub.indexExists = true;
    await needs().search({ text: 'hitsaaja konepaja', filter: {}, audience: EVERYONE, offset: 0, limit: 10 });
    const search = stub.requests.find((r) => r.path.endsWith('/search'))!;
    expect(search.body).toMatchObject({ q: stemmedQuery('hitsaaja konepaja'), matchingStrategy: 'all' });
  });

  it('indexes stemmed copies of the texts, searched in one locale, whole words only', async () => {
    await needs().upsert([FIXTURE_NEEDS.find((document) => document.id === NEED.n09)!]);
    const [settings] = stub.bodies<Record<string, unknown>>('PATCH', '/settings');
    expect(settings).toMatchObject({
      searchableAttributes: expect.arrayContaining(['title', 'title_stemmed', 'description_stemmed', 'occupationLabel_stemmed', 'companyName_stemmed']),
      localizedAttributes: [{ attributePatterns: ['*'], locales: ['fin'] }],
      prefixSearch: 'disabled',
    });
    const [documents] = stub.bodies<Record<string, unknown>[]>('POST', '/documents');
    // "Puusepän oppisopimus Heinolassa": Finnish stems first, unaccented, as PostgreSQL's lexemes.
    expect(documents![0]!['title']).toBe('Puusepän oppisopimus Heinolassa');
    expect(documents![0]!['title_stemmed']).toEqual(expect.arrayContaining(['puusep oppisopimus heinol']));
    expect(documents![0]!['description_stemmed']).toEqual(expect.arrayContaining([expect.stringContaining('oppisopimuks')]));
  });

  it('sends the stems of the query words in the locale of the fields', async () => {
    stub.indexExists = true;
    await needs().search({ text: '  Puusepältä työtä!  ', filter: {}, audience: EVERYONE, offset: 0, limit: 10 });
    const [search] = stub.bodies<Record<string, unknown>>('POST', '/search');
    // puusepalta → puusep (Finnish), tyota → tyot (Swedish: the shortest stem).
    expect(search).toMatchObject({ q: 'puusep tyot', locales: ['fin'], matchingStrategy: 'all' });
  });

  it('gives up on a request slower than the timeout', async () => {
    stub.indexExists = true;
    stub.searchDelayMs = 2000;
    const engine = needs(200);
    const started = Date.now();
    const error = await engine.search({ text: 'hitsaaja', filter: {}, audience: EVERYONE, offset: 0, limit: 10 }).then(() => null, (e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(error).toBeInstanceOf(MeiliSearchRequestError);
    expect((error as MeiliSearchRequestError).cause).toBeInstanceOf(MeiliSearchRequestTimeOutError);
  });
});
