import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '../../shared/i18n/i18n';
import { localize, type LocalizedText } from '../../shared/i18n/localized';

/** The page group's texts with the chosen language, for formatting dates, money and names. */
export function useProviderText() {
  const { t, i18n } = useTranslation('providerNeeds');
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'fi';
  const name = (text: LocalizedText) => localize(text, language);
  return { t, language, name };
}
