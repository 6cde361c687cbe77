import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../shared/api/hooks';
import { useAuth } from '../../shared/auth/auth-context';
import { isLanguage, type Language } from '../../shared/i18n/i18n';
import { MyAreaQuery } from './companies.documents';

export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : 'fi';
}

/** The staff member's own employment area and every area's name (for sharing and timelines). */
export function useMyArea() {
  const { organization } = useAuth();
  const language = useLanguage();
  const query = useApiQuery(MyAreaQuery, { organizationId: organization?.id ?? '' }, { enabled: organization !== null, staleTime: 10 * 60_000 });
  const areas = query.data?.employmentAreas ?? [];
  const areaName = (id: string | null | undefined) => {
    const area = areas.find((a) => a.id === id);
    if (!area) return '';
    return language === 'sv' && area.nameSv ? area.nameSv : area.nameFi;
  };
  return { myAreaId: query.data?.organization.employmentAreaId ?? null, areas, areaName };
}

/** A labelled native select: keyboard and screen reader behave as the platform does. */
export function Select({
  id,
  label,
  value,
  onChange,
  children,
  hint,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
  hint?: string;
}) {
  return (
    <div className="companies-native-select">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span id={`${id}-hint`} className="companies-timeline-meta">
          {hint}
        </span>
      ) : null}
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} aria-describedby={hint ? `${id}-hint` : undefined}>
        {children}
      </select>
    </div>
  );
}

/** A labelled native date input (yyyy-mm-dd): the browser's own date entry, usable by keyboard. */
export function DateField({
  id,
  label,
  value,
  onChange,
  error,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  return (
    <div className="companies-native-select">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error ? (
        <span id={`${id}-error`} className="companies-overdue">
          {error}
        </span>
      ) : null}
    </div>
  );
}

export const SIZE_CLASSES = ['MICRO_1_9', 'SMALL_10_49', 'MEDIUM_50_249', 'LARGE_250_PLUS'] as const;
export const COMPANY_TYPES = ['COMPANY', 'COOPERATIVE', 'SOCIAL_ENTERPRISE'] as const;
export const INDUSTRY_SECTIONS = 'ABCDEFGHIJKLMNOPQRSTU'.split('');

/** A date input's value (yyyy-mm-dd) at the given local hour, as an ISO time; null when empty or invalid. */
export function dateInputToIso(value: string, hour: number): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T${String(hour).padStart(2, '0')}:00:00`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Today (or days from today) as a date input's value. */
export function dateInputValue(daysFromToday = 0): string {
  const date = new Date();
  date.setDate(date.getDate() + daysFromToday);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
