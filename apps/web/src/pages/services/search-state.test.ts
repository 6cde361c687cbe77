import { describe, expect, it } from 'vitest';
import {
  changeSearch,
  clearFilters,
  currentPage,
  EMPTY_SEARCH,
  nextPage,
  parseSearchState,
  previousPage,
  searchHref,
  serializeSearchState,
  toggleFacet,
  toVariables,
  type SearchState,
} from './search-state';

const AREA = '6f1c2a4e-2b1d-4c8a-9e0f-1a2b3c4d5e6f';

const FULL: SearchState = {
  q: 'palkkatuen',
  categories: ['PAY_SUBSIDY', 'WORK_TRIAL'],
  targetGroups: ['PARTIAL_WORK_ABILITY'],
  sectors: ['THIRD_SECTOR', 'PUBLIC'],
  deliveryModes: ['REMOTE'],
  languages: ['sv'],
  cost: ['FREE'],
  audience: 'EMPLOYERS',
  municipality: '398',
  area: null,
  scope: 'REGIONAL',
  sort: 'distance',
  near: { latitude: 60.98, longitude: 25.66 },
  cursors: ['OQ==', 'MTk='],
};

const parse = (query: string) => parseSearchState(new URLSearchParams(query));

describe('search state in the address', () => {
  it('reads an empty address as the empty search and writes it back as nothing', () => {
    expect(parse('')).toEqual(EMPTY_SEARCH);
    expect(serializeSearchState(EMPTY_SEARCH).toString()).toBe('');
    expect(searchHref({})).toBe('/services');
  });

  it('round-trips every part of the state', () => {
    const query = serializeSearchState(FULL).toString();
    expect(parse(query)).toEqual(FULL);
    expect(serializeSearchState(parse(query)).toString()).toBe(query);
  });

  it('round-trips an employment area instead of a municipality', () => {
    const state: SearchState = { ...EMPTY_SEARCH, area: AREA, scope: 'NATIONAL' };
    expect(parse(serializeSearchState(state).toString())).toEqual(state);
  });

  it('writes readable, repeatable parameters in a fixed order', () => {
    expect(serializeSearchState(FULL).toString()).toBe(
      'q=palkkatuen&category=PAY_SUBSIDY&category=WORK_TRIAL&target=PARTIAL_WORK_ABILITY&sector=THIRD_SECTOR&sector=PUBLIC' +
        '&mode=REMOTE&lang=sv&cost=FREE&audience=EMPLOYERS&municipality=398&scope=REGIONAL&sort=distance&lat=60.98&lon=25.66' +
        '&after=OQ%3D%3D&after=MTk%3D',
    );
    expect(searchHref({ categories: ['PAY_SUBSIDY'] })).toBe('/services?category=PAY_SUBSIDY');
  });

  it('leaves out what is unknown or malformed instead of failing', () => {
    const state = parse(
      'q=%20ty%C3%B6kokeilu%20&category=PAY_SUBSIDY&category=pay%20subsidy&category=PAY_SUBSIDY&sector=GOVERNMENT&mode=REMOTE' +
        '&lang=swedish&cost=CHEAP&audience=ALIENS&municipality=12&area=not-a-uuid&scope=EVERYWHERE&sort=distance&after=%3Cscript%3E',
    );
    expect(state).toEqual({ ...EMPTY_SEARCH, q: 'työkokeilu', categories: ['PAY_SUBSIDY'], deliveryModes: ['REMOTE'] });
  });

  it('sorts by distance only with a point, and rounds the point to about a kilometre', () => {
    expect(parse('sort=distance').sort).toBe('relevance');
    expect(parse('sort=distance&lat=95&lon=25').sort).toBe('relevance');
    const state = parse('sort=distance&lat=60.98271&lon=25.66151');
    expect(state).toMatchObject({ sort: 'distance', near: { latitude: 60.98, longitude: 25.66 } });
    expect(parse('lat=60.9&lon=25.6').near).toBeNull();
  });

  it('keeps a municipality over an employment area: the API takes one place', () => {
    expect(parse(`municipality=091&area=${AREA}`)).toMatchObject({ municipality: '091', area: null });
  });

  it('caps the text at the length the API accepts', () => {
    expect(parse(`q=${'a'.repeat(300)}`).q).toHaveLength(200);
  });
});

describe('moving through a search', () => {
  it('starts from the first page whenever the search changes', () => {
    const onPage3 = { ...FULL };
    expect(currentPage(onPage3)).toBe(3);
    expect(changeSearch(onPage3, { q: 'työkokeilu' }).cursors).toEqual([]);
    expect(toggleFacet(onPage3, 'sectors', 'PRIVATE').cursors).toEqual([]);
    expect(clearFilters(onPage3)).toEqual({ ...EMPTY_SEARCH, q: 'palkkatuen' });
  });

  it('toggles a facet value on and off', () => {
    const once = toggleFacet(EMPTY_SEARCH, 'targetGroups', 'YOUNG');
    expect(once.targetGroups).toEqual(['YOUNG']);
    expect(toggleFacet(once, 'targetGroups', 'YOUNG').targetGroups).toEqual([]);
  });

  it('keeps the cursor of every page so that previous and next both work', () => {
    const page2 = nextPage(EMPTY_SEARCH, 'OQ==');
    const page3 = nextPage(page2, 'MTk=');
    expect(currentPage(page3)).toBe(3);
    expect(toVariables(page3).after).toBe('MTk=');
    expect(previousPage(page3)).toEqual(page2);
    expect(toVariables(previousPage(page2)).after).toBeUndefined();
  });
});

describe('the API variables of a state', () => {
  it('asks for the first page of everything when nothing is chosen', () => {
    expect(toVariables(EMPTY_SEARCH)).toEqual({ first: 10 });
  });

  it('maps every part of the state to the filter, sort and cursor', () => {
    expect(toVariables(FULL, 20)).toEqual({
      first: 20,
      query: 'palkkatuen',
      filter: {
        categories: ['PAY_SUBSIDY', 'WORK_TRIAL'],
        targetGroups: ['PARTIAL_WORK_ABILITY'],
        sectors: ['THIRD_SECTOR', 'PUBLIC'],
        deliveryModes: ['REMOTE'],
        languages: ['sv'],
        isFree: true,
        audience: 'EMPLOYERS',
        municipalityCode: '398',
        scope: 'REGIONAL',
      },
      sort: { by: 'DISTANCE', latitude: 60.98, longitude: 25.66 },
      after: 'MTk=',
    });
  });

  it('filters by price only when one of free and paid is chosen', () => {
    expect(toVariables({ ...EMPTY_SEARCH, cost: ['PAID'] }).filter).toEqual({ isFree: false });
    expect(toVariables({ ...EMPTY_SEARCH, cost: ['FREE', 'PAID'] }).filter).toBeUndefined();
  });

  it('asks for an employment area by id', () => {
    expect(toVariables({ ...EMPTY_SEARCH, area: AREA }).filter).toEqual({ employmentAreaId: AREA });
  });

  it('gives equal variables for equal addresses, so a shared link hits the same cache entry', () => {
    const a = toVariables(parse('sector=PUBLIC&q=palkkatuki'));
    const b = toVariables(parse('q=palkkatuki&sector=PUBLIC'));
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});
