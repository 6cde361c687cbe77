import { meilisearchAnyOf, meilisearchFacetFilters, meilisearchQuote } from '../../src/search/meilisearch-search-engine';

describe('Meilisearch filters', () => {
  it('quotes values as JSON strings, so quotes and backslashes cannot end them', () => {
    expect(meilisearchQuote('Työkokeilu "Tampere" \\ ry')).toBe('"Työkokeilu \\"Tampere\\" \\\\ ry"');
    expect(meilisearchAnyOf('municipalityCode', ['837', '211'])).toBe('municipalityCode IN ["837", "211"]');
  });

  it('makes one condition per facet with values, in the order given, and none for empty or missing lists', () => {
    expect(meilisearchFacetFilters({ kinds: ['RECRUITMENT'], measures: [], stage: undefined, occupationGroups: null, adjustments: ['WORKING_TIME', 'WORK_TASKS'] })).toEqual([
      'kinds IN ["RECRUITMENT"]',
      'adjustments IN ["WORKING_TIME", "WORK_TASKS"]',
    ]);
    expect(meilisearchFacetFilters({})).toEqual([]);
  });
});
