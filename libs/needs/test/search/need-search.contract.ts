// One contract for every NeedSearchEngine adapter: the same tests, the same fixtures. An
// adapter's integration spec calls describeNeedSearchContract with a factory for its engine.
import { indexBeforeAll, OpenedEngine, openContractEngine } from '@ytmt/test-kit';
import { NeedFacetCount, NeedSearchAudience, NeedSearchEngine, NeedSearchFilter, NeedSearchQuery, NeedSearchResult } from '../../src/search/need-search.port';
import { AREA, caller, CALLERS, FIXTURE_NEEDS, NEED, PROVIDER } from './need-search.fixtures';
import { canSee, needSearchAudience } from '../../src/search/need-visibility';

const idsOf = (result: NeedSearchResult) => result.hits.map((hit) => hit.id);
const sortedIds = (result: NeedSearchResult) => idsOf(result).sort();
const asMap = (facets: readonly NeedFacetCount[]) => Object.fromEntries(facets.map((facet) => [facet.value, facet.count]));
const audienceOf = (label: string): NeedSearchAudience => {
  const found = caller(label);
  return needSearchAudience(found.principal, found.coverage);
};
const ADMIN = () => audienceOf('platform admin');
const ANONYMOUS = () => audienceOf('anonymous');

export function describeNeedSearchContract(name: string, createEngine: () => Promise<OpenedEngine<NeedSearchEngine>>): void {
  describe(`NeedSearchEngine contract: ${name}`, () => {
    let engine: NeedSearchEngine;
    const search = (text: string | null, audience: NeedSearchAudience, filter: NeedSearchFilter = {}, extra: Partial<NeedSearchQuery> = {}) =>
      engine.search({ text, filter, audience, offset: 0, limit: 50, ...extra });

    openContractEngine(createEngine, (opened) => (engine = opened));

    describe('with the fixture needs', () => {
      indexBeforeAll(() => engine, FIXTURE_NEEDS);

      describe('shows each audience exactly what it may see', () => {
        it.each(CALLERS.map((fixture) => [fixture.label, fixture] as const))('%s', async (_label, fixture) => {
          const audience = needSearchAudience(fixture.principal, fixture.coverage);
          const expected = fixture.sees.map((key) => NEED[key]).sort();
          // The hand-written expectation and the single rule agree …
          expect(FIXTURE_NEEDS.filter((document) => canSee(audience, document)).map((document) => document.id).sort()).toEqual(expected);
          // … and so does the engine, with and without text.
          const result = await search(null, audience);
          expect(sortedIds(result)).toEqual(expected);
          expect(result.totalCount).toBe(expected.length);
          const facetTotal = result.facets.stage.reduce((sum, facet) => sum + facet.count, 0);
          expect(facetTotal).toBe(expected.length);
        });
      });

      it('never lets text reveal a need the audience may not see', async () => {
        // n05 is COORDINATORS_ONLY; n06 is PUBLIC but CLOSED.
        for (const text of ['myyntiedustaja', 'lähihoitaja']) {
          const hidden = await search(text, ANONYMOUS());
          expect({ text, total: hidden.totalCount, hits: hidden.hits }).toEqual({ text, total: 0, hits: [] });
          expect(hidden.facets.stage).toEqual([]);
        }
        expect(idsOf(await search('myyntiedustaja', audienceOf("coordinator of the company's home area")))).toEqual([NEED.n05]);
        expect(idsOf(await search('myyntiedustaja', audienceOf("coordinator of the need's municipality's area")))).toEqual([]);
        expect(idsOf(await search('lähihoitaja', audienceOf("coordinator of the need's municipality's area")))).toEqual([NEED.n06]);
        // The company name is searchable; still only within what the caller may see.
        expect(sortedIds(await search('kotikallio', ANONYMOUS()))).toEqual([NEED.n12]);
        expect(sortedIds(await search('kotikallio', audienceOf('provider a need was forwarded to')))).toEqual([NEED.n08, NEED.n12].sort());
      });

      it('counts facets over the visible, filtered set', async () => {
        const anonymous = await search(null, ANONYMOUS());
        expect(asMap(anonymous.facets.kind)).toEqual({ RECRUITMENT: 2 });
        expect(asMap(anonymous.facets.municipality)).toEqual({ '398': 1, '049': 1 });
        expect(asMap(anonymous.facets.employmentArea)).toEqual({ [AREA.lahti]: 1, [AREA.helsinki]: 1 });
        expect(asMap(anonymous.facets.measure)).toEqual({ PAY_SUBSIDY: 2, WORK_TRIAL: 1 });
        expect(asMap(anonymous.facets.adjustment)).toEqual({ WORKING_TIME: 1, PHYSICAL_WORKPLACE: 1 });
        expect(asMap(anonymous.facets.openToPrecisionCapable)).toEqual({ true: 2 });
        expect(asMap(anonymous.facets.stage)).toEqual({ IDENTIFIED: 1, SPECIFIED: 1 });
        expect(asMap(anonymous.facets.occupationGroup)).toEqual({ '7': 1, '7212': 1, '9': 1, '9112': 1 });

        const helsinki = audienceOf("coordinator of the need's municipality's area");
        const all = await search(null, helsinki);
        expect(asMap(all.facets.stage)).toEqual({ IDENTIFIED: 2, SPECIFIED: 3, DESCRIBED: 1, PACKAGED: 1, OFFERED: 1, CLOSED: 1 });
        expect(asMap(all.facets.kind)).toEqual({ RECRUITMENT: 7, SUPPORT_AND_ADVICE: 3 });
        expect(asMap(all.facets.openToPrecisionCapable)).toEqual({ true: 4, false: 5 });
        // Most frequent first.
        expect(all.facets.kind[0]).toEqual({ value: 'RECRUITMENT', count: 7 });

        const paySubsidy = await search(null, helsinki, { measures: ['PAY_SUBSIDY'] }, { limit: 1 });
        expect(paySubsidy.hits).toHaveLength(1);
        expect(paySubsidy.totalCount).toBe(4);
        expect(asMap(paySubsidy.facets.measure)).toEqual({ PAY_SUBSIDY: 4, WORK_TRIAL: 2, JOB_COACHING: 1 });
        expect(asMap(paySubsidy.facets.municipality)).toEqual({ '398': 1, '091': 2, '049': 1 });
      });

      it.each<[string, NeedSearchFilter, (keyof typeof NEED)[]]>([
        ['kind', { kinds: ['COMPETENCE_DEVELOPMENT'] }, ['n03']],
        ['kinds OR within the facet', { kinds: ['COMPETENCE_DEVELOPMENT', 'SUPPORT_AND_ADVICE'] }, ['n03', 'n08', 'n10', 'n14']],
        ['municipality', { municipalityCodes: ['091'] }, ['n04', 'n05', 'n06', 'n07', 'n08']],
        ['municipalities', { municipalityCodes: ['091', '111'] }, ['n04', 'n05', 'n06', 'n07', 'n08', 'n09']],
        ['employment area', { employmentAreaIds: [AREA.lahti] }, ['n01', 'n02', 'n03', 'n09', 'n11']],
        ['measure', { measures: ['APPRENTICESHIP'] }, ['n03', 'n06', 'n09']],
        ['adjustment', { adjustments: ['LANGUAGE_SUPPORT'] }, ['n07', 'n08']],
        ['open to precision-capable', { openToPrecisionCapable: true }, ['n01', 'n02', 'n04', 'n07', 'n11', 'n12']],
        ['not open to precision-capable', { openToPrecisionCapable: false }, ['n03', 'n05', 'n06', 'n08', 'n09', 'n10', 'n13', 'n14']],
        ['6T stages', { stages: ['FILLED', 'CLOSED'] }, ['n06', 'n11']],
        ['ISCO major group', { occupationGroups: ['5'] }, ['n06', 'n07', 'n08']],
        ['ISCO unit group', { occupationGroups: ['5322'] }, ['n07', 'n08']],
        ['ISCO groups of both levels', { occupationGroups: ['7', '9112'] }, ['n01', 'n03', 'n04', 'n09', 'n12']],
        ['facets AND across', { kinds: ['RECRUITMENT'], measures: ['PAY_SUBSIDY'], employmentAreaIds: [AREA.helsinki] }, ['n04', 'n07', 'n12']],
        ['empty lists filter nothing', { kinds: [], stages: [] }, Object.keys(NEED) as (keyof typeof NEED)[]],
      ])('filters: %s', async (_label, filter, expected) => {
        const result = await search(null, ADMIN(), filter);
        expect(sortedIds(result)).toEqual(expected.map((key) => NEED[key]).sort());
        expect(result.totalCount).toBe(expected.length);
      });

      it('applies filters within the audience', async () => {
        expect(idsOf(await search(null, ANONYMOUS(), { stages: ['CLOSED', 'FILLED'] }))).toEqual([]);
        expect(sortedIds(await search(null, audienceOf('provider with a national service'), { stages: ['CLOSED', 'FILLED'] }))).toEqual(
          [NEED.n06, NEED.n11].sort(),
        );
        expect(idsOf(await search(null, audienceOf('provider whose service covers'), { municipalityCodes: ['091'] }))).toEqual([]);
      });

      it('ranks a title match first and highlights it with <em>', async () => {
        const result = await search('hitsaaja', ADMIN());
        expect(result.hits[0]?.id).toBe(NEED.n01);
        expect(result.hits[0]?.score).toBeGreaterThan(0);
        const title = result.hits[0]?.highlights.find((highlight) => highlight.field === 'title');
        expect(title?.snippet).toContain('<em>Hitsaaja</em>');
        for (const highlight of result.hits[0]?.highlights ?? []) {
          expect(highlight.field).toMatch(/^(title|description)$/);
          expect(highlight.snippet).toContain('<em>');
        }
      });

      it('finds inflected forms and tolerates a typo', async () => {
        expect(idsOf(await search('lähihoitajaa', ADMIN()))).toContain(NEED.n06);
        expect(idsOf(await search('hitsaajan', ADMIN()))).toContain(NEED.n01);
        expect(idsOf(await search('hitsaja', ADMIN()))).toContain(NEED.n01);
      });

      it('finds a base form several edits from the inflected ones in the text (puuseppä → Puusepän, puusepäksi)', async () => {
        expect(idsOf(await search('puuseppä', ADMIN()))).toEqual([NEED.n09]);
        expect(idsOf(await search('palkanlaskennassa', ADMIN()))).toEqual([NEED.n10]);
      });

      it('requires every word of a multi-word query', async () => {
        // "työnantaja" alone finds several needs, "varastossa" two; both only n02.
        expect(idsOf(await search('työnantaja varastossa', ADMIN()))).toEqual([NEED.n02]);
        expect(idsOf(await search('varastossa työnantajalta', ADMIN()))).toEqual([NEED.n02]);
      });

      it('finds a short word with ä or ö, typed with or without them', async () => {
        expect(idsOf(await search('työn', ADMIN()))).toEqual([NEED.n08]);
        expect(idsOf(await search('tyon', ADMIN()))).toEqual([NEED.n08]);
      });

      it('finds Swedish and English words', async () => {
        expect(idsOf(await search('löneräkning', ADMIN()))).toEqual([NEED.n10]);
        expect(idsOf(await search('physiotherapist', ADMIN()))).toEqual([NEED.n14]);
      });

      it('finds nothing for a word that no need uses', async () => {
        const result = await search('sukellusvene', ADMIN());
        expect(result.totalCount).toBe(0);
        expect(result.hits).toEqual([]);
        expect(result.facets.kind).toEqual([]);
      });

      it('lists needs newest first without text, and pages by offset and limit in a stable order', async () => {
        const newestFirst = [...FIXTURE_NEEDS].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).map((document) => document.id);
        const all = idsOf(await search(null, ADMIN(), {}, { limit: 14 }));
        expect(all).toEqual(newestFirst);
        for (const hit of (await search(null, ADMIN())).hits) expect(hit.highlights).toEqual([]);
        const pages: string[] = [];
        for (let offset = 0; offset < 14; offset += 4) {
          const page = await search(null, ADMIN(), {}, { offset, limit: 4 });
          expect(page.totalCount).toBe(14);
          pages.push(...idsOf(page));
        }
        expect(pages).toEqual(all);
        expect((await search(null, ADMIN(), {}, { offset: 14, limit: 4 })).hits).toEqual([]);

        const ranked = idsOf(await search('työnantaja', ADMIN()));
        expect(ranked.length).toBeGreaterThanOrEqual(4);
        const firstPage = idsOf(await search('työnantaja', ADMIN(), {}, { limit: 2 }));
        const secondPage = idsOf(await search('työnantaja', ADMIN(), {}, { offset: 2, limit: 2 }));
        expect([...firstPage, ...secondPage]).toEqual(ranked.slice(0, 4));
      });
    });

    describe('index maintenance', () => {
      beforeAll(async () => {
        await engine.clear();
      });

      it('upserts idempotently and replaces a changed document, visibility and forwards included', async () => {
        await engine.upsert(FIXTURE_NEEDS);
        const first = await search('työnantaja', ADMIN());
        await engine.upsert(FIXTURE_NEEDS);
        await engine.upsert([]);
        expect(await search('työnantaja', ADMIN())).toEqual(first);
        expect((await search(null, ADMIN())).totalCount).toBe(14);

        const n02 = FIXTURE_NEEDS.find((document) => document.id === NEED.n02)!;
        // Made public: everyone finds it now.
        await engine.upsert([{ ...n02, visibility: 'PUBLIC' }]);
        expect(sortedIds(await search(null, ANONYMOUS()))).toEqual([NEED.n01, NEED.n02, NEED.n12].sort());
        // Made COORDINATORS_ONLY and forwarded: only coordinators of the company's areas and the provider.
        await engine.upsert([{ ...n02, visibility: 'COORDINATORS_ONLY', forwardedProviderIds: [PROVIDER.tyopaja] }]);
        expect(idsOf(await search(null, ANONYMOUS()))).not.toContain(NEED.n02);
        expect(idsOf(await search(null, audienceOf('provider whose service covers')))).not.toContain(NEED.n02);
        expect(idsOf(await search(null, audienceOf('provider whose service does not cover')))).toContain(NEED.n02);
        expect((await search(null, ADMIN())).totalCount).toBe(14);
      });

      it('removes idempotently, and ignores unknown ids', async () => {
        await engine.remove([NEED.n01]);
        await engine.remove([NEED.n01, 'ffffffff-ffff-4fff-bfff-ffffffffffff']);
        await engine.remove([]);
        expect(idsOf(await search('hitsaaja', ADMIN()))).toEqual([]);
        expect((await search(null, ADMIN())).totalCount).toBe(13);
      });

      it('clears everything, twice without complaint', async () => {
        await engine.clear();
        await engine.clear();
        const result = await search(null, ADMIN());
        expect(result.totalCount).toBe(0);
        expect(result.hits).toEqual([]);
        expect(result.facets.kind).toEqual([]);
      });
    });
  });
}
