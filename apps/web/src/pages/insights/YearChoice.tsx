import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** The years the reports offer: this one and the two before. */
export function yearsToChoose(now = new Date()): number[] {
  const year = now.getFullYear();
  return [year, year - 1, year - 2];
}

/** The year the address asks for (`?year=2026`) when offered, else this year. */
export function yearFrom(value: string | null, now = new Date()): number {
  const years = yearsToChoose(now);
  const asked = value !== null && /^\d{4}$/.test(value) ? Number(value) : NaN;
  return years.includes(asked) ? asked : years[0];
}

export function YearChoice({ year, onChange }: { year: number; onChange: (year: number) => void }) {
  const { t } = useTranslation('insights');
  const id = useId();
  return (
    <div className="insights-choice">
      <label htmlFor={id}>{t('year')}</label>
      <select id={id} value={year} onChange={(event) => onChange(Number(event.target.value))}>
        {yearsToChoose().map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </div>
  );
}
