import { ConfigValidationError, parseConfig } from '../../src/config/config.schema';

describe('SEARCH_RESULT_CACHE_SIZE', () => {
  it('defaults to 500 answers; 0 turns the cache off', () => {
    expect(parseConfig({}).search.resultCacheSize).toBe(500);
    expect(parseConfig({ SEARCH_RESULT_CACHE_SIZE: '0' }).search.resultCacheSize).toBe(0);
    expect(parseConfig({ SEARCH_RESULT_CACHE_SIZE: '2000' }).search.resultCacheSize).toBe(2000);
  });

  it('refuses a value that is not an integer from 0 to 100000', () => {
    for (const value of ['-1', '100001', '2.5', 'paljon']) {
      expect(() => parseConfig({ SEARCH_RESULT_CACHE_SIZE: value })).toThrow(ConfigValidationError);
    }
    expect(() => parseConfig({ SEARCH_RESULT_CACHE_SIZE: '-1' })).toThrow(/SEARCH_RESULT_CACHE_SIZE: must be an integer from 0 to 100000/);
  });
});
