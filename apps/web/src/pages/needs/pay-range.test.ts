import { describe, expect, it } from 'vitest';
import { payRangeText } from './pay-range';

const words: Record<string, string> = {
  'pay.amount': '{{amount}} {{unit}}',
  'pay.atLeast': 'vähintään {{amount}} {{unit}}',
  'pay.atMost': 'enintään {{amount}} {{unit}}',
  'pay.per.MONTH': 'kuukaudessa',
  'pay.per.HOUR': 'tunnilta',
};
const t = (key: string, options: Record<string, unknown> = {}) =>
  (words[key] ?? key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(options[name] ?? ''));
// Intl puts a no-break space between digit groups and before the euro sign.
const plain = (text: string | null) => text?.replace(/[\u00a0\u202f]/g, ' ');

describe('the pay range in words', () => {
  it('formats whole euros in the reader’s language with the unit', () => {
    expect(plain(payRangeText({ payMin: 2300, payMax: 2600, payUnit: 'MONTH' }, 'fi', t, 'pay'))).toBe('2 300–2 600 € kuukaudessa');
    expect(plain(payRangeText({ payMin: 14, payMax: 14, payUnit: 'HOUR' }, 'fi', t, 'pay'))).toBe('14 € tunnilta');
    expect(plain(payRangeText({ payMin: 14, payUnit: 'HOUR' }, 'fi', t, 'pay'))).toBe('vähintään 14 € tunnilta');
    expect(plain(payRangeText({ payMax: 3000, payUnit: 'MONTH' }, 'en', t, 'pay'))).toBe('enintään €3,000 kuukaudessa');
    expect(plain(payRangeText({ payMin: 30000, payMax: 36000, payUnit: 'YEAR' }, 'en', (key, o) => (key === 'pay.per.YEAR' ? 'a year' : t(key, o)), 'pay'))).toBe('€30,000 – €36,000 a year');
  });

  it('says nothing when no pay is stated', () => {
    expect(payRangeText({ payMin: null, payMax: null, payUnit: null }, 'fi', t, 'pay')).toBeNull();
  });
});
