import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '../../shared/i18n/i18n';

/** The areaNeeds namespace (with the needs namespace for stage and kind names) and the language. */
export function useAreaNeedsText() {
  const { t, i18n } = useTranslation(['areaNeeds', 'needs']);
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'fi';
  return { t: t as unknown as (key: string, params?: Record<string, string | number>) => string, language };
}
