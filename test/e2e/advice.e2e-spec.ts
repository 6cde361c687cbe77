import { Role } from '@ytmt/core';
import { anonymous, createApp, GraphQLClient, signIn, TestApp } from '@ytmt/test-kit';

const SEARCH = `query ($query: String, $topics: [String!], $language: AdviceLanguage, $first: Int, $after: String) {
  adviceArticles(query: $query, topics: $topics, language: $language, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { slug language title topics highlights { field snippet } } }
  }
}`;

type Node = { slug: string; language: string; title: string; topics: string[]; highlights: { field: string; snippet: string }[] };
type SearchResult = { adviceArticles: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Node }[] } };

describe('Advice articles end to end', () => {
  let app: TestApp;
  let visitor: GraphQLClient;

  beforeAll(async () => {
    app = await createApp();
    visitor = anonymous(app);
  });
  afterAll(() => app.close());

  const search = (variables: Record<string, unknown>) => visitor.data<SearchResult>(SEARCH, variables);
  const slugs = (result: SearchResult) => result.adviceArticles.edges.map((e) => e.node.slug);

  it('finds the pay-subsidy article from inflected and misspelt Finnish', async () => {
    for (const query of ['palkkatuesta', 'palkkatukea', 'palkatuki', 'tyonantajan palkkatuki']) {
      const result = await search({ query });
      expect({ query, first: slugs(result)[0] }).toEqual({ query, first: 'palkkatuki-tyonantajalle' });
    }
    const inflected = await search({ query: 'palkkatuesta' });
    const highlight = inflected.adviceArticles.edges[0]!.node.highlights;
    expect(highlight.map((h) => h.field)).toContain('title.fi');
    expect(highlight.find((h) => h.field === 'title.fi')?.snippet).toContain('<em>Palkkatuki</em>');

    expect(slugs(await search({ query: 'oppisopimuksen' }))[0]).toBe('oppisopimus-tyonantajalle');
  });

  it('finds a Swedish article from a Swedish word and shows it in Swedish', async () => {
    const result = await search({ query: 'läroavtal', language: 'SV' });
    const first = result.adviceArticles.edges[0]!.node;
    expect(first.slug).toBe('oppisopimus-tyonantajalle');
    expect(first.language).toBe('SV');
    expect(first.title).toMatch(/^Läroavtal/);
    expect(first.highlights.map((h) => h.field)).toContain('title.sv');

    // An article without an English text falls back to Finnish.
    const { adviceArticle } = await visitor.data<{ adviceArticle: { language: string; availableLanguages: string[] } }>(
      'query { adviceArticle(slug: "rekrytointikoulutus", language: EN) { language availableLanguages } }',
    );
    expect(adviceArticle).toEqual({ language: 'FI', availableLanguages: ['FI', 'SV'] });
  });

  it('filters by topic and pages through the results', async () => {
    const result = await search({ topics: ['WORKING_TIME'] });
    expect(slugs(result)).toEqual(['tyoajan-ja-tehtavien-joustot']);
    const obligations = await search({ topics: ['EMPLOYER_OBLIGATIONS'], first: 2 });
    expect(obligations.adviceArticles.totalCount).toBeGreaterThan(2);
    expect(obligations.adviceArticles.edges.every((e) => e.node.topics.includes('EMPLOYER_OBLIGATIONS'))).toBe(true);
    const next = await search({ topics: ['EMPLOYER_OBLIGATIONS'], first: 2, after: obligations.adviceArticles.pageInfo.endCursor });
    expect(slugs(next)).not.toContain(slugs(obligations)[0]);
    const all = await search({});
    expect(all.adviceArticles.totalCount).toBeGreaterThanOrEqual(10);
  });

  it('links a need to the advice on its measures and adjustments', async () => {
    const employer = await signIn(app, Role.EMPLOYER_USER);
    const [{ id: companyId }] = await app.dataSource.query(`SELECT id FROM organization WHERE name = 'Lahden Konepaja Oy'`);
    const input = {
      kinds: ['RECRUITMENT'],
      title: 'Kokoonpanija osa-aikaiseksi',
      description: 'Haemme kokoonpanijaa pienosien kokoonpanoon, työaika sovitaan yhdessä.',
      municipalityCode: '398',
      remote: false,
      positions: 1,
      hoursMin: 20,
      hoursMax: 30,
      partTimePossible: true,
      measuresOpenTo: ['PAY_SUBSIDY'],
      adjustmentsOffered: ['WORKING_TIME'],
      openToPrecisionCapable: true,
      visibility: 'COORDINATORS_ONLY',
      tasks: [],
    };
    const { createNeed } = await employer.data<{ createNeed: { advice: { slug: string; topics: string[] }[] } }>(
      'mutation ($companyId: ID!, $input: NeedInput!) { createNeed(companyId: $companyId, input: $input) { advice { slug topics } } }',
      { companyId, input },
    );
    const linked = createNeed.advice.map((a) => a.slug);
    expect(linked).toEqual(expect.arrayContaining(['palkkatuki-tyonantajalle', 'tyoajan-ja-tehtavien-joustot']));
    expect(createNeed.advice.every((a) => a.topics.some((t) => t === 'PAY_SUBSIDY' || t === 'WORKING_TIME'))).toBe(true);
    expect(linked).not.toContain('osallistava-tyopaikkailmoitus');
  });

  it('refuses bad input with the field path', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ topics: ['PAY_SUBSIDY', 'NO_SUCH_TOPIC'] }, 'topics[1]'],
      [{ query: 'palkkatuki '.repeat(30) }, 'query'],
      [{ first: 101 }, 'first'],
      [{ after: 'bm90IGEgY3Vyc29y' }, 'after'],
    ];
    for (const [variables, path] of cases) {
      const result = await visitor.request(SEARCH, variables);
      expect({ path, extensions: result.errors?.[0]?.extensions }).toMatchObject({
        path,
        extensions: { code: 'BAD_USER_INPUT', fields: [{ path }] },
      });
    }
    const missing = await visitor.request('query { adviceArticle(slug: "no-such-article") { id } }');
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
