import { FacetCounter } from '../../src/search/postgres-service-search.facets';
import { emptyFacets } from '../../src/search/postgres-service-search.filters';

// The facet counter reads packed groups ("key:n,…") in place: each key's facet values from the
// process's cache, those not cached yet fetched once; keys are 64-bit hashes in decimal, negative
// ones too, and keys one apart must count apart.
describe('FacetCounter.countPacked', () => {
  const sets: Record<string, string[]> = {
    '9223372036854775807': ['category:PAY_SUBSIDY'],
    '9223372036854775806': ['category:WORK_TRIAL'],
    '-4611686018427387904': ['sector:PUBLIC', 'cost:FREE'],
    '-4611686018427387905': ['sector:PRIVATE', 'cost:PAID'],
    '17': ['area:NATIONAL'],
  };
  const lookups: string[][] = [];
  const query = async (_sql: string, values: unknown[]) => {
    const keys = values[0] as string[];
    lookups.push([...keys].sort());
    return keys.filter((key) => sets[key]).map((key) => ({ key, facet_values: sets[key]! }));
  };

  it('counts each key apart, and fetches each unknown key once', async () => {
    const counter = new FacetCounter();
    const row = {
      sets: '9223372036854775807:3,9223372036854775806:4,17:7',
      attribute_sets: '-4611686018427387904:5,-4611686018427387905:2',
    };
    const first = await counter.countPacked(row, query);
    const second = await counter.countPacked(row, query);
    for (const result of [first, second]) {
      expect(result.total).toBe(7);
      expect(result.facets.category).toEqual([
        { value: 'WORK_TRIAL', count: 4 },
        { value: 'PAY_SUBSIDY', count: 3 },
      ]);
      expect(result.facets.sector).toEqual([
        { value: 'PUBLIC', count: 5 },
        { value: 'PRIVATE', count: 2 },
      ]);
      expect(result.facets.cost).toEqual([
        { value: 'FREE', count: 5 },
        { value: 'PAID', count: 2 },
      ]);
      expect(result.facets.area).toEqual([{ value: 'NATIONAL', count: 7 }]);
    }
    // The second count found every key in the cache.
    expect(lookups).toEqual([Object.keys(sets).sort()]);
  });

  it('counts nothing for a key the facet set table does not hold, and an empty result', async () => {
    const counter = new FacetCounter();
    const result = await counter.countPacked({ sets: '123:9', attribute_sets: '17:2' }, query);
    expect(result.total).toBe(2);
    expect(result.facets.area).toEqual([{ value: 'NATIONAL', count: 2 }]);
    expect(result.facets.category).toEqual([]);
    expect(await counter.countPacked({ sets: null, attribute_sets: null }, query)).toEqual({ total: 0, facets: emptyFacets() });
    expect(await counter.countPacked(undefined, query)).toEqual({ total: 0, facets: emptyFacets() });
  });
});
