import { describe, expect, it } from 'vitest';
import { adviceLanguage, fallbackOf, snippetLanguage } from './advice-language';
import { parseAdviceSearch, plainSnippet, toAdviceParams } from './AdviceListPage';

describe('advice language', () => {
  it('asks the API in the UI language', () => {
    expect(['fi', 'sv', 'en', 'de'].map(adviceLanguage)).toEqual(['FI', 'SV', 'EN', 'FI']);
  });

  it('marks Finnish text on a Swedish page, and nothing when the languages agree', () => {
    expect(fallbackOf('FI', 'sv')).toEqual({ lang: 'fi', fallback: true });
    expect(fallbackOf('SV', 'sv')).toEqual({ lang: undefined, fallback: false });
    expect(fallbackOf('FI', 'fi')).toEqual({ lang: undefined, fallback: false });
  });

  it('reads the language of a highlight from its field', () => {
    expect(snippetLanguage('body.sv')).toBe('sv');
    expect(snippetLanguage('title')).toBeUndefined();
  });

  it('keeps the advice search in the URL', () => {
    const params = toAdviceParams('palkkatuki', ['PAY_SUBSIDY', 'WORK_TRIAL']);
    expect(params.toString()).toBe('q=palkkatuki&topic=PAY_SUBSIDY&topic=WORK_TRIAL');
    expect(parseAdviceSearch(new URLSearchParams('q=x&topic=PAY_SUBSIDY&topic=NOPE&topic=PAY_SUBSIDY'))).toEqual({ query: 'x', topics: ['PAY_SUBSIDY'] });
  });

  it('shows body snippets without Markdown marks', () => {
    expect(plainSnippet('tuki. ## Kuka <em>palkkatukea</em> voi saada? - **Työaika:** lyhennetty')).toBe('tuki. Kuka <em>palkkatukea</em> voi saada? Työaika: lyhennetty');
  });
});
