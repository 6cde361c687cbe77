import { describe, expect, it } from 'vitest';
import { facetOptions } from './SearchFilters';

describe('facet options', () => {
  const values = [
    { value: 'PUBLIC', count: 6, label: 'Julkinen' },
    { value: 'PRIVATE', count: 5, label: 'Yksityinen' },
  ];

  it('are the counted values, most frequent first as the API gives them', () => {
    expect(facetOptions(values, ['PRIVATE'])).toEqual(values);
  });

  it('keep a chosen value the results no longer count, without a count', () => {
    expect(facetOptions(values, ['THIRD_SECTOR'])).toEqual([...values, { value: 'THIRD_SECTOR', count: null, label: 'THIRD_SECTOR' }]);
  });
});
