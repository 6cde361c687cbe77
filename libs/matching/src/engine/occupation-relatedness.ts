// Occupation relatedness through shared ESCO essential skills, computed on interned, sorted skill
// ids so that comparing two occupations is one merge of two short integer arrays.
import { OCCUPATION_SCORES } from './match-rules';
import { MatchContext } from './match.types';

const EMPTY = new Int32Array(0);

/** The occupations of the context whose essential skills overlap an occupation's enough to count. */
export interface RelatedOccupations {
  uris: readonly string[];
  /** Jaccard index of each, ≥ SHARED_SKILLS_MIN_JACCARD. */
  jaccards: Float64Array;
}

export class PreparedContext {
  private readonly skillIds = new Map<string, number>();
  private readonly essentials = new Map<string, Int32Array | null>();
  private readonly related = new Map<string, RelatedOccupations | null>();

  constructor(readonly context: MatchContext) {}

  /** Sorted, de-duplicated ids of an occupation's essential skills; null when the context does not know it. */
  essentialSkillIds(occupationUri: string): Int32Array | null {
    let ids = this.essentials.get(occupationUri);
    if (ids === undefined) {
      const occupation = this.context.occupations.get(occupationUri);
      ids = occupation ? this.toSortedIds(occupation.essentialSkills) : null;
      this.essentials.set(occupationUri, ids);
    }
    return ids;
  }

  /**
   * Every context occupation related to this one through shared essential skills, computed once
   * per occupation (one merge per context occupation) and kept while the context lives.
   */
  relatedOccupations(occupationUri: string): RelatedOccupations | null {
    let result = this.related.get(occupationUri);
    if (result === undefined) {
      const own = this.essentialSkillIds(occupationUri);
      result = null;
      if (own) {
        const uris: string[] = [];
        const jaccards: number[] = [];
        for (const other of this.context.occupations.keys()) {
          const value = jaccard(own, this.essentialSkillIds(other)!);
          if (value >= OCCUPATION_SCORES.SHARED_SKILLS_MIN_JACCARD) {
            uris.push(other);
            jaccards.push(value);
          }
        }
        result = { uris, jaccards: Float64Array.from(jaccards) };
      }
      this.related.set(occupationUri, result);
    }
    return result;
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

/** |A ∩ B| / |A ∪ B| of two sorted unique id arrays; 0 when both are empty. */
export function jaccard(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const union = a.length + b.length - shared;
  return union === 0 ? 0 : shared / union;
}
