import { parse } from 'graphql';
import { queryDepth } from '../../src/graphql/complexity.plugin';

describe('queryDepth', () => {
  it('counts nested fields', () => {
    expect(queryDepth(parse('{ a }'))).toBe(1);
    expect(queryDepth(parse('{ a { b { c } } d }'))).toBe(3);
  });

  it('follows fragments and inline fragments, and survives fragment cycles', () => {
    const document = parse(`
      query Q { a { ...F } }
      fragment F on T { b { ... on T { c { d } } } }
    `);
    expect(queryDepth(document, 'Q')).toBe(4);
    const cyclic = parse('{ a { ...F } } fragment F on T { b { ...G } } fragment G on T { c { ...F } }');
    expect(queryDepth(cyclic)).toBe(3);
  });

  it('measures the operation that was asked for', () => {
    const document = parse('query Shallow { a } query Deep { a { b { c } } }');
    expect(queryDepth(document, 'Shallow')).toBe(1);
    expect(queryDepth(document, 'Deep')).toBe(3);
  });
});
