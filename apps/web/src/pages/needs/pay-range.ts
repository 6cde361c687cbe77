// Pure: a need's pay range in words, money formatted for the reader's language (whole euros).
import type { PayUnit } from '../../gql/graphql';
import { formatNumber, numberFormat } from '../../shared/format/format';
import type { Language } from '../../shared/i18n/i18n';

export interface PayRange {
  payMin?: number | null;
  payMax?: number | null;
  payUnit?: PayUnit | null;
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

const EUROS: Intl.NumberFormatOptions = { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 };
const euros = (amount: number, language: Language) => formatNumber(amount, language, EUROS);

/** `2 300–2 600 €` where the browser can say a range (Intl formatRange), else `2 300 €–2 600 €`. */
function euroRange(min: number, max: number, language: Language): string {
  const format = numberFormat(language, EUROS) as Intl.NumberFormat & { formatRange?: (start: number, end: number) => string };
  return typeof format.formatRange === 'function' ? format.formatRange(min, max) : `${euros(min, language)}–${euros(max, language)}`;
}

/**
 * `2 300–2 600 € kuukaudessa`; null when no pay is stated. `prefix` is where the page's namespace
 * keeps the words: `<prefix>.amount|atLeast|atMost` ({{amount}}, {{unit}}) and `<prefix>.per.<unit>`.
 */
export function payRangeText(pay: PayRange, language: Language, t: Translate, prefix: string): string | null {
  const min = pay.payMin ?? null;
  const max = pay.payMax ?? null;
  if (min === null && max === null) return null;
  const unit = pay.payUnit ? t(`${prefix}.per.${pay.payUnit}`) : '';
  const text = (key: string, values: Record<string, string>) => t(`${prefix}.${key}`, { ...values, unit }).trim();
  if (min !== null && max !== null) return text('amount', { amount: min === max ? euros(min, language) : euroRange(min, max, language) });
  if (min !== null) return text('atLeast', { amount: euros(min, language) });
  return text('atMost', { amount: euros(max as number, language) });
}
