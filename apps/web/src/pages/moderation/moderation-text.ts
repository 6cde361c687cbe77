import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '../../shared/i18n/i18n';
import { localize, type LocalizedText } from '../../shared/i18n/localized';

export function useModerationText() {
  const { t, i18n } = useTranslation('moderation');
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'fi';
  const name = (text: LocalizedText) => localize(text, language);
  return { t, language, name };
}

/** A taxonomy term's label in the chosen language, Finnish when it has none. */
export function termLabel(term: { labelFi: string; labelSv?: string | null; labelEn?: string | null }, language: Language): string {
  if (language === 'sv' && term.labelSv) return term.labelSv;
  if (language === 'en' && term.labelEn) return term.labelEn;
  return term.labelFi;
}
