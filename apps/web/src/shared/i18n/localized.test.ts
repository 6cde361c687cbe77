import { describe, expect, it } from 'vitest';
import { localize } from './localized';

describe('content in the chosen language', () => {
  it('shows the chosen language when the text exists in it', () => {
    expect(localize({ fi: 'Palkkatuki', sv: 'Lönesubvention', en: 'Pay subsidy' }, 'sv')).toEqual({ text: 'Lönesubvention', language: 'sv', fallback: false });
  });

  it('falls back to Finnish and says so when the language is missing or blank', () => {
    expect(localize({ fi: 'Työkokeilu', sv: null, en: '  ' }, 'en')).toEqual({ text: 'Työkokeilu', language: 'fi', fallback: true });
    expect(localize({ fi: 'Työkokeilu' }, 'sv')).toEqual({ text: 'Työkokeilu', language: 'fi', fallback: true });
  });

  it('uses any language when even Finnish is missing, and is empty for nothing', () => {
    expect(localize({ fi: '', en: 'Only English' }, 'sv')).toEqual({ text: 'Only English', language: 'en', fallback: true });
    expect(localize(null, 'fi')).toEqual({ text: '', language: 'fi', fallback: false });
  });
});
