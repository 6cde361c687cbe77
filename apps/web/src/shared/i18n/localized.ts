import type { Language } from './i18n';

/** A content field that exists in Finnish and maybe in Swedish and English. */
export interface LocalizedText {
  fi?: string | null;
  sv?: string | null;
  en?: string | null;
}

/**
 * The text in the chosen language, falling back to Finnish (then any language) when it is
 * missing; `fallback` tells the page to mark the text with its real language.
 */
export function localize(text: LocalizedText | null | undefined, language: Language): { text: string; language: Language; fallback: boolean } {
  const wanted = text?.[language]?.trim();
  if (wanted) return { text: wanted, language, fallback: false };
  const order: Language[] = ['fi', 'sv', 'en'];
  for (const candidate of order) {
    const value = text?.[candidate]?.trim();
    if (value) return { text: value, language: candidate, fallback: true };
  }
  return { text: '', language, fallback: false };
}
