import type { Language } from '../i18n/i18n';

const LOCALES: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

export function locale(language: Language): string {
  return LOCALES[language];
}

export function formatDate(value: string | Date | null | undefined, language: Language): string {
  if (!value) return '';
  return new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'numeric', year: 'numeric' }).format(new Date(value));
}

export function formatDateTime(value: string | Date | null | undefined, language: Language): string {
  if (!value) return '';
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'short', timeStyle: 'short' }).format(new Date(value));
}

export function formatNumber(value: number, language: Language, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(LOCALES[language], options).format(value);
}

export function formatMoney(amount: number, language: Language, currency = 'EUR'): string {
  return new Intl.NumberFormat(LOCALES[language], { style: 'currency', currency }).format(amount);
}

export function formatDistanceKm(km: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], { style: 'unit', unit: 'kilometer', maximumFractionDigits: km < 10 ? 1 : 0 }).format(km);
}
