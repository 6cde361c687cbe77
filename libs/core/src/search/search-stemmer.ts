/**
 * The stemming of the Meilisearch adapters, following the PostgreSQL engines' text search
 * configurations service_search_fi/sv/en (see ServiceSearch1795400000000): a word is lower-cased,
 * unaccented ("työtä" → "tyota", as unaccent() does before the stemmer) and stemmed by the
 * Snowball stemmers PostgreSQL's finnish_stem, swedish_stem and english_stem are built from, so
 * the stems here are PostgreSQL's lexemes ("palkkatuesta" → "palkkatue", "palkkatuki" →
 * "palkkatuk"). Words are split the way textSearchQueryWords splits a query: on anything but
 * letters and digits.
 *
 * Meilisearch has no stemmer of its own: the adapters index a stemmed copy of each text (the
 * text once per stemmer, every word as its stem: stemmedLayers) and send the query as the stems
 * of its words (stemmedQuery). A query word becomes one term, since every word of a query must
 * match (matchingStrategy all): its shortest stem, the one whose language took the most suffix
 * off. Every stem of a document's word is indexed, so the query word finds every form that any
 * of the stemmers brings to that stem; Meilisearch's typo tolerance then joins stems a letter or
 * two apart (consonant gradation: palkkatue ~ palkkatuk), as the PostgreSQL engines' trigram
 * expansion does.
 */
import { textSearchQueryWords } from './pg-text-search';

interface SnowballStemmer {
  stem(word: string): string;
}

// snowball-stemmers ships no type declarations.
const snowball = require('snowball-stemmers') as { newStemmer(language: string): SnowballStemmer };

/** The stemmers of service_search_fi, service_search_sv and service_search_en, in that order. */
const STEMMERS: readonly SnowballStemmer[] = ['finnish', 'swedish', 'english'].map((language) => snowball.newStemmer(language));

/** unaccent()'s letters that Unicode does not decompose into a base letter and a mark. */
const UNACCENT_LETTERS: Readonly<Record<string, string>> = { æ: 'ae', œ: 'oe', ø: 'o', ß: 'ss', ð: 'd', đ: 'd', þ: 'th', ł: 'l', ı: 'i' };

/** Lower case without diacritics, as service_search_unaccent(lower(text)). */
export function unaccentText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[æœøßðđþłı]/g, (letter) => UNACCENT_LETTERS[letter] ?? letter)
    .normalize('NFC');
}

/** The words of a text: unaccented, lower case, letters and digits only. */
export function stemmerWords(text: string): string[] {
  return unaccentText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

const MAX_CACHED_WORDS = 50_000;
const stemCache = new Map<string, readonly string[]>();

/** The stems of an unaccented word in Finnish, Swedish and English, in that order. */
function languageStems(word: string): readonly string[] {
  let stems = stemCache.get(word);
  if (!stems) {
    stems = STEMMERS.map((stemmer) => stemmer.stem(word));
    if (stemCache.size >= MAX_CACHED_WORDS) stemCache.clear();
    stemCache.set(word, stems);
  }
  return stems;
}

/** The distinct stems of an unaccented word in Finnish, Swedish and English, Finnish first. */
export function wordStems(word: string): readonly string[] {
  return [...new Set(languageStems(word))];
}

/** A query word's one term: its shortest stem (the first of equally short ones: Finnish first). */
export function queryWordStem(word: string): string {
  return wordStems(word).reduce((shortest, stem) => (stem.length < shortest.length ? stem : shortest));
}

/**
 * The stemmed copy of texts that the Meilisearch adapters index (a searchable array attribute):
 * each text once per stemmer (Finnish, Swedish, English), its words stemmed and joined by
 * spaces, the same layer only once. A phrase keeps its words side by side within a layer, so a
 * multi-word synonym still finds it.
 */
export function stemmedLayers(...texts: readonly (string | null | undefined)[]): string[] {
  const layers = new Set<string>();
  for (const text of texts) {
    const words = text ? stemmerWords(text) : [];
    if (words.length === 0) continue;
    STEMMERS.forEach((_, language) => layers.add(words.map((word) => languageStems(word)[language]!).join(' ')));
  }
  return [...layers];
}

/**
 * A search text as the Meilisearch adapters send it: the words PostgreSQL would look for (at most
 * eight, see textSearchQueryWords), unaccented, each as its shortest stem; "" when none is left.
 */
export function stemmedQuery(text: string | null): string {
  return textSearchQueryWords(text)
    .flatMap((word) => stemmerWords(word))
    .map((word) => queryWordStem(word))
    .join(' ');
}

/**
 * Synonym groups (words and phrases that mean the same in Finnish, Swedish and English) as the
 * Meilisearch setting for stemmed queries and stemmed texts: each member's query form (how
 * stemmedQuery sends it) stands for the query forms and stemmed layers of every member, its
 * own layers included, so a phrase is found as it is indexed.
 */
export function stemmedSynonyms(groups: readonly (readonly string[])[]): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  for (const group of groups) {
    const forms = group.map((member) => stemmedQuery(member)).filter((form) => form.length > 0);
    const layers = group.flatMap((member) => stemmedLayers(member));
    for (const form of forms) {
      const alternatives = new Set([...forms, ...layers, ...(synonyms[form] ?? [])]);
      alternatives.delete(form);
      synonyms[form] = [...alternatives];
    }
  }
  return synonyms;
}
