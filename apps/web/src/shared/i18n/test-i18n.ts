import { loadResources } from './all-resources';
import { initI18n, type Language } from './i18n';

/** i18n for component tests: every language loaded, the given one chosen. */
export function initTestI18n(language: Language = 'fi') {
  return initI18n(language, loadResources());
}
