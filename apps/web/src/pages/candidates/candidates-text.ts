import { useTranslation } from 'react-i18next';
import type { Adjustment, DistanceBand, LanguageLevel } from '../../gql/graphql';
import { formatDistanceKm, languageNames, listFormat } from '../../shared/format/format';
import { isLanguage, type Language } from '../../shared/i18n/i18n';
import { pseudonymCode, type RowFormat } from './candidate-explanation';

/** The candidates namespace (with the needs namespace for shared words) and its formatters. */
export function useCandidatesText() {
  const { t, i18n } = useTranslation(['candidates', 'needs']);
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'fi';
  const translate = t as unknown as (key: string, params?: Record<string, string | number>) => string;
  const lists = listFormat(language);
  let names: Intl.DisplayNames | null = null;
  try {
    names = languageNames(language);
  } catch {
    names = null;
  }
  const format: RowFormat = {
    list: (items) => lists.format(items),
    languageName: (code) => {
      try {
        return names?.of(code.toLowerCase()) ?? code;
      } catch {
        return code;
      }
    },
    languageLevel: (level: LanguageLevel) => translate(`needs:languageLevels.${level}`),
    adjustment: (adjustment: Adjustment) => translate(`needs:adjustments.${adjustment}`),
    distanceBand: (band: DistanceBand) => translate(`distanceBands.${band}`),
    kilometres: (km) => formatDistanceKm(km, language),
    more: (count) => translate('why.more', { count }),
  };
  /** "Ehdokas K7M2QX" / "Kandidat K7M2QX": the row's name in the reader's language. */
  const labelOf = (row: { pseudonym: string }) => translate('row.label', { pseudonym: pseudonymCode(row.pseudonym) });
  return { t: translate, language, format, labelOf };
}
