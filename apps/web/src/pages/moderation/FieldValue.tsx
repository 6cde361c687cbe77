import type { ReactNode } from 'react';
import { useApiQuery } from '../../shared/api/hooks';
import { formatMoney, formatNumber, languageNames, listFormat } from '../../shared/format/format';
import { MunicipalityName, useEmploymentAreaNames } from '../open-needs/PlaceName';
import { ModerationTaxonomyQuery } from './moderation.documents';
import { termLabel, useModerationText } from './moderation-text';

const FOREVER = { staleTime: Infinity, gcTime: Infinity } as const;

interface Place {
  name?: string | null;
  streetAddress?: string | null;
  postalCode?: string | null;
  municipalityCode?: string | null;
  accessibilityFi?: string | null;
}

interface Cost {
  amount?: number | null;
  currency?: string | null;
  unit?: string | null;
  descriptionFi?: string | null;
}

const isEmpty = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** A list of values, one per line when there are several. */
function Lines({ items }: { items: ReactNode[] }) {
  if (items.length === 1) return <>{items[0]}</>;
  return (
    <ul className="moderation-value-list">
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}

/**
 * One field's value of a service (as the revision diff gives it) in words: names for codes and
 * ids, yes/no, money and languages in the page's language. Never a raw code or JSON.
 */
export function FieldValue({ field, value }: { field: string; value: unknown }) {
  const { t, language } = useModerationText();
  const areaName = useEmploymentAreaNames();
  const taxonomy = useApiQuery(ModerationTaxonomyQuery, undefined, { ...FOREVER, enabled: field === 'categoryCodes' || field === 'targetGroupCodes' });
  if (isEmpty(value)) return <span className="moderation-empty">{t('diff.empty')}</span>;
  if (typeof value === 'boolean') return <>{t(value ? 'diff.yes' : 'diff.no')}</>;
  if (typeof value === 'number') return <>{formatNumber(value, language)}</>;
  if (field === 'audience' || field === 'deliveryMode' || field === 'status') return <>{t(`values.${field}.${String(value)}`, { defaultValue: t('diff.other') })}</>;
  if (typeof value === 'string') return <>{value}</>;
  if (!Array.isArray(value)) return <>{t('diff.other')}</>;
  switch (field) {
    case 'languages': {
      const names = languageNames(language);
      return <>{listFormat(language).format(value.map((code) => names.of(String(code)) ?? t('diff.other')))}</>;
    }
    case 'categoryCodes':
    case 'targetGroupCodes': {
      const terms = taxonomy.data?.taxonomyTerms ?? [];
      return (
        <Lines
          items={value.map((code) => {
            const term = terms.find((candidate) => candidate.code === code);
            return term ? termLabel(term, language) : t('diff.unknownTerm');
          })}
        />
      );
    }
    case 'employmentAreaIds':
      return <Lines items={value.map((id) => areaName(String(id), t('coverage.unknownArea')).name)} />;
    case 'municipalityCodes':
      return <Lines items={value.map((code) => <MunicipalityName key={String(code)} code={String(code)} fallback={t('coverage.unknownMunicipality')} />)} />;
    case 'locations':
      return (
        <Lines
          items={(value as Place[]).map((place, index) => (
            <span key={index}>
              {[place.name, place.streetAddress, place.postalCode].filter(Boolean).join(', ')}
              {place.municipalityCode ? (
                <>
                  {' '}
                  <MunicipalityName code={place.municipalityCode} />
                </>
              ) : null}
              {place.accessibilityFi ? ` — ${t('diff.accessibility')}: ${place.accessibilityFi}` : null}
            </span>
          ))}
        />
      );
    case 'costOptions':
      return (
        <Lines
          items={(value as Cost[]).map((cost) =>
            [
              cost.amount !== null && cost.amount !== undefined ? formatMoney(cost.amount, language, cost.currency ?? 'EUR') : t('diff.free'),
              cost.unit,
              cost.descriptionFi,
            ]
              .filter(Boolean)
              .join(' · '),
          )}
        />
      );
    default:
      return <Lines items={value.map((item) => (typeof item === 'string' || typeof item === 'number' ? String(item) : t('diff.other')))} />;
  }
}
