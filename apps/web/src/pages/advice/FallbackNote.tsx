import { useTranslation } from 'react-i18next';
import type { AdviceLanguage } from '../../gql/graphql';

/** "Not available in your language; shown in Finnish" — in the page's language, next to the text it explains. */
export function FallbackNote({ language }: { language: AdviceLanguage }) {
  const { t } = useTranslation('advice');
  return <p className="advice-fallback">{t('common:languageFallback', { language: t(`inLanguage.${language}`) })}</p>;
}
