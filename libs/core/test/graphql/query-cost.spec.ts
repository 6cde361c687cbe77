import { buildSchema, parse } from 'graphql';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { composeListSizes, documentShape, listAwareEstimator } from '../../src/graphql/query-cost';

const schema = buildSchema(`
  type Area { name: String!, municipalities: [Municipality!]!, codes: [String!]! }
  type Municipality { code: String!, area: Area }
  type PageInfo { hasNextPage: Boolean! }
  type MunicipalityEdge { node: Municipality! }
  type MunicipalityConnection { edges: [MunicipalityEdge!]!, pageInfo: PageInfo! }
  type Query { areas: [Area!]!, municipalities(first: Int): MunicipalityConnection! }
`);

const cost = (query: string) =>
  getComplexity({ schema, query: parse(query), estimators: [listAwareEstimator({}, 100), simpleEstimator({ defaultComplexity: 1 })] });

describe('listAwareEstimator', () => {
  it('counts every element of lists of objects, per list level', () => {
    expect(cost('{ areas { name } }')).toBe(1 + 100 * 1);
    expect(cost('{ areas { municipalities { code } } }')).toBe(1 + 100 * (1 + 100 * 1));
    expect(cost('{ areas { municipalities { area { municipalities { code } } } } }')).toBeGreaterThan(100 ** 3);
  });

  it('counts a list by its real size where one is known', () => {
    const sized = getComplexity({
      schema,
      query: parse('{ areas { municipalities { code } } }'),
      estimators: [listAwareEstimator({ 'Query.areas': 45, 'Area.municipalities': 60 }, 100), simpleEstimator({ defaultComplexity: 1 })],
    });
    expect(sized).toBe(1 + 45 * (1 + 60 * 1));
  });

  it('counts lists of scalars as one field', () => {
    expect(cost('{ areas { codes } }')).toBe(1 + 100 * 1);
  });

  it('counts a connection by the page asked for, and its edges once', () => {
    expect(cost('{ municipalities(first: 10) { edges { node { code } } } }')).toBe(1 + 10 * (1 + 1 + 1));
    expect(cost('{ municipalities { edges { node { code } } } }')).toBe(1 + 20 * 3);
    expect(cost('{ municipalities(first: 100000) { edges { node { code } } } }')).toBe(1 + 100 * 3);
    // Page info is computed once per page: it costs one, not one per node and field.
    expect(cost('{ municipalities(first: 10) { pageInfo { hasNextPage } edges { node { code } } } }')).toBe(1 + 10 * (1 + 3));
  });
});

describe('composeListSizes', () => {
  it('joins the libraries’ records and refuses a coordinate declared twice', () => {
    expect(composeListSizes({ 'Query.areas': 45 }, { 'Area.municipalities': 60 })).toEqual({ 'Query.areas': 45, 'Area.municipalities': 60 });
    expect(() => composeListSizes({ 'Query.areas': 45 }, { 'Query.areas': 50 })).toThrow(/Query\.areas is declared twice/);
  });
});

describe('documentShape', () => {
  it('counts aliases in the whole document and fields as expanded', () => {
    const shape = documentShape(parse('{ a: areas { name } b: areas { ...F } } fragment F on Area { x: name municipalities { code } }'));
    expect(shape).toEqual({ depth: 3, fields: 6, aliases: 3 });
  });

  it('measures a fragment bomb without expanding it', () => {
    const levels = 30;
    const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Area { ...F${i + 1} ...F${i + 1} }`).join('\n');
    const bomb = `{ areas { ...F0 } } ${fragments} fragment F${levels} on Area { name }`;
    const started = Date.now();
    const shape = documentShape(parse(bomb));
    expect(shape.fields).toBe(1 + 2 ** levels);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
