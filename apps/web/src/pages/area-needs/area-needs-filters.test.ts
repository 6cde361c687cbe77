import { describe, expect, it } from 'vitest';
import { hasFilters, readFilters, searchVariables, writeFilters } from './area-needs-filters';

describe('area needs filters', () => {
  it('round-trips through the address', () => {
    const filters = { text: 'hitsaaja', kind: 'RECRUITMENT' as const, municipality: '398', precision: true };
    expect(readFilters(writeFilters(filters))).toEqual(filters);
  });

  it('ignores values the board does not know', () => {
    expect(readFilters(new URLSearchParams('kind=FOO&municipality=Lahti&precision=yes'))).toEqual({ text: '', kind: null, municipality: null, precision: false });
  });

  it('becomes the search filter, with nothing set for no filters', () => {
    expect(searchVariables({ text: '', kind: null, municipality: null, precision: false })).toEqual({ query: null, filter: {}, first: 100 });
    expect(searchVariables({ text: 'keräilijä', kind: 'RECRUITMENT', municipality: '398', precision: true })).toEqual({
      query: 'keräilijä',
      filter: { kinds: ['RECRUITMENT'], municipalityCodes: ['398'], openToPrecisionCapable: true },
      first: 100,
    });
    expect(hasFilters({ text: '', kind: null, municipality: '398', precision: false })).toBe(true);
  });
});
