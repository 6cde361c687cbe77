// Baselines on skill sets alone, for the engine to beat once they get the same hard limits: no
// occupation, place, hours or capability in the score. Pure.
import type { MatchNeed, MatchProfile } from '../../libs/matching/src/engine/match.types';

/** The need's skills: essential and optional (and the employer's required ones), de-duplicated. */
export function needSkills(need: MatchNeed): Set<string> {
  return new Set([...need.employerRequiredSkills, ...need.essentialSkills, ...need.optionalSkills]);
}

/** Jaccard index of the need's skills and the profile's, 0…1; 0 when either has none. */
export function skillJaccard(need: ReadonlySet<string>, profile: MatchProfile): number {
  if (need.size === 0 || profile.skills.length === 0) return 0;
  const own = new Set(profile.skills);
  let shared = 0;
  for (const skill of own) if (need.has(skill)) shared++;
  return shared / (need.size + own.size - shared);
}

export interface Bm25Parameters {
  k1: number;
  b: number;
  /** Query weight of an essential (or employer-required) skill; optional skills weigh 1. */
  essentialWeight: number;
}

export const DEFAULT_BM25: Readonly<Bm25Parameters> = { k1: 1.2, b: 0.75, essentialWeight: 2 };

/**
 * BM25 with the need's skills as query terms and each profile's skill set as a document (term
 * frequency 1): a shared rare skill counts for more than a shared common one, and a profile with
 * a very long skill list is damped. idf over the profiles the index was built from.
 */
export class Bm25SkillIndex {
  private readonly documentFrequency = new Map<string, number>();
  private readonly averageLength: number;
  private readonly documents: number;

  constructor(
    profiles: readonly MatchProfile[],
    private readonly parameters: Bm25Parameters = DEFAULT_BM25,
  ) {
    let total = 0;
    for (const profile of profiles) {
      const skills = new Set(profile.skills);
      total += skills.size;
      for (const skill of skills) this.documentFrequency.set(skill, (this.documentFrequency.get(skill) ?? 0) + 1);
    }
    this.documents = profiles.length;
    this.averageLength = profiles.length > 0 ? total / profiles.length : 0;
  }

  /** Robertson–Spärck Jones idf with +1 inside the log, so it is never negative. */
  idf(skill: string): number {
    const frequency = this.documentFrequency.get(skill) ?? 0;
    return Math.log(1 + (this.documents - frequency + 0.5) / (frequency + 0.5));
  }

  /** The need's query: skill → weight. */
  query(need: MatchNeed): Map<string, number> {
    const weights = new Map<string, number>();
    for (const skill of need.optionalSkills) weights.set(skill, 1);
    for (const skill of [...need.essentialSkills, ...need.employerRequiredSkills]) weights.set(skill, this.parameters.essentialWeight);
    return weights;
  }

  score(query: ReadonlyMap<string, number>, profile: MatchProfile): number {
    const skills = new Set(profile.skills);
    if (skills.size === 0 || this.averageLength === 0) return 0;
    const { k1, b } = this.parameters;
    const saturation = (k1 + 1) / (1 + k1 * (1 - b + (b * skills.size) / this.averageLength));
    let total = 0;
    for (const skill of skills) {
      const weight = query.get(skill);
      if (weight !== undefined) total += weight * this.idf(skill) * saturation;
    }
    return total;
  }
}

/** Ids of the items scoring above 0, best first; ties keep the given order. At most `depth`. */
export function rankByScore<T extends { profile: MatchProfile }>(items: readonly T[], score: (item: T) => number, depth: number): string[] {
  return items
    .map((item, order) => ({ id: item.profile.id, score: score(item), order }))
    .filter((scored) => scored.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, depth)
    .map((scored) => scored.id);
}
