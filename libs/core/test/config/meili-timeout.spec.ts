import { ConfigValidationError, parseConfig } from '../../src/config/config.schema';

describe('MEILI_TIMEOUT_MS', () => {
  it('defaults to 5000 ms and takes a whole number of milliseconds', () => {
    expect(parseConfig({}).search.meiliTimeoutMs).toBe(5000);
    expect(parseConfig({ MEILI_TIMEOUT_MS: '1500' }).search.meiliTimeoutMs).toBe(1500);
  });

  it('refuses a value that is not an integer from 100 to 120000', () => {
    for (const value of ['0', '99', '120001', '2.5', 'viisi']) {
      expect(() => parseConfig({ MEILI_TIMEOUT_MS: value })).toThrow(ConfigValidationError);
    }
    expect(() => parseConfig({ MEILI_TIMEOUT_MS: '0' })).toThrow(/MEILI_TIMEOUT_MS: must be an integer from 100 to 120000/);
  });
});
