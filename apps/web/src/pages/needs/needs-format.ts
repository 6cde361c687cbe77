import { useTranslation } from 'react-i18next';
import type { LanguageLevel } from '../../gql/graphql';
import { languageNames, listFormat } from '../../shared/format/format';
import { isLanguage, type Language } from '../../shared/i18n/i18n';
import type { ExplanationFormat } from './match-explanation';

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** Lists, language names, language levels and weekly hours in words of the chosen language. */
export function needsFormat(t: Translate, language: Language): ExplanationFormat {
  const lists = listFormat(language);
  let names: Intl.DisplayNames | null = null;
  try {
    names = languageNames(language);
  } catch {
    names = null;
  }
  return {
    list: (items) => lists.format(items),
    languageName: (code) => {
      try {
        return names?.of(code.toLowerCase()) ?? code;
      } catch {
        return code;
      }
    },
    languageLevel: (level: LanguageLevel) => t(`languageLevels.${level}`),
    hours: (min, max) => {
      if (min !== null && max !== null) return min === max ? t('hours.exact', { hours: min }) : t('hours.range', { min, max });
      if (min !== null) return t('hours.atLeast', { hours: min });
      if (max !== null) return t('hours.atMost', { hours: max });
      return t('hours.notGiven');
    },
  };
}

/** The needs namespace with the chosen language and its formatters. */
export function useNeedsText() {
  const { t, i18n } = useTranslation('needs');
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'fi';
  const translate = t as unknown as Translate;
  return { t, language, format: needsFormat(translate, language), translate };
}
