// Occupation relatedness through shared ESCO essential skills: for an occupation, every context
// occupation whose essential skills overlap enough, computed once per occupation and context.
import { INFERENCE, OCCUPATION_SCORES, SPECIFICITY_FLOOR, WEIGHT_SCALE } from './match-rules';
import { MatchContext } from './match.types';

const EMPTY = new Int32Array(0);

/** The occupations of the context whose essential skills overlap an occupation's enough to count. */
export interface RelatedOccupations {
  uris: readonly string[];
  /** Jaccard index of each, ≥ SHARED_SKILLS_MIN_JACCARD. */
  jaccards: Float64Array;
  /** The same, by URI. */
  byUri: ReadonlyMap<string, number>;
}

export class PreparedContext {
  private readonly skillIds = new Map<string, number>();
  private readonly essentials = new Map<string, Int32Array | null>();
  private readonly related = new Map<string, RelatedOccupations | null>();
  /** Built on first use: every context occupation, and skill id → the occupations holding it as essential. */
  private occupationUris: string[] | null = null;
  private occupationSizes: Int32Array | null = null;
  private occupationsBySkill: Int32Array[] | null = null;
  /** Built on first use: skill URI → how many context occupations list it (essential or optional). */
  private frequencies: Map<string, number> | null = null;
  private maxInformation = 1;
  /** Built on first use: skill URI → occupations listing it (index × 2, +1 when essential), for inference. */
  private listings: Map<string, Int32Array> | null = null;
  private listingNorms: Float64Array | null = null;
  private scratchScores: Float64Array | null = null;
  private scratchShared: Int32Array | null = null;
  /** Inferences by skills list: scoring one profile against every open need infers once. */
  private readonly inferences = new WeakMap<readonly string[], { uri: string; similarity: number } | null>();

  constructor(readonly context: MatchContext) {}

  /**
   * How specific a skill is, in SPECIFICITY_FLOOR … 1: its inverse frequency over the context's
   * occupations, ln((N + 1) / (df + 1)), scaled by that of a skill only one occupation lists. A
   * skill no occupation lists (an employer's own addition) counts as fully specific. Rounded to a
   * multiple of 1 / WEIGHT_SCALE.
   */
  specificity(skill: string): number {
    const frequencies = this.skillFrequencies();
    const frequency = frequencies.get(skill) ?? 1;
    const information = Math.log((this.context.occupations.size + 1) / (frequency + 1));
    const specificity = SPECIFICITY_FLOOR + (1 - SPECIFICITY_FLOOR) * Math.min(1, Math.max(0, information / this.maxInformation));
    return Math.round(specificity * WEIGHT_SCALE) / WEIGHT_SCALE;
  }

  private skillFrequencies(): Map<string, number> {
    if (!this.frequencies) {
      const frequencies = new Map<string, number>();
      for (const occupation of this.context.occupations.values()) {
        for (const skill of new Set([...occupation.essentialSkills, ...occupation.optionalSkills])) frequencies.set(skill, (frequencies.get(skill) ?? 0) + 1);
      }
      this.frequencies = frequencies;
      this.maxInformation = Math.log((this.context.occupations.size + 1) / 2) || 1;
    }
    return this.frequencies;
  }

  /**
   * The occupation a person most likely works in, judged by their skills alone: the context
   * occupation whose specificity-weighted essential (and, at half weight, optional) skills the
   * person's skills cover best (cosine), when at least INFERENCE.MIN_SHARED skills are shared and
   * the similarity reaches INFERENCE.MIN_SIMILARITY. Skills listed by more than
   * INFERENCE.MAX_LISTINGS occupations say nothing about which one and are skipped, which also
   * bounds the work. Deterministic: ties go to the occupation first in the context.
   */
  inferOccupation(skills: readonly string[]): { uri: string; similarity: number } | null {
    let inferred = this.inferences.get(skills);
    if (inferred === undefined) {
      inferred = this.infer(skills);
      this.inferences.set(skills, inferred);
    }
    return inferred;
  }

  private infer(skills: readonly string[]): { uri: string; similarity: number } | null {
    const { uris } = this.reverseIndex();
    const listings = this.skillListings();
    const norms = this.listingNorms!;
    // Scratch per occupation, clean between calls: only the touched entries are written and reset.
    if (!this.scratchScores || this.scratchScores.length !== uris.length) {
      this.scratchScores = new Float64Array(uris.length);
      this.scratchShared = new Int32Array(uris.length);
    }
    const scores = this.scratchScores;
    const shared = this.scratchShared!;
    const touched: number[] = [];
    let own = 0;
    for (const skill of new Set(skills)) {
      const weight = this.specificity(skill);
      own += weight * weight;
      const list = listings.get(skill);
      if (!list || list.length > INFERENCE.MAX_LISTINGS) continue;
      for (const packed of list) {
        const occupation = packed >> 1;
        if (shared[occupation] === 0) touched.push(occupation);
        scores[occupation] += weight * weight * ((packed & 1) === 1 ? 1 : INFERENCE.OPTIONAL_WEIGHT);
        shared[occupation]++;
      }
    }
    let best = -1;
    let bestSimilarity = 0;
    for (const occupation of touched) {
      if (shared[occupation]! >= INFERENCE.MIN_SHARED) {
        const similarity = scores[occupation]! / Math.sqrt(own * norms[occupation]!);
        if (similarity > bestSimilarity || (similarity === bestSimilarity && occupation < best)) {
          best = occupation;
          bestSimilarity = similarity;
        }
      }
      scores[occupation] = 0;
      shared[occupation] = 0;
    }
    return best >= 0 && bestSimilarity >= INFERENCE.MIN_SIMILARITY ? { uri: uris[best]!, similarity: bestSimilarity } : null;
  }

  private skillListings(): Map<string, Int32Array> {
    if (!this.listings) {
      const { uris } = this.reverseIndex();
      const lists = new Map<string, number[]>();
      const norms = new Float64Array(uris.length);
      uris.forEach((uri, occupation) => {
        const facts = this.context.occupations.get(uri)!;
        const essential = new Set(facts.essentialSkills);
        let norm = 0;
        for (const skill of new Set([...facts.essentialSkills, ...facts.optionalSkills])) {
          const isEssential = essential.has(skill);
          const weight = this.specificity(skill) * (isEssential ? 1 : INFERENCE.OPTIONAL_WEIGHT);
          norm += weight * weight;
          let list = lists.get(skill);
          if (!list) lists.set(skill, (list = []));
          list.push(occupation * 2 + (isEssential ? 1 : 0));
        }
        norms[occupation] = norm || 1;
      });
      this.listings = new Map([...lists].map(([skill, list]) => [skill, Int32Array.from(list)]));
      this.listingNorms = norms;
    }
    return this.listings;
  }

  /** Sorted, de-duplicated ids of an occupation's essential skills; null when the context does not know it. */
  private essentialSkillIds(occupationUri: string): Int32Array | null {
    let ids = this.essentials.get(occupationUri);
    if (ids === undefined) {
      const occupation = this.context.occupations.get(occupationUri);
      ids = occupation ? this.toSortedIds(occupation.essentialSkills) : null;
      this.essentials.set(occupationUri, ids);
    }
    return ids;
  }

  /**
   * Every context occupation related to this one through shared essential skills (itself
   * included), computed once per occupation and kept while the context lives; null when the
   * context does not know the occupation.
   */
  relatedOccupations(occupationUri: string): RelatedOccupations | null {
    let result = this.related.get(occupationUri);
    if (result === undefined) {
      const own = this.essentialSkillIds(occupationUri);
      result = own ? this.relatedTo(own) : null;
      this.related.set(occupationUri, result);
    }
    return result;
  }

  /**
   * Jaccard index |A ∩ B| / |A ∪ B| of essential skill sets, counting shared skills through
   * skill → occupations lists so that only occupations sharing a skill are visited.
   */
  private relatedTo(own: Int32Array): RelatedOccupations {
    const { uris, sizes, bySkill } = this.reverseIndex();
    const shared = new Int32Array(uris.length);
    const touched: number[] = [];
    for (const skill of own) {
      for (const occupation of bySkill[skill] ?? EMPTY) {
        if (shared[occupation] === 0) touched.push(occupation);
        shared[occupation]++;
      }
    }
    touched.sort((a, b) => a - b);
    const related: string[] = [];
    const jaccards: number[] = [];
    for (const occupation of touched) {
      const count = shared[occupation]!;
      const value = count / (own.length + sizes[occupation]! - count);
      if (value >= OCCUPATION_SCORES.SHARED_SKILLS_MIN_JACCARD) {
        related.push(uris[occupation]!);
        jaccards.push(value);
      }
    }
    return { uris: related, jaccards: Float64Array.from(jaccards), byUri: new Map(related.map((uri, i) => [uri, jaccards[i]!])) };
  }

  private reverseIndex(): { uris: string[]; sizes: Int32Array; bySkill: Int32Array[] } {
    if (!this.occupationUris || !this.occupationSizes || !this.occupationsBySkill) {
      const uris = [...this.context.occupations.keys()];
      const sizes = new Int32Array(uris.length);
      const lists: number[][] = [];
      uris.forEach((uri, occupation) => {
        const essentials = this.essentialSkillIds(uri)!;
        sizes[occupation] = essentials.length;
        for (const skill of essentials) (lists[skill] ??= []).push(occupation);
      });
      this.occupationUris = uris;
      this.occupationSizes = sizes;
      this.occupationsBySkill = Array.from(lists, (list) => Int32Array.from(list ?? []));
    }
    return { uris: this.occupationUris, sizes: this.occupationSizes, bySkill: this.occupationsBySkill };
  }

  iscoGroup(occupationUri: string): string | null {
    return this.context.occupations.get(occupationUri)?.iscoGroup ?? null;
  }

  private toSortedIds(skills: readonly string[]): Int32Array {
    if (skills.length === 0) return EMPTY;
    const ids = new Int32Array(skills.length);
    skills.forEach((skill, i) => {
      let id = this.skillIds.get(skill);
      if (id === undefined) {
        id = this.skillIds.size;
        this.skillIds.set(skill, id);
      }
      ids[i] = id;
    });
    ids.sort();
    let unique = 0;
    for (let i = 0; i < ids.length; i++) if (i === 0 || ids[i] !== ids[i - 1]) ids[unique++] = ids[i]!;
    return unique === ids.length ? ids : ids.slice(0, unique);
  }
}

// One prepared context per context object: the worker keeps one alive for all its matching.
// The context is treated as immutable; build a new one when the ESCO data changes.
const prepared = new WeakMap<MatchContext, PreparedContext>();

export function prepareContext(context: MatchContext): PreparedContext {
  let result = prepared.get(context);
  if (!result) {
    result = new PreparedContext(context);
    prepared.set(context, result);
  }
  return result;
}
