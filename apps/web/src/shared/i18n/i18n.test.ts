import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './i18n';
import { loadResources } from './all-resources';

function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

/** Plural forms differ by language (Finnish and English: one/other), so compare base keys. */
function baseKeys(value: unknown): Set<string> {
  return new Set(keys(value).map((key) => key.replace(/_(zero|one|two|few|many|other)$/, '')));
}

describe('translations', () => {
  const resources = loadResources();

  it('has the same namespaces in every language', () => {
    const finnish = Object.keys(resources.fi).sort();
    expect(finnish.length).toBeGreaterThan(1);
    for (const language of LANGUAGES) expect(Object.keys(resources[language]).sort()).toEqual(finnish);
  });

  it.each(LANGUAGES.filter((l) => l !== 'fi'))('has every Finnish key in %s and no extra ones', (language) => {
    for (const namespace of Object.keys(resources.fi)) {
      const finnish = baseKeys(resources.fi[namespace]);
      const other = baseKeys(resources[language][namespace]);
      const missing = [...finnish].filter((key) => !other.has(key)).map((key) => `${namespace}:${key}`);
      const extra = [...other].filter((key) => !finnish.has(key)).map((key) => `${namespace}:${key}`);
      expect({ language, missing, extra }).toEqual({ language, missing: [], extra: [] });
    }
  });

  it('has no empty texts', () => {
    for (const language of LANGUAGES) {
      for (const [namespace, dictionary] of Object.entries(resources[language])) {
        for (const key of keys(dictionary)) {
          const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], dictionary);
          expect({ key: `${language}/${namespace}:${key}`, empty: typeof value !== 'string' || value.trim() === '' }).toEqual({
            key: `${language}/${namespace}:${key}`,
            empty: false,
          });
        }
      }
    }
  });
});
