// One contract for every ServiceSearchEngine adapter: the same tests, the same fixtures. An
// adapter's integration spec calls describeServiceSearchContract with a factory for its engine.
import { indexBeforeAll, OpenedEngine, openContractEngine } from '@ytmt/test-kit';
import {
  FacetCount,
  Sector,
  ServiceSearchEngine,
  ServiceSearchFilter,
  ServiceSearchQuery,
  ServiceSearchDocument,
  ServiceSearchResult,
} from '../../src/search/service-search.port';
import {
  EQUAL_FOOTING_SECTORS,
  equalFootingTriples,
  FIXTURE_SERVICES,
  HELSINKI_AREA_ID,
  ID,
  LAHTI_AREA_ID,
  PLACES,
  TAMPERE_AREA_ID,
} from './service-search.fixtures';

function searchQuery(text: string | null, filter: ServiceSearchFilter = {}, extra: Partial<ServiceSearchQuery> = {}): ServiceSearchQuery {
  return { text, filter, sort: { by: 'RELEVANCE' }, offset: 0, limit: 50, ...extra };
}

/** The services of the several-locations block. */
const MULTI_ID = {
  m1: '6d1c4e2a-93b1-4c7e-8f20-000000000001',
  m2: '6d1c4e2a-93b1-4c7e-8f20-000000000002',
  m3: '6d1c4e2a-93b1-4c7e-8f20-000000000003',
  m4: '6d1c4e2a-93b1-4c7e-8f20-000000000004',
};

const idsOf = (result: ServiceSearchResult) => result.hits.map((hit) => hit.id);
const sortedIds = (result: ServiceSearchResult) => idsOf(result).sort();
const asMap = (facets: readonly FacetCount[]) => Object.fromEntries(facets.map((facet) => [facet.value, facet.count]));

export function describeServiceSearchContract(name: string, createEngine: () => Promise<OpenedEngine<ServiceSearchEngine>>): void {
  describe(`ServiceSearchEngine contract: ${name}`, () => {
    let engine: ServiceSearchEngine;
    const search = (text: string | null, filter: ServiceSearchFilter = {}, extra: Partial<ServiceSearchQuery> = {}) =>
      engine.search(searchQuery(text, filter, extra));

    openContractEngine(createEngine, (opened) => (engine = opened));

    describe('with the fixture catalogue', () => {
      indexBeforeAll(() => engine, FIXTURE_SERVICES);

      it('lists every service when the text is empty, with exact facet counts', async () => {
        const result = await search(null);
        expect(result.totalCount).toBe(15);
        expect(sortedIds(result)).toEqual(Object.values(ID).sort());
        for (const hit of result.hits) expect(hit.highlights).toEqual([]);
        expect(asMap(result.facets.sector)).toEqual({ PUBLIC: 6, PRIVATE: 5, THIRD_SECTOR: 4 });
        expect(asMap(result.facets.category)).toEqual({
          PAY_SUBSIDY: 2,
          APPRENTICESHIP: 1,
          STAFF_DEVELOPMENT: 2,
          WORK_TRIAL: 1,
          RECRUITMENT_SERVICES: 2,
          JOB_COACHING: 1,
          WORK_ABILITY_SUPPORT: 2,
          INTEGRATION_SERVICES: 1,
          ON_THE_JOB_LEARNING: 1,
          WORKSHOP: 1,
          REHABILITATIVE_WORK: 1,
          SKILLS_RECOGNITION: 1,
          CAREER_GUIDANCE: 1,
          ACCOMMODATION_ADVICE: 1,
          INCLUSIVE_RECRUITMENT_ADVICE: 1,
          ENTREPRENEURSHIP_ADVICE: 1,
          EMPLOYMENT_VIA_PROCUREMENT: 1,
          RECRUITMENT_TRAINING: 1,
          LABOUR_MARKET_TRAINING: 1,
        });
        expect(asMap(result.facets.targetGroup)).toEqual({
          PARTIAL_WORK_ABILITY: 4,
          LONG_TERM_UNEMPLOYED: 4,
          IMMIGRANTS: 4,
          OLDER: 3,
          YOUNG: 2,
          DISABLED: 2,
          LOW_EDUCATION: 1,
          LEARNING_DIFFICULTIES: 1,
        });
        expect(asMap(result.facets.deliveryMode)).toEqual({ ON_SITE: 6, REMOTE: 5, HYBRID: 4 });
        expect(asMap(result.facets.language)).toEqual({ fi: 15, en: 6, sv: 5 });
        expect(asMap(result.facets.cost)).toEqual({ FREE: 10, PAID: 5 });
        expect(asMap(result.facets.area)).toEqual({
          NATIONAL: 4,
          [LAHTI_AREA_ID]: 3,
          [HELSINKI_AREA_ID]: 3,
          [TAMPERE_AREA_ID]: 2,
          'municipality:111': 2,
          'municipality:049': 1,
          'municipality:091': 1,
          'municipality:098': 1,
          'municipality:398': 1,
        });
        // Most frequent value first.
        expect(result.facets.sector[0]).toEqual({ value: 'PUBLIC', count: 6 });
      });

      it('counts facets over all matches of the text and the filter, not over the page', async () => {
        const result = await search('palkkatuki', {}, { limit: 1 });
        expect(result.hits).toHaveLength(1);
        expect(result.totalCount).toBe(2);
        expect(asMap(result.facets.sector)).toEqual({ PUBLIC: 1, THIRD_SECTOR: 1 });
        expect(asMap(result.facets.cost)).toEqual({ FREE: 2 });
        expect(asMap(result.facets.area)).toEqual({ NATIONAL: 1, [LAHTI_AREA_ID]: 1 });
        expect(asMap(result.facets.targetGroup)).toEqual({ PARTIAL_WORK_ABILITY: 1, LONG_TERM_UNEMPLOYED: 2 });

        const filtered = await search('palkkatuki', { sectors: ['THIRD_SECTOR'] });
        expect(idsOf(filtered)).toEqual([ID.s06]);
        expect(asMap(filtered.facets.sector)).toEqual({ THIRD_SECTOR: 1 });
        expect(asMap(filtered.facets.deliveryMode)).toEqual({ REMOTE: 1 });
      });

      it('finds a Finnish word in another inflected form (palkkatuen → Palkkatuki työnantajalle)', async () => {
        const result = await search('palkkatuen');
        expect(idsOf(result)).toEqual(expect.arrayContaining([ID.s01, ID.s06]));
        expect(idsOf(result)).not.toContain(ID.s03);
      });

      it('finds an inflected form several edits from the base word (palkkatuesta → Palkkatuki, palkkatukea, palkkatuen)', async () => {
        expect(sortedIds(await search('palkkatuesta'))).toEqual([ID.s01, ID.s06].sort());
      });

      it('requires every word of a multi-word query, each in any of its forms and fields', async () => {
        // "palkkatuki" alone finds s01 and s06; only s06 is for associations (yhdistys).
        expect(idsOf(await search('palkkatuki yhdistyksille'))).toEqual([ID.s06]);
        expect(idsOf(await search('yhdistyksen palkkatuesta'))).toEqual([ID.s06]);
        expect(idsOf(await search('palkkatuki sukellusvene'))).toEqual([]);
      });

      it('finds a short word with å, ä or ö, typed with or without them', async () => {
        // Too short for a typo to be forgiven: the letters must be read the same in the text and the query.
        const inSwedish = [ID.s02, ID.s07, ID.s11].sort();
        expect(sortedIds(await search('på arbetsplatsen'))).toEqual(inSwedish);
        expect(sortedIds(await search('pa arbetsplatsen'))).toEqual(inSwedish);
        expect(idsOf(await search('työtä'))).toEqual([ID.s11]);
        expect(idsOf(await search('tyota'))).toEqual([ID.s11]);
      });

      it('tolerates a typo (palkatuki)', async () => {
        expect(idsOf(await search('palkatuki'))).toContain(ID.s01);
      });

      it('finds Swedish and English words in the translations', async () => {
        expect(idsOf(await search('lönesubvention'))).toContain(ID.s01);
        expect(idsOf(await search('wage subsidy'))).toContain(ID.s01);
        expect(idsOf(await search('läroavtal'))).toContain(ID.s02);
      });

      it('ranks a name match first and highlights the hits with <em>', async () => {
        const result = await search('työkokeilu');
        expect(result.hits[0]?.id).toBe(ID.s03);
        const name = result.hits[0]?.highlights.find((highlight) => highlight.field === 'name.fi');
        expect(name?.snippet).toContain('<em>Työkokeilu</em>');
        for (const highlight of result.hits[0]?.highlights ?? []) {
          expect(highlight.field).toMatch(/^(name|summary|description)\.(fi|sv|en)$/);
          expect(highlight.snippet).toContain('<em>');
        }
        expect(result.hits[0]?.distanceKm).toBeNull();
        expect(result.hits[0]?.score).toBeGreaterThan(0);
      });

      it('finds nothing for a word that no service uses', async () => {
        const result = await search('sukellusvene');
        expect(result.totalCount).toBe(0);
        expect(result.hits).toEqual([]);
        expect(result.facets.sector).toEqual([]);
      });

      it.each<[string, ServiceSearchFilter, string[]]>([
        ['one category', { categories: ['PAY_SUBSIDY'] }, [ID.s01, ID.s06]],
        ['categories OR within the facet', { categories: ['PAY_SUBSIDY', 'WORK_TRIAL'] }, [ID.s01, ID.s03, ID.s06]],
        ['facets AND across', { categories: ['PAY_SUBSIDY'], sectors: ['THIRD_SECTOR'] }, [ID.s06]],
        ['target group and delivery mode', { targetGroups: ['IMMIGRANTS'], deliveryModes: ['REMOTE'] }, [ID.s09]],
        ['service language', { languages: ['sv'] }, [ID.s01, ID.s07, ID.s10, ID.s11, ID.s13]],
        ['audience: services for both count for jobseekers', { audience: 'JOBSEEKERS' }, [ID.s02, ID.s03, ID.s05, ID.s08, ID.s09, ID.s13]],
        ['audience BOTH', { audience: 'BOTH' }, [ID.s02, ID.s05, ID.s09, ID.s13]],
        ['charged services', { isFree: false }, [ID.s04, ID.s07, ID.s10, ID.s12, ID.s15]],
        [
          'coverage ALL: national, the employment area and the municipality',
          { coverage: { municipalityCode: '111', employmentAreaId: LAHTI_AREA_ID, scope: 'ALL' } },
          [ID.s01, ID.s02, ID.s03, ID.s04, ID.s06, ID.s08, ID.s09, ID.s11, ID.s12],
        ],
        [
          'coverage REGIONAL leaves national services out',
          { coverage: { municipalityCode: '111', employmentAreaId: LAHTI_AREA_ID, scope: 'REGIONAL' } },
          [ID.s01, ID.s02, ID.s03, ID.s08, ID.s12],
        ],
        [
          'coverage NATIONAL keeps only national services',
          { coverage: { municipalityCode: '111', employmentAreaId: LAHTI_AREA_ID, scope: 'NATIONAL' } },
          [ID.s04, ID.s06, ID.s09, ID.s11],
        ],
        [
          'coverage of a municipality named by a service',
          { coverage: { municipalityCode: '398', employmentAreaId: LAHTI_AREA_ID, scope: 'ALL' } },
          [ID.s01, ID.s02, ID.s04, ID.s06, ID.s09, ID.s11, ID.s12, ID.s13],
        ],
        [
          'coverage REGIONAL with only a municipality',
          { coverage: { municipalityCode: '049', employmentAreaId: null, scope: 'REGIONAL' } },
          [ID.s10],
        ],
        [
          'several facets with a place',
          { coverage: { municipalityCode: '091', employmentAreaId: HELSINKI_AREA_ID, scope: 'ALL' }, isFree: true, deliveryModes: ['REMOTE'] },
          [ID.s06, ID.s09, ID.s11, ID.s14],
        ],
      ])('filters: %s', async (_label, filter, expected) => {
        const result = await search(null, filter);
        expect(sortedIds(result)).toEqual([...expected].sort());
        expect(result.totalCount).toBe(expected.length);
      });

      it('combines text with coverage', async () => {
        const result = await search('palkkatuki', {
          coverage: { municipalityCode: '111', employmentAreaId: LAHTI_AREA_ID, scope: 'REGIONAL' },
        });
        expect(idsOf(result)).toEqual([ID.s01]);
      });

      it('sorts by distance to the nearest location, services without one last', async () => {
        const result = await search(null, {}, { sort: { by: 'DISTANCE', ...PLACES.lahtiMarket } });
        expect(result.totalCount).toBe(15);
        expect(idsOf(result).slice(0, 2).sort()).toEqual([ID.s02, ID.s13].sort());
        expect(result.hits[0]?.distanceKm).toBeLessThan(0.01);
        const distances = result.hits.map((hit) => hit.distanceKm);
        const known = distances.filter((distance): distance is number => distance !== null);
        expect(known).toEqual([...known].sort((a, b) => a - b));
        expect(distances.slice(known.length)).toEqual([null, null, null]);
        expect(idsOf(result).slice(known.length).sort()).toEqual([ID.s04, ID.s06, ID.s11].sort());
        // Lahti market square to Helsinki centre is about 100 km as the crow flies.
        const helsinki = result.hits.find((hit) => hit.id === ID.s05);
        expect(helsinki?.distanceKm).toBeGreaterThan(95);
        expect(helsinki?.distanceKm).toBeLessThan(105);
      });

      it('measures distance to the nearest of several locations, with text', async () => {
        const result = await search('rekrytointikoulutus', {}, { sort: { by: 'DISTANCE', ...PLACES.nokia } });
        expect(result.hits[0]?.id).toBe(ID.s15);
        expect(result.hits[0]?.distanceKm).toBeLessThan(0.01);
      });

      it('pages by offset and limit in a stable order', async () => {
        const all = idsOf(await search(null, {}, { limit: 15 }));
        expect(idsOf(await search(null, {}, { limit: 15 }))).toEqual(all);
        const pages: string[] = [];
        for (let offset = 0; offset < 15; offset += 4) {
          const page = await search(null, {}, { offset, limit: 4 });
          expect(page.totalCount).toBe(15);
          pages.push(...idsOf(page));
        }
        expect(pages).toEqual(all);
        expect(new Set(pages).size).toBe(15);
        expect((await search(null, {}, { offset: 15, limit: 4 })).hits).toEqual([]);

        const ranked = idsOf(await search('työnantaja', {}, { limit: 50 }));
        const firstPage = idsOf(await search('työnantaja', {}, { limit: 2 }));
        const secondPage = idsOf(await search('työnantaja', {}, { offset: 2, limit: 2 }));
        expect([...firstPage, ...secondPage]).toEqual(ranked.slice(0, 4));
      });
    });

    describe('services with several locations', () => {
      const place = (id: string, locations: ServiceSearchDocument['locations']): ServiceSearchDocument => ({
        ...FIXTURE_SERVICES[2]!,
        id,
        name: { fi: 'Työkokeilu monella paikkakunnalla', sv: null, en: null },
        locations,
      });
      // From Lahti market square: m1's first location (Helsinki, about 99 km) is not its nearest
      // (Lahti, under 1 km); m2 is in Heinola (about 26 km), m3 in Tampere (about 118 km) and
      // Espoo (about 103 km), m4 has no location.
      const m1 = place(MULTI_ID.m1, [PLACES.helsinki, PLACES.espoo, PLACES.lahti]);
      const m2 = place(MULTI_ID.m2, [PLACES.heinola]);
      const m3 = place(MULTI_ID.m3, [PLACES.tampere, PLACES.espoo]);
      const m4 = place(MULTI_ID.m4, []);
      const fromLahti = { sort: { by: 'DISTANCE' as const, ...PLACES.lahtiMarket } };

      indexBeforeAll(() => engine, [m1, m2, m3, m4]);

      it('sorts a service by its nearest location, not its first, and counts services once', async () => {
        for (const text of [null, 'työkokeilu']) {
          const result = await search(text, {}, fromLahti);
          expect({ text, ids: idsOf(result) }).toEqual({ text, ids: [MULTI_ID.m1, MULTI_ID.m2, MULTI_ID.m3, MULTI_ID.m4] });
          expect(result.totalCount).toBe(4);
          expect(result.hits[0]?.distanceKm).toBeLessThan(1);
          expect(result.hits[3]?.distanceKm).toBeNull();
          expect(asMap(result.facets.sector)).toEqual({ THIRD_SECTOR: 4 });
          expect(asMap(result.facets.area)).toEqual({ 'municipality:111': 4 });
        }
        const page = await search(null, {}, { ...fromLahti, offset: 1, limit: 2 });
        expect(idsOf(page)).toEqual([MULTI_ID.m2, MULTI_ID.m3]);
        expect(page.totalCount).toBe(4);
        expect((await search(null)).totalCount).toBe(4);
      });

      it('forgets the locations a service no longer has, and all of them when it is removed', async () => {
        await engine.upsert([{ ...m1, locations: [PLACES.helsinki] }]);
        const moved = await search(null, {}, fromLahti);
        expect(idsOf(moved)).toEqual([MULTI_ID.m2, MULTI_ID.m1, MULTI_ID.m3, MULTI_ID.m4]);
        expect(moved.hits[1]?.distanceKm).toBeGreaterThan(95);
        expect(moved.totalCount).toBe(4);

        await engine.upsert([m1]);
        expect(idsOf(await search(null, {}, fromLahti))[0]).toBe(MULTI_ID.m1);
        await engine.remove([MULTI_ID.m1, MULTI_ID.m3]);
        const left = await search('työkokeilu', {}, fromLahti);
        expect(idsOf(left)).toEqual([MULTI_ID.m2, MULTI_ID.m4]);
        expect(left.totalCount).toBe(2);
      });
    });

    describe('equal footing of public, private and third-sector services', () => {
      const triples = equalFootingTriples();

      beforeAll(async () => {
        await engine.clear();
        await engine.upsert(triples.flatMap((triple) => triple.documents));
      });

      it('gives identical services of different sectors the identical score and equal average positions', async () => {
        const result = await search('työkokeilu', {}, { limit: 240 });
        expect(result.totalCount).toBe(240);
        expect(result.hits).toHaveLength(240);
        const hitById = new Map(result.hits.map((hit, position) => [hit.id, { ...hit, position }]));

        const withinTripleRanks = new Map<Sector, number[]>(EQUAL_FOOTING_SECTORS.map((sector) => [sector, []]));
        for (const triple of triples) {
          const members = triple.documents.map((document) => ({ sector: document.sector, hit: hitById.get(document.id)! }));
          // Same text, same score, whatever the sector.
          expect(new Set(members.map((member) => member.hit.score)).size).toBe(1);
          members
            .sort((a, b) => a.hit.position - b.hit.position)
            .forEach((member, rank) => withinTripleRanks.get(member.sector)!.push(rank));
        }
        // Within a triple only the tie-break orders the three members. A sector-blind tie-break
        // puts each sector at rank 0, 1 or 2 with equal chance: mean 1, variance 2/3. Over 80
        // triples the mean rank of a sector has a standard deviation of sqrt(2/3 / 80) ≈ 0.091,
        // so ±0.3 is a 3.3σ band (a fair engine fails it with probability about 0.1 % per
        // sector), while a ranking that favoured one sector would put it near 0.
        for (const [sector, ranks] of withinTripleRanks) {
          const mean = ranks.reduce((a, b) => a + b, 0) / ranks.length;
          expect({ sector, mean: Math.abs(mean - 1) <= 0.3 ? 'fair' : mean }).toEqual({ sector, mean: 'fair' });
        }
      });

      it('does not let the sector filter change scores', async () => {
        const all = await search('työkokeilu hoiva', {}, { limit: 240 });
        const publicOnly = await search('työkokeilu hoiva', { sectors: ['PUBLIC'] }, { limit: 240 });
        expect(publicOnly.totalCount).toBe(all.totalCount / 3);
        const scoreById = new Map(all.hits.map((hit) => [hit.id, hit.score]));
        for (const hit of publicOnly.hits) expect(hit.score).toBe(scoreById.get(hit.id));
      });
    });

    describe('index maintenance', () => {
      beforeAll(async () => {
        await engine.clear();
      });

      it('upserts idempotently and replaces a changed document', async () => {
        await engine.upsert(FIXTURE_SERVICES);
        const first = await search('palkkatuki');
        await engine.upsert(FIXTURE_SERVICES);
        await engine.upsert([]);
        const second = await search('palkkatuki');
        expect(second).toEqual(first);
        expect((await search(null)).totalCount).toBe(15);

        const renamed = {
          ...FIXTURE_SERVICES[2]!,
          name: { fi: 'Työkokeilu kunnallisessa kotihoidossa', sv: null, en: null },
        };
        await engine.upsert([renamed]);
        expect(idsOf(await search('kotihoidossa'))).toEqual([ID.s03]);
        expect(idsOf(await search('pienyrityksissä'))).toEqual([]);
        expect((await search(null)).totalCount).toBe(15);
      });

      it('removes idempotently, and ignores unknown ids', async () => {
        await engine.remove([ID.s01]);
        await engine.remove([ID.s01, 'ffffffff-ffff-4fff-bfff-ffffffffffff']);
        await engine.remove([]);
        expect(idsOf(await search('palkkatuki'))).toEqual([ID.s06]);
        expect((await search(null)).totalCount).toBe(14);
      });

      it('clears everything, twice without complaint', async () => {
        await engine.clear();
        await engine.clear();
        const result = await search(null);
        expect(result.totalCount).toBe(0);
        expect(result.hits).toEqual([]);
        expect(result.facets.category).toEqual([]);
      });
    });
  });
}
