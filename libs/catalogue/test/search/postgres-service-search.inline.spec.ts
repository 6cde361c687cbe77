import { inlineParameters } from '../../src/search/postgres-service-search.engine';

describe('inlineParameters', () => {
  it('writes each kind of value as a literal, keeping the casts of the statement', () => {
    expect(inlineParameters('SELECT $1::tsquery, $2::text[], $3, $4::int, $5, $6', ["'palkka':* | 'tuki'", ['category:A', 'area:municipality:398'], true, -400, null, 0.45])).toBe(
      `SELECT E'''palkka'':* | ''tuki'''::tsquery, E'{"category:A","area:municipality:398"}'::text[], true, (-400)::int, NULL, (0.45)`,
    );
  });

  it('doubles backslashes and quotes, in strings and array elements alike', () => {
    expect(inlineParameters('SELECT $1', ["a\\'b"])).toBe(`SELECT E'a\\\\''b'`);
    expect(inlineParameters('SELECT $1::text[]', [['x"y\\z']])).toBe(`SELECT E'{"x\\\\"y\\\\\\\\z"}'::text[]`);
  });

  it('replaces $10 as itself, not as $1 followed by 0', () => {
    const values = Array.from({ length: 10 }, (_, i) => i + 1);
    expect(inlineParameters('SELECT $1, $10', values)).toBe('SELECT (1), (10)');
  });

  it('refuses what it cannot write safely', () => {
    expect(() => inlineParameters('SELECT $1', [Number.NaN])).toThrow('finite');
    expect(() => inlineParameters('SELECT $1', ['a\0b'])).toThrow('NUL');
    expect(() => inlineParameters('SELECT $1', [{ a: 1 }])).toThrow('Unexpected');
    expect(() => inlineParameters('SELECT $1::int[]', [[1, 2]])).toThrow('Unexpected');
    expect(() => inlineParameters('SELECT $2', [1])).toThrow('No value for $2');
  });
});
