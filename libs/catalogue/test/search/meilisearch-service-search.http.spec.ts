// No Meilisearch server runs here: the services' adapter is driven against a stub of the
// endpoints it uses (test/kit/meilisearch-stub.ts; the needs' adapter's tests cover failed tasks,
// lazy index creation and timeouts, in libs/needs/test/search/meilisearch-http.spec.ts).
import { HIGHLIGHT_POST_TAG as POST, HIGHLIGHT_PRE_TAG as PRE, stemmedQuery } from '@ytmt/core';
import { StubMeilisearch } from '../../../../test/kit/meilisearch-stub';
import { MeilisearchServiceSearchEngine, MeiliServiceDocument, toMeiliDocuments } from '../../src/search/meilisearch-service-search.engine';
import { FIXTURE_SERVICES, ID, PLACES } from './service-search.fixtures';

const s01 = FIXTURE_SERVICES.find((document) => document.id === ID.s01)!;
const s04 = FIXTURE_SERVICES.find((document) => document.id === ID.s04)!;
const s15 = FIXTURE_SERVICES.find((document) => document.id === ID.s15)!;

describe('Meilisearch service search at the HTTP boundary', () => {
  let stub: StubMeilisearch;
  let host: string;

  beforeEach(async () => {
    stub = new StubMeilisearch();
    stub.indexExists = true;
    host = await stub.start();
  });
  afterEach(() => stub.stop());

  const services = () => new MeilisearchServiceSearchEngine({ host, indexName: 'services_test', taskTimeoutMs: 5000, requestTimeoutMs: 2000 });

  it('applies the settings first: stemmed copies searched, one locale, whole words, one hit per service', async () => {
    const result = await services().search({ text: 'palkkatuki Lahti', filter: {}, sort: { by: 'RELEVANCE' }, offset: 0, limit: 10 });
    expect(result.totalCount).toBe(0);
    expect(stub.writes()).toEqual(['GET /indexes/services_test', 'PATCH /indexes/services_test/settings', 'POST /indexes/services_test/search']);
    const [settings] = stub.bodies<Record<string, unknown>>('PATCH', '/settings');
    expect(settings).toMatchObject({
      searchableAttributes: expect.arrayContaining(['name.fi', 'name_stemmed', 'summary_stemmed', 'description_stemmed', 'organizationName_stemmed']),
      localizedAttributes: [{ attributePatterns: ['*'], locales: ['fin'] }],
      prefixSearch: 'disabled',
      distinctAttribute: 'serviceId',
      filterableAttributes: expect.arrayContaining(['serviceId', 'locationIndex', '_geo']),
      sortableAttributes: expect.arrayContaining(['_geo']),
    });
    // Synonyms are stemmed as queries and texts are: "palkkatuki" is sent as "palkkatuk".
    const synonyms = settings!['synonyms'] as Record<string, string[]>;
    expect(synonyms['palkkatuk']).toEqual(expect.arrayContaining(['wage subsidy', 'lonesubvention']));
    expect(synonyms['palkkatuki']).toBeUndefined();
  });

  it('writes a document per location with stemmed texts, then drops the locations a service no longer has', async () => {
    await services().upsert([s15, s01, s04, { ...s01, name: { ...s01.name, fi: 'Palkkatuki yrityksille' } }]);
    const [documents] = stub.bodies<MeiliServiceDocument[]>('POST', '/documents');
    expect(documents!.map((document) => [document.id, document.serviceId, document.locationIndex, document._geo ?? null])).toEqual([
      [ID.s15, ID.s15, 0, { lat: PLACES.tampere.latitude, lng: PLACES.tampere.longitude }],
      [`${ID.s15}_1`, ID.s15, 1, { lat: PLACES.nokia.latitude, lng: PLACES.nokia.longitude }],
      // The last version of a service in a batch wins.
      [ID.s01, ID.s01, 0, { lat: PLACES.lahti.latitude, lng: PLACES.lahti.longitude }],
      [ID.s04, ID.s04, 0, null],
    ]);
    const first = documents![2]!;
    expect(first.name.fi).toBe('Palkkatuki yrityksille');
    // Finnish, Swedish and English stems of each text, unaccented: PostgreSQL's lexemes.
    expect(first.name_stemmed).toEqual(expect.arrayContaining(['palkkatuk yrityks', 'lonesubventio for arbetsgivar', 'lonesubvention for arbetsgiv', 'pay subsidi for employ']));
    expect(first.summary_stemmed.join(' ')).toContain('palkkatuk');
    expect(first.organizationName_stemmed).toEqual(expect.arrayContaining(['lahd tyollisyyspalvelu']));
    // The location documents of a service are the same document apart from the location.
    const [tampere, nokia] = documents!;
    expect({ ...nokia, id: tampere!.id, locationIndex: 0, _geo: tampere!._geo }).toEqual(tampere);

    expect(stub.writes().slice(2)).toEqual(['POST /indexes/services_test/documents', 'POST /indexes/services_test/documents/delete']);
    const [deletion] = stub.bodies('POST', '/documents/delete');
    expect(deletion).toEqual({
      filter: `(serviceId IN ["${ID.s01}", "${ID.s04}"] AND locationIndex >= 1) OR (serviceId IN ["${ID.s15}"] AND locationIndex >= 2)`,
    });
  });

  it('deletes every location document of a removed service', async () => {
    await services().remove([ID.s15, ID.s01]);
    expect(stub.writes()).toEqual(['GET /indexes/services_test', 'PATCH /indexes/services_test/settings', 'POST /indexes/services_test/documents/delete']);
    expect(stub.bodies('POST', '/documents/delete')).toEqual([{ filter: `serviceId IN ["${ID.s15}", "${ID.s01}"]` }]);
  });

  it('searches with the stems of the query words, one locale, and one hit per service: its nearest location for a distance sort', async () => {
    // The stub answers with s15's Nokia document, as Meilisearch would for a search from Nokia.
    stub.searchHits = [
      { ...toMeiliDocuments(s15)[1], _formatted: { name: { fi: `${PRE}Rekrytointikoulutu${POST}s hoiva-alalle` } }, _rankingScore: 0.9 },
    ];
    const result = await services().search({
      text: 'Rekrytointikoulutusta hoiva-alalla',
      filter: {},
      sort: { by: 'DISTANCE', ...PLACES.nokia },
      offset: 0,
      limit: 10,
    });
    const [search] = stub.bodies<Record<string, unknown>>('POST', '/search');
    expect(search).toMatchObject({
      q: stemmedQuery('Rekrytointikoulutusta hoiva-alalla'),
      locales: ['fin'],
      distinct: 'serviceId',
      matchingStrategy: 'all',
      sort: [`_geoPoint(${PLACES.nokia.latitude}, ${PLACES.nokia.longitude}):asc`],
    });
    expect(search!['q']).toBe('rekrytointikoulutu hoiv ala');
    expect(result.totalCount).toBe(1);
    expect(result.hits.map((hit) => hit.id)).toEqual([ID.s15]);
    expect(result.hits[0]!.distanceKm).toBeLessThan(0.01);
    // A mark that stops inside a word is widened to the word, as ts_headline marks words.
    expect(result.hits[0]!.highlights).toEqual([{ field: 'name.fi', snippet: '<em>Rekrytointikoulutus</em> hoiva-alalle' }]);
  });
});
