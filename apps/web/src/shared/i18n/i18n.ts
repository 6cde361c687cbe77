import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import finnish from './bundles/fi';
import type { Dictionary } from './namespaces';

export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'fi';
const STORAGE_KEY = 'ytmt.language';

// Finnish, the default, comes with the page (no second round trip before the first render);
// Swedish and English load when chosen.
const BUNDLES: Record<Language, () => Promise<{ default: Record<string, Dictionary> }>> = {
  fi: () => Promise.resolve({ default: finnish }),
  sv: () => import('./bundles/sv'),
  en: () => import('./bundles/en'),
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

/** The texts of one language, as namespaces. */
export async function loadLanguage(language: Language): Promise<Record<string, Dictionary>> {
  return (await BUNDLES[language]()).default;
}

export async function changeLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  if (!i18next.hasResourceBundle(language, 'common')) {
    for (const [namespace, dictionary] of Object.entries(await loadLanguage(language))) {
      i18next.addResourceBundle(language, namespace, dictionary, true, true);
    }
  }
  document.documentElement.lang = language;
  await i18next.changeLanguage(language);
}

/** Starts i18next with the resources at hand (`{ fi: { common: … } }`), the language chosen. */
export function initI18n(language: Language, resources: Partial<Record<Language, Record<string, Dictionary>>>) {
  document.documentElement.lang = language;
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: false,
    defaultNS: 'common',
    ns: Object.keys(resources[language] ?? {}),
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return i18next;
}

/** The app's start: the stored language's texts, then i18next. */
export async function startI18n(): Promise<void> {
  const language = storedLanguage();
  // The page says its language at once (before the load event), not only once the texts are in.
  document.documentElement.lang = language;
  initI18n(language, { [language]: await loadLanguage(language) });
}
