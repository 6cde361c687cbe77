// Seeded PRNG (mulberry32) for generated data: the matching evaluation's labelled set, the
// benchmarks' services, profiles and needs, and the random worlds of property-style tests must be
// identical on every run and machine, so a code change is the only thing that can move their
// numbers. Free of Nest and Node APIs, so scripts and tests import it by a relative path.

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Between min and max distinct items (at most as many as there are), drawn one by one. */
  some<T>(items: readonly T[], min: number, max: number): T[];
  /** `count` items at distinct positions (all of them when there are fewer), in random order. */
  sample<T>(items: readonly T[], count: number): T[];
  shuffle<T>(items: readonly T[]): T[];
  /** A version 4 uuid drawn from this sequence. */
  uuid(): string;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('cannot pick from an empty list');
    return items[Math.floor(next() * items.length)]!;
  };
  const some = <T>(items: readonly T[], min: number, max: number): T[] => {
    // Distinct items only: a list holding one value twice must not loop forever.
    const count = Math.min(new Set(items).size, int(min, max));
    const chosen = new Set<T>();
    while (chosen.size < count) chosen.add(pick(items));
    return [...chosen];
  };
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  };
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const wanted = Math.max(0, Math.min(count, items.length));
    // A few items from a long list (unrelated skills out of ~14 000): draw indices instead of
    // shuffling a copy of the whole list for every profile.
    if (wanted * 4 < items.length) {
      const chosen = new Set<number>();
      while (chosen.size < wanted) chosen.add(Math.floor(next() * items.length));
      return [...chosen].map((index) => items[index]!);
    }
    return shuffle(items).slice(0, wanted);
  };
  const uuid = () =>
    'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => {
      const r = Math.floor(next() * 16);
      return (c === 'x' ? r : (r & 0x3) | 0x8).toString(16);
    });
  return { next, int, chance: (probability) => next() < probability, pick, some, sample, shuffle, uuid };
}
