import { describe, expect, it } from 'vitest';
import { EMPTY_SEARCH, activeFilterCount, parseSearchState, toFilter, toggleValue, toSearchParams } from './search-state';

const AREA = '3f2c6a9e-1b4d-4c8e-9a7f-0d1e2f3a4b5c';

describe('open needs search state in the URL', () => {
  it('reads an empty URL as an empty search on page 1', () => {
    expect(parseSearchState(new URLSearchParams())).toEqual(EMPTY_SEARCH);
    expect(toSearchParams(EMPTY_SEARCH).toString()).toBe('');
    expect(toFilter(EMPTY_SEARCH)).toEqual({});
  });

  it('reads text, repeated facet values, the precision flag and the page', () => {
    const state = parseSearchState(
      new URLSearchParams(`q=varasto&kind=RECRUITMENT&municipality=398&municipality=091&area=${AREA}&measure=PAY_SUBSIDY&adjustment=WORKING_TIME&occupation=9&stage=SPECIFIED&precision=1&page=3`),
    );
    expect(state).toEqual({
      query: 'varasto',
      kinds: ['RECRUITMENT'],
      municipalityCodes: ['398', '091'],
      employmentAreaIds: [AREA],
      measures: ['PAY_SUBSIDY'],
      adjustments: ['WORKING_TIME'],
      stages: ['SPECIFIED'],
      occupationGroups: ['9'],
      openToPrecisionCapable: true,
      page: 3,
    });
    expect(toFilter(state)).toEqual({
      kinds: ['RECRUITMENT'],
      municipalityCodes: ['398', '091'],
      employmentAreaIds: [AREA],
      measures: ['PAY_SUBSIDY'],
      adjustments: ['WORKING_TIME'],
      stages: ['SPECIFIED'],
      occupationGroups: ['9'],
      openToPrecisionCapable: true,
    });
    expect(activeFilterCount(state)).toBe(9);
  });

  it('writes the state back to the same URL (a shared link opens the same search)', () => {
    const url = `q=hoiva&kind=RECRUITMENT&municipality=091&area=${AREA}&measure=PAY_SUBSIDY&measure=WORK_TRIAL&precision=1&page=2`;
    const state = parseSearchState(new URLSearchParams(url));
    expect(toSearchParams(state).toString()).toBe(url);
    expect(parseSearchState(toSearchParams(state))).toEqual(state);
  });

  it('leaves out values that cannot be right: unknown codes, bad pages, duplicates', () => {
    const state = parseSearchState(new URLSearchParams('kind=JOB&kind=RECRUITMENT&kind=RECRUITMENT&municipality=Lahti&area=x&measure=FREE_MONEY&stage=DONE&occupation=12345&precision=yes&page=-2'));
    expect(state).toEqual({ ...EMPTY_SEARCH, kinds: ['RECRUITMENT'] });
    expect(parseSearchState(new URLSearchParams('page=1.5')).page).toBe(1);
  });

  it('starts from page 1 when a filter changes, and drops a value when unchecked', () => {
    const onPage3 = { ...EMPTY_SEARCH, page: 3 };
    const withMeasure = toggleValue(onPage3, 'measures', 'PAY_SUBSIDY', true);
    expect(withMeasure).toMatchObject({ measures: ['PAY_SUBSIDY'], page: 1 });
    expect(toSearchParams(withMeasure).toString()).toBe('measure=PAY_SUBSIDY');
    expect(toggleValue(withMeasure, 'measures', 'PAY_SUBSIDY', true).measures).toEqual(['PAY_SUBSIDY']);
    expect(toggleValue(withMeasure, 'measures', 'PAY_SUBSIDY', false).measures).toEqual([]);
  });
});
