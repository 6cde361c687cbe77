import type { Language } from '../i18n/i18n';

const LOCALES: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

export function locale(language: Language): string {
  return LOCALES[language];
}

// Making an Intl formatter loads locale data (tens of milliseconds on a slow machine, and a page
// formats hundreds of values), so each one is made once per language and options, then reused.
const formatters = new Map<string, unknown>();
function memoized<T>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

export function numberFormat(language: Language, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return memoized(`number:${language}:${JSON.stringify(options ?? {})}`, () => new Intl.NumberFormat(LOCALES[language], options));
}

function dateTimeFormat(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return memoized(`date:${language}:${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(LOCALES[language], options));
}

/** Names of languages (`uk` → "ukraina") in the chosen language. */
export function languageNames(language: Language): Intl.DisplayNames {
  return memoized(`languages:${language}`, () => new Intl.DisplayNames([LOCALES[language]], { type: 'language' }));
}

/** "a, b and c" in the chosen language. */
export function listFormat(language: Language): Intl.ListFormat {
  return memoized(`list:${language}`, () => new Intl.ListFormat(LOCALES[language], { style: 'long', type: 'conjunction' }));
}

export function formatDate(value: string | Date | null | undefined, language: Language): string {
  if (!value) return '';
  return dateTimeFormat(language, { day: 'numeric', month: 'numeric', year: 'numeric' }).format(new Date(value));
}

export function formatDateTime(value: string | Date | null | undefined, language: Language): string {
  if (!value) return '';
  return dateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' }).format(new Date(value));
}

export function formatNumber(value: number, language: Language, options?: Intl.NumberFormatOptions): string {
  return numberFormat(language, options).format(value);
}

export function formatMoney(amount: number, language: Language, currency = 'EUR'): string {
  return numberFormat(language, { style: 'currency', currency }).format(amount);
}

export function formatDistanceKm(km: number, language: Language): string {
  return numberFormat(language, { style: 'unit', unit: 'kilometer', maximumFractionDigits: km < 10 ? 1 : 0 }).format(km);
}
