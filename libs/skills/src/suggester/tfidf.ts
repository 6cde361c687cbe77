// Pure TF-IDF over character n-grams: no Nest, no I/O. The suggester service builds one model
// per language from the ESCO labels and keeps it in memory.
//
// Why character n-grams: Finnish inflects and compounds ("trukinkuljettajaa varastoon" against
// the labels "trukinkuljettaja" and "varastotyöntekijä"), and people mistype. Words cut into
// overlapping 3–5 letter pieces, with a marker at both ends of the word, still share most
// pieces with the dictionary form, so no stemmer is needed and typos only cost a few pieces.
// Whole words are added as features too, so that an exact word ("forklift") counts more than
// a word that merely looks alike.

export type DocumentKind = 'skill' | 'occupation';

export interface TfIdfDocument {
  id: string;
  kind: DocumentKind;
  labels: readonly string[];
}

export interface TfIdfHit {
  id: string;
  kind: DocumentKind;
  /** Cosine similarity of the query and the document, 0…1. */
  score: number;
}

export interface TfIdfOptions {
  minGram: number;
  maxGram: number;
  /** Multiplies the weight of whole-word features relative to n-grams. */
  wordWeight: number;
  /** Words dropped from labels and queries alike (function words, "we are looking for"). */
  stopWords: ReadonlySet<string>;
}

export interface TfIdfSearchOptions {
  /** At most this many hits (per kind for `searchByKind`). */
  limit?: number;
  kind?: DocumentKind;
  /** Hits scoring below this are left out. */
  minScore?: number;
}

export const DEFAULT_TFIDF_OPTIONS: TfIdfOptions = {
  minGram: 3,
  maxGram: 5,
  wordWeight: 1.5,
  stopWords: new Set(),
};

const DEFAULT_LIMIT = 10;
const DEFAULT_MIN_SCORE = 0.05;
// Characters that normalisation removes, so they can never occur inside a word.
const BOUNDARY = '_';
const WORD_PREFIX = '=';
const KIND_CODES: readonly DocumentKind[] = ['skill', 'occupation'];

/**
 * Lower-cased words of a text. Letters keep their accents (ä, ö and å are distinct letters in
 * Finnish and Swedish, not decorated a and o); everything that is neither letter nor digit
 * separates words.
 */
export function tokenize(text: string): string[] {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('fi')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** Feature counts of a text: boundary-marked character n-grams of each word plus the word itself. */
export function extractFeatures(text: string, options: TfIdfOptions = DEFAULT_TFIDF_OPTIONS): Map<string, number> {
  const features = new Map<string, number>();
  const add = (feature: string) => features.set(feature, (features.get(feature) ?? 0) + 1);
  for (const word of tokenize(text)) {
    if (options.stopWords.has(word)) continue;
    add(WORD_PREFIX + word);
    const marked = BOUNDARY + word + BOUNDARY;
    // Array.from splits by code point, so a letter outside the BMP is never cut in half.
    const chars = Array.from(marked);
    for (let n = options.minGram; n <= options.maxGram; n++) {
      if (chars.length < n) break;
      for (let start = 0; start + n <= chars.length; start++) add(chars.slice(start, start + n).join(''));
    }
  }
  return features;
}

const isWordFeature = (feature: string) => feature.startsWith(WORD_PREFIX);

/**
 * An immutable TF-IDF index with sublinear term frequency, smoothed IDF and L2-normalised
 * document vectors, stored as an inverted index in typed arrays (compressed sparse columns):
 * for feature f, its postings are `postingDocs/postingWeights[postingStart[f] … postingStart[f+1])`.
 */
export class TfIdfModel {
  private constructor(
    private readonly options: TfIdfOptions,
    private readonly ids: readonly string[],
    private readonly kinds: Uint8Array,
    private readonly vocabulary: ReadonlyMap<string, number>,
    private readonly idf: Float32Array,
    private readonly postingStart: Uint32Array,
    private readonly postingDocs: Uint32Array,
    private readonly postingWeights: Float32Array,
    private readonly unknownIdf: number,
  ) {}

  static build(documents: readonly TfIdfDocument[], options: Partial<TfIdfOptions> = {}): TfIdfModel {
    const settings: TfIdfOptions = { ...DEFAULT_TFIDF_OPTIONS, ...options };
    const vocabulary = new Map<string, number>();
    const featureNames: string[] = [];
    let documentFrequency = new Uint32Array(1024);
    const docFeatures: Uint32Array[] = [];
    const docCounts: Uint16Array[] = [];

    for (const document of documents) {
      const counts = extractFeatures(document.labels.join(' \n '), settings);
      const featureIds = new Uint32Array(counts.size);
      const featureCounts = new Uint16Array(counts.size);
      let i = 0;
      for (const [feature, count] of counts) {
        let id = vocabulary.get(feature);
        if (id === undefined) {
          id = featureNames.length;
          vocabulary.set(feature, id);
          featureNames.push(feature);
          if (id >= documentFrequency.length) {
            const grown = new Uint32Array(documentFrequency.length * 2);
            grown.set(documentFrequency);
            documentFrequency = grown;
          }
        }
        documentFrequency[id]++;
        featureIds[i] = id;
        featureCounts[i] = Math.min(count, 0xffff);
        i++;
      }
      docFeatures.push(featureIds);
      docCounts.push(featureCounts);
    }

    const featureCount = featureNames.length;
    const total = documents.length;
    const idf = new Float32Array(featureCount);
    for (let f = 0; f < featureCount; f++) {
      const wordBoost = isWordFeature(featureNames[f]) ? settings.wordWeight : 1;
      idf[f] = (Math.log((1 + total) / (1 + documentFrequency[f])) + 1) * wordBoost;
    }

    const postingStart = new Uint32Array(featureCount + 1);
    for (let f = 0; f < featureCount; f++) postingStart[f + 1] = postingStart[f] + documentFrequency[f];
    const postingDocs = new Uint32Array(postingStart[featureCount]);
    const postingWeights = new Float32Array(postingStart[featureCount]);
    const cursor = postingStart.slice(0, featureCount);

    for (let d = 0; d < total; d++) {
      const featureIds = docFeatures[d];
      const featureCounts = docCounts[d];
      const weights = new Float32Array(featureIds.length);
      let norm = 0;
      for (let i = 0; i < featureIds.length; i++) {
        const weight = (1 + Math.log(featureCounts[i])) * idf[featureIds[i]];
        weights[i] = weight;
        norm += weight * weight;
      }
      norm = Math.sqrt(norm) || 1;
      for (let i = 0; i < featureIds.length; i++) {
        const slot = cursor[featureIds[i]]++;
        postingDocs[slot] = d;
        postingWeights[slot] = weights[i] / norm;
      }
    }

    const kinds = Uint8Array.from(documents, (document) => KIND_CODES.indexOf(document.kind));
    return new TfIdfModel(
      settings,
      documents.map((document) => document.id),
      kinds,
      vocabulary,
      idf,
      postingStart,
      postingDocs,
      postingWeights,
      Math.log(1 + total) + 1,
    );
  }

  get size(): number {
    return this.ids.length;
  }

  get featureCount(): number {
    return this.idf.length;
  }

  /** The best `limit` documents, optionally of one kind, by cosine similarity to the text. */
  search(text: string, options: TfIdfSearchOptions = {}): TfIdfHit[] {
    const kind = options.kind === undefined ? -1 : KIND_CODES.indexOf(options.kind);
    return this.rank(this.score(text), options, (d) => kind < 0 || this.kinds[d] === kind);
  }

  /** Both kinds from one scoring pass: the best `limit` skills and the best `limit` occupations. */
  searchByKind(text: string, options: Omit<TfIdfSearchOptions, 'kind'> = {}): Record<DocumentKind, TfIdfHit[]> {
    const scores = this.score(text);
    return {
      skill: this.rank(scores, options, (d) => this.kinds[d] === 0),
      occupation: this.rank(scores, options, (d) => this.kinds[d] === 1),
    };
  }

  private score(text: string): Float32Array {
    const scores = new Float32Array(this.ids.length);
    const counts = extractFeatures(text, this.options);
    let queryNorm = 0;
    const known: [number, number][] = [];
    for (const [feature, count] of counts) {
      const id = this.vocabulary.get(feature);
      // A feature no label has cannot match, but it still makes the query less similar.
      const idf = id === undefined ? this.unknownIdf * (isWordFeature(feature) ? this.options.wordWeight : 1) : this.idf[id];
      const weight = (1 + Math.log(count)) * idf;
      queryNorm += weight * weight;
      if (id !== undefined) known.push([id, weight]);
    }
    if (queryNorm === 0) return scores;
    queryNorm = Math.sqrt(queryNorm);
    for (const [id, weight] of known) {
      const queryWeight = weight / queryNorm;
      for (let slot = this.postingStart[id], end = this.postingStart[id + 1]; slot < end; slot++) {
        scores[this.postingDocs[slot]] += queryWeight * this.postingWeights[slot];
      }
    }
    return scores;
  }

  private rank(scores: Float32Array, options: TfIdfSearchOptions, accept: (document: number) => boolean): TfIdfHit[] {
    const limit = options.limit ?? DEFAULT_LIMIT;
    const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
    if (limit <= 0) return [];
    const candidates: number[] = [];
    for (let d = 0; d < scores.length; d++) {
      if (scores[d] >= minScore && scores[d] > 0 && accept(d)) candidates.push(d);
    }
    // Ties are broken by id so that equal labels always come back in the same order.
    candidates.sort((a, b) => scores[b] - scores[a] || (this.ids[a] < this.ids[b] ? -1 : this.ids[a] > this.ids[b] ? 1 : 0));
    return candidates.slice(0, limit).map((d) => ({
      id: this.ids[d],
      kind: KIND_CODES[this.kinds[d]],
      score: Math.min(1, Math.round(scores[d] * 10000) / 10000),
    }));
  }
}
