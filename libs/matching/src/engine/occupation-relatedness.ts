// Occupation relatedness through shared ESCO essential skills: for an occupation, every context
// occupation whose essential skills overlap enough, computed once per occupation and context.
import { OCCUPATION_SCORES } from './match-rules';
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

  constructor(readonly context: MatchContext) {}

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
