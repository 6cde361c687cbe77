// No Meilisearch server runs here, so the adapter's filters are checked by evaluating them: a
// small interpreter of the filter syntax they use (=, IN, AND, OR, parentheses) runs them over
// the fixture needs, and the result must be what canSee and the contract expect.
import { meilisearchAudienceFilter, meilisearchNeedFilter } from '../../src/search/meilisearch-need-search.engine';
import { NeedSearchDocument } from '../../src/search/need-search.port';
import { CALLERS, FIXTURE_NEEDS, NEED } from './need-search.fixtures';
import { canSee, FINISHED_NEED_STAGES, needSearchAudience } from '../../src/search/need-visibility';

type Token = { type: 'word' | 'string' | 'symbol'; value: string };

function tokenize(filter: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\s*(?:("(?:[^"\\]|\\.)*")|([()[\],=])|([A-Za-z_][A-Za-z0-9_]*))/y;
  let match: RegExpExecArray | null;
  while (pattern.lastIndex < filter.trimEnd().length && (match = pattern.exec(filter))) {
    if (match[1]) tokens.push({ type: 'string', value: JSON.parse(match[1]) as string });
    else if (match[2]) tokens.push({ type: 'symbol', value: match[2] });
    else tokens.push({ type: 'word', value: match[3]! });
  }
  if (pattern.lastIndex < filter.trimEnd().length) throw new Error(`Cannot read filter at ${pattern.lastIndex}: ${filter}`);
  return tokens;
}

type Document = Record<string, unknown>;

/** Evaluates a filter of the subset the adapter writes, the way Meilisearch does (an array matches if any element does). */
function evaluate(filter: string, document: Document): boolean {
  const tokens = tokenize(filter);
  let position = 0;
  const next = () => tokens[position++]!;
  const peek = () => tokens[position];
  const expect = (value: string) => {
    const token = next();
    if (token.value !== value) throw new Error(`Expected ${value}, got ${token.value} in ${filter}`);
  };
  const value = (): unknown => {
    const token = next();
    if (token.type === 'string') return token.value;
    if (token.value === 'true' || token.value === 'false') return token.value === 'true';
    throw new Error(`Unexpected ${token.value} in ${filter}`);
  };
  const matches = (attribute: string, wanted: unknown[]) => {
    const actual = document[attribute];
    const values = Array.isArray(actual) ? actual : [actual];
    return values.some((item) => item !== null && item !== undefined && wanted.includes(item));
  };
  const factor = (): boolean => {
    if (peek()?.value === '(') {
      next();
      const result = or();
      expect(')');
      return result;
    }
    const attribute = next().value;
    const operator = next().value;
    if (operator === '=') return matches(attribute, [value()]);
    if (operator !== 'IN') throw new Error(`Unknown operator ${operator} in ${filter}`);
    expect('[');
    const list: unknown[] = [];
    while (peek()?.value !== ']') {
      list.push(value());
      if (peek()?.value === ',') next();
    }
    expect(']');
    return matches(attribute, list);
  };
  const and = (): boolean => {
    let result = factor();
    while (peek()?.value === 'AND') {
      next();
      result = factor() && result;
    }
    return result;
  };
  const or = (): boolean => {
    let result = and();
    while (peek()?.value === 'OR') {
      next();
      result = and() || result;
    }
    return result;
  };
  const result = or();
  if (position !== tokens.length) throw new Error(`Trailing tokens in ${filter}`);
  return result;
}

// The fields the adapter adds to every document.
const stored = (document: NeedSearchDocument): Document => ({ ...document, open: !FINISHED_NEED_STAGES.includes(document.stage) });

describe('Meilisearch need filters', () => {
  it.each(CALLERS.map((fixture) => [fixture.label, fixture] as const))('audience filter of %s is canSee', (_label, fixture) => {
    const audience = needSearchAudience(fixture.principal, fixture.coverage);
    const filter = meilisearchAudienceFilter(audience);
    const visible = FIXTURE_NEEDS.filter((document) => (filter === null ? true : evaluate(filter, stored(document))));
    expect(visible.map((document) => document.id).sort()).toEqual(FIXTURE_NEEDS.filter((document) => canSee(audience, document)).map((d) => d.id).sort());
    expect(visible.map((document) => document.id).sort()).toEqual(fixture.sees.map((key) => NEED[key]).sort());
  });

  it('gives an audience without any grant an empty filter (the adapter then returns nothing)', () => {
    expect(meilisearchAudienceFilter({ ...needSearchAudience(null), public: false })).toBe('');
  });

  it('writes facet filters: OR within a facet, one condition per facet, empty lists left out', () => {
    const conditions = meilisearchNeedFilter({
      kinds: ['RECRUITMENT'],
      municipalityCodes: ['091', '049'],
      measures: [],
      openToPrecisionCapable: false,
      occupationGroups: ['5322'],
    });
    expect(conditions).toEqual([
      'kinds IN ["RECRUITMENT"]',
      'municipalityCode IN ["091", "049"]',
      'openToPrecisionCapable = false',
      'occupationGroups IN ["5322"]',
    ]);
    const matching = FIXTURE_NEEDS.filter((document) => conditions.every((condition) => evaluate(condition, stored(document))));
    expect(matching.map((document) => document.id)).toEqual([NEED.n08]);
  });
});
