// Issue 15, point 5: the public service search does only the work the query selects. Without
// facets none are labelled; taxonomy labels come from a cache that the process's own changes clear.
import { Role } from '@ytmt/core';
import { ServiceReindexer } from '@ytmt/catalogue';
import { anonymous, countStatements, createApp, employerServiceInput, GraphQLClient, publishNewService, signIn, TestApp } from '@ytmt/test-kit';

const HITS = 'totalCount edges { node { service { id name { fi } } } }';
const FACETS = `facets {
  category { value label count } targetGroup { value label count } sector { value label count }
  deliveryMode { value label count } language { value label count } cost { value label count } area { value label count } }`;
const WITHOUT_FACETS = `{ searchServices(query: "palkkatuki", first: 10) { ${HITS} } }`;
const WITH_FACETS = `{ searchServices(query: "palkkatuki", first: 10) { ${HITS} ${FACETS} } }`;
const FACETS_IN_FRAGMENT = `{ searchServices(query: "palkkatuki", first: 10) { ...hits } }
  fragment hits on ServiceSearchConnection { ${HITS} ... on ServiceSearchConnection { ${FACETS} } }`;

type Facet = { value: string; label: string; count: number };
interface Search {
  searchServices: { totalCount: number; edges: { node: { service: { id: string } } }[]; facets?: Record<string, Facet[]> };
}

/**
 * Statements of the search without facets: the page's services, their own rows only (nothing
 * selects a relation). (The search engine's own statements run on a connection of its own and
 * are not counted here.)
 */
const STATEMENTS_WITHOUT_FACETS = 1;
/** Each selected relation adds one statement for the whole page: provider, terms, areas, places, prices. */
const RELATIONS = `provider { id name } categories { code labelFi } targetGroups { code }
  coverage { national employmentAreaIds municipalityCodes } locations { id streetAddress municipalityCode } costOptions { amount currency }`;
/** The service's own fields: read from its row alone. */
const OWN = `id status name { fi sv en } summary { fi } audience deliveryMode languages isFree minimumAge capacity url
  approvedEmploymentAreaIds publishedAt updatedAt archivedAt`;
const WITH_RELATIONS = `{ searchServices(query: "palkkatuki", first: 10) { totalCount edges { node { service { ${OWN} ${RELATIONS} } } } } }`;
const RELATION_STATEMENTS = 5;

describe('Statement counts: the service search', () => {
  let app: TestApp;
  let visitor: GraphQLClient;
  let admin: GraphQLClient;

  beforeAll(async () => {
    // Without the result cache (search-result-cache.e2e-spec.ts): the statements of computing an answer.
    app = await createApp({ env: { SEARCH_RESULT_CACHE_SIZE: '0' } });
    visitor = anonymous(app);
    admin = await signIn(app, Role.PLATFORM_ADMIN);
    // Two services in the Lahti area that mention palkkatuki, indexed as the worker would.
    const provider = await signIn(app, 'palveluntuottaja.saatio@ytmt.example');
    const coordinator = await signIn(app, Role.COORDINATOR);
    const [{ id: lahtiAreaId }] = await app.dataSource.query<{ id: string }[]>(`SELECT id FROM employment_area WHERE code = 'lahti'`);
    const coverage = { isNational: false, employmentAreaIds: [lahtiAreaId], municipalityCodes: ['398'] };
    await publishNewService(provider, coordinator, employerServiceInput('Palkkatuki työnantajalle', ['PAY_SUBSIDY', 'JOB_COACHING'], coverage));
    await publishNewService(provider, coordinator, { ...employerServiceInput('Palkkatukineuvonta', ['PAY_SUBSIDY'], coverage), isFree: false, costOptions: [{ amount: 450, currency: 'EUR' }] });
    await app.app.get(ServiceReindexer).reindex();
  }, 120_000);
  afterAll(() => app?.close());

  const counted = (query: string) => countStatements(app.dataSource, () => visitor.data<Search>(query));

  it('labels facets only when they are selected, with the labels of the taxonomy', async () => {
    // The first searches of a process load what it caches.
    await visitor.data(WITH_FACETS);
    const without = await counted(WITHOUT_FACETS);
    const withFacets = await counted(WITH_FACETS);
    const inFragment = await counted(FACETS_IN_FRAGMENT);

    expect(without.result.searchServices.totalCount).toBeGreaterThan(0);
    expect(without.result.searchServices.facets).toBeUndefined();
    // Without facets the engine only counts: the same total and page all the same.
    expect(withFacets.result.searchServices.totalCount).toBe(without.result.searchServices.totalCount);
    expect(withFacets.result.searchServices.edges).toEqual(without.result.searchServices.edges);
    if (without.statements !== STATEMENTS_WITHOUT_FACETS) console.log(without.sql.join('\n'));
    expect(without.statements).toBe(STATEMENTS_WITHOUT_FACETS);
    // Facets add no statement of their own: taxonomy labels and the names of employment areas and
    // municipalities are cached by the process (read by the first search above).
    if (withFacets.statements !== STATEMENTS_WITHOUT_FACETS) console.log(withFacets.sql.join('\n'));
    expect(withFacets.statements).toBe(STATEMENTS_WITHOUT_FACETS);
    expect(inFragment.result.searchServices.facets).toEqual(withFacets.result.searchServices.facets);

    // The facets are those the search gave before: counts over all matches, labels from the tables.
    const facets = withFacets.result.searchServices.facets as Record<string, Facet[]>;
    const { totalCount } = withFacets.result.searchServices;
    for (const name of ['sector', 'deliveryMode', 'cost']) expect(facets[name].reduce((sum, f) => sum + f.count, 0)).toBe(totalCount);
    const terms = await app.dataSource.query<{ taxonomy: string; code: string; label_fi: string }[]>('SELECT taxonomy, code, label_fi FROM taxonomy_term');
    const label = (taxonomy: string, code: string) => terms.find((t) => t.taxonomy === taxonomy && t.code === code)?.label_fi;
    expect(facets['category'].length).toBeGreaterThan(0);
    for (const f of facets['category']) expect(f.label).toBe(label('SERVICE_CATEGORY', f.value));
    for (const f of facets['targetGroup']) expect(f.label).toBe(label('TARGET_GROUP', f.value));
    expect(facets['cost'].map((f) => f.label).every((l) => ['Maksuton', 'Maksullinen'].includes(l))).toBe(true);
    expect(facets['area'].every((f) => f.label !== f.value || f.value === 'NATIONAL')).toBe(true);
  });

  it("loads a service's relations only when selected, one statement per relation for the whole page", async () => {
    await visitor.data(WITH_RELATIONS);
    const withRelations = await counted(WITH_RELATIONS);
    const hits = (withRelations.result as unknown as {
      searchServices: { edges: { node: { service: Record<string, unknown> & { id: string } } }[] };
    }).searchServices.edges.map((edge) => edge.node.service);
    expect(hits.length).toBeGreaterThanOrEqual(2);
    if (withRelations.statements !== STATEMENTS_WITHOUT_FACETS + RELATION_STATEMENTS) console.log(withRelations.sql.join('\n'));
    expect(withRelations.statements).toBe(STATEMENTS_WITHOUT_FACETS + RELATION_STATEMENTS);
    // The same relations as the single service query, which loads the whole service at once.
    for (const hit of hits) {
      const { service } = await visitor.data<{ service: Record<string, unknown> }>(`query ($id: ID!) { service(id: $id) { ${OWN} ${RELATIONS} } }`, {
        id: hit.id,
      });
      expect(hit).toEqual(service);
    }
    const named = (name: string) => hits.find((hit) => (hit['name'] as { fi: string }).fi === name);
    expect(named('Palkkatukineuvonta')?.['costOptions']).toEqual([{ amount: 450, currency: 'EUR' }]);
    expect((named('Palkkatuki työnantajalle')?.['categories'] as { code: string }[]).map((term) => term.code).sort()).toEqual(['JOB_COACHING', 'PAY_SUBSIDY']);
    expect(named('Palkkatuki työnantajalle')?.['coverage']).toEqual(expect.objectContaining({ national: false, municipalityCodes: ['398'] }));
  });

  it('reads the taxonomy labels once, and shows a changed label at once', async () => {
    const first = (await visitor.data<Search>(WITH_FACETS)).searchServices.facets as Record<string, Facet[]>;
    const { value: code, label } = first['category'][0];
    const again = await counted(WITH_FACETS);
    expect(again.sql.filter((sql) => /FROM "?taxonomy_term"? /.test(sql))).toEqual([]);

    const [term] = await app.dataSource.query<{ id: string }[]>(`SELECT id FROM taxonomy_term WHERE taxonomy = 'SERVICE_CATEGORY' AND code = $1`, [code]);
    await admin.data('mutation ($id: ID!, $input: UpdateTaxonomyTermInput!) { updateTaxonomyTerm(id: $id, input: $input) { id } }', {
      id: term.id,
      input: { labelFi: `${label} (uusi)` },
    });
    const after = (await visitor.data<Search>(WITH_FACETS)).searchServices.facets as Record<string, Facet[]>;
    expect(after['category'].find((f) => f.value === code)?.label).toBe(`${label} (uusi)`);
    await admin.data('mutation ($id: ID!, $input: UpdateTaxonomyTermInput!) { updateTaxonomyTerm(id: $id, input: $input) { id } }', {
      id: term.id,
      input: { labelFi: label },
    });
  });
  it('names employment areas from the cache, and shows a renamed area at once', async () => {
    const [{ id: areaId, name_fi: name }] = await app.dataSource.query<{ id: string; name_fi: string }[]>(
      `SELECT id, name_fi FROM employment_area WHERE code = 'lahti'`,
    );
    const areaLabel = (search: Search) => search.searchServices.facets?.['area']?.find((f) => f.value === areaId)?.label;
    expect(areaLabel((await visitor.data<Search>(WITH_FACETS)))).toBe(name);
    const again = await counted(WITH_FACETS);
    expect(again.sql.filter((sql) => /FROM "?(employment_area|municipality)"?(\s|$)/.test(sql))).toEqual([]);

    const rename = (nameFi: string) =>
      admin.data('mutation ($id: ID!, $nameFi: String) { updateEmploymentArea(id: $id, input: { nameFi: $nameFi }) { id } }', { id: areaId, nameFi });
    await rename(`${name} (uusi)`);
    try {
      expect(areaLabel(await visitor.data<Search>(WITH_FACETS))).toBe(`${name} (uusi)`);
    } finally {
      await rename(name);
    }
  });
});
