import type { Language } from './i18n';
import fi from './bundles/fi';
import sv from './bundles/sv';
import en from './bundles/en';
import type { Dictionary } from './namespaces';

/** Every language at once: for tests (the running app loads one language at a time). */
export function loadResources(): Record<Language, Record<string, Dictionary>> {
  return { fi, sv, en };
}
