import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'fi';
const STORAGE_KEY = 'ytmt.language';

type Dictionary = Record<string, unknown>;

// Every JSON file under locales/<language>/ is one namespace: pages add their own file.
const files = import.meta.glob<{ default: Dictionary }>('./locales/*/*.json', { eager: true });

export function loadResources(): Record<Language, Record<string, Dictionary>> {
  const resources = { fi: {}, sv: {}, en: {} } as Record<Language, Record<string, Dictionary>>;
  for (const [path, module] of Object.entries(files)) {
    const match = /\.\/locales\/(\w+)\/([\w-]+)\.json$/.exec(path);
    if (!match) continue;
    const [, language, namespace] = match;
    if (isLanguage(language)) resources[language][namespace] = module.default;
  }
  return resources;
}

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

export async function changeLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  document.documentElement.lang = language;
  await i18next.changeLanguage(language);
}

export function initI18n(language: Language = storedLanguage()) {
  const resources = loadResources();
  document.documentElement.lang = language;
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: false,
    defaultNS: 'common',
    ns: Object.keys(resources.fi),
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return i18next;
}
