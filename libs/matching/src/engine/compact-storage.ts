// Building blocks of the CandidateIndex: string interning, growable posting lists and a bounded
// top-k heap. Typed arrays keep hundreds of thousands of profiles out of the garbage collector's way.

/** Maps strings (URIs, codes) to dense integer ids and back. */
export class Interner {
  private readonly ids = new Map<string, number>();
  readonly values: string[] = [];

  intern(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }

  /** The id of a value, or -1 when it was never interned (looking up never grows the interner). */
  find(value: string): number {
    return this.ids.get(value) ?? -1;
  }

  get size(): number {
    return this.values.length;
  }
}

const EMPTY = new Int32Array(0);

/** term id → the slots that hold the term, each list a growable Int32Array in slot order. */
export class PostingLists {
  readonly lists: Int32Array[] = [];
  readonly lengths: number[] = [];

  add(term: number, slot: number): void {
    while (this.lists.length <= term) {
      this.lists.push(EMPTY);
      this.lengths.push(0);
    }
    let list = this.lists[term]!;
    const length = this.lengths[term]!;
    if (length === list.length) {
      // Small lists double, long ones grow by half: bounded slack at 500 000 profiles.
      const grown = new Int32Array(length < 64 ? Math.max(4, length * 2) : length + (length >> 1));
      grown.set(list);
      list = grown;
      this.lists[term] = list;
    }
    list[length] = slot;
    this.lengths[term] = length + 1;
  }

  /** Rewrites every list through `remap` (old slot → new slot, -1 for removed), keeping order. */
  remap(remap: Int32Array): void {
    for (let term = 0; term < this.lists.length; term++) {
      const list = this.lists[term]!;
      const length = this.lengths[term]!;
      let kept = 0;
      for (let i = 0; i < length; i++) {
        const slot = remap[list[i]!]!;
        if (slot >= 0) list[kept++] = slot;
      }
      this.lengths[term] = kept;
      // Give memory back when a list shrank to under a quarter of its capacity.
      if (kept * 4 < list.length && list.length > 16) this.lists[term] = list.slice(0, Math.max(4, kept * 2));
    }
  }

  /** Drops the growth slack of every list; for after a bulk load. */
  trim(): void {
    for (let term = 0; term < this.lists.length; term++) {
      const list = this.lists[term]!;
      const length = this.lengths[term]!;
      if (list.length > length) this.lists[term] = length === 0 ? EMPTY : list.slice(0, length);
    }
  }

  entries(): number {
    let total = 0;
    for (const length of this.lengths) total += length;
    return total;
  }

  bytes(): number {
    let total = 0;
    for (const list of this.lists) total += list.byteLength;
    return total;
  }
}

/**
 * The k best (score desc, then the tie-breaks of offer, then id asc) of a stream of candidates, as a min-heap whose root is the
 * worst kept candidate: O(log k) per accepted candidate, no sort of the whole stream.
 */
export class TopK {
  private readonly slots: Int32Array;
  private readonly scores: Float64Array;
  /** Tie-breaks: specificity-weighted essential skills held (more first), distance (shorter first, NaN last). */
  private readonly essentials: Float64Array;
  private readonly distances: Float64Array;
  private count = 0;

  constructor(
    private readonly k: number,
    private readonly ids: readonly string[],
  ) {
    this.slots = new Int32Array(k);
    this.scores = new Float64Array(k);
    this.essentials = new Float64Array(k);
    this.distances = new Float64Array(k);
  }

  get full(): boolean {
    return this.count === this.k;
  }

  /** Score of the worst kept candidate; only meaningful when full. */
  get worstScore(): number {
    return this.scores[0]!;
  }

  /** @param distanceKm NaN when unknown (ranks after every known distance). */
  offer(slot: number, score: number, essential = 0, distanceKm = Number.NaN): void {
    const distance = Number.isNaN(distanceKm) ? Number.POSITIVE_INFINITY : distanceKm;
    if (this.count < this.k) {
      this.put(this.count, slot, score, essential, distance);
      this.siftUp(this.count++);
      return;
    }
    if (!this.worseThan(0, score, essential, distance, slot)) return;
    this.put(0, slot, score, essential, distance);
    this.siftDown(0);
  }

  private put(at: number, slot: number, score: number, essential: number, distance: number): void {
    this.slots[at] = slot;
    this.scores[at] = score;
    this.essentials[at] = essential;
    this.distances[at] = distance;
  }

  /** Whether the kept entry at `at` ranks below the candidate given. */
  private worseThan(at: number, score: number, essential: number, distance: number, slot: number): boolean {
    const keptScore = this.scores[at]!;
    if (keptScore !== score) return keptScore < score;
    const keptEssential = this.essentials[at]!;
    if (keptEssential !== essential) return keptEssential < essential;
    const keptDistance = this.distances[at]!;
    if (keptDistance !== distance) return keptDistance > distance;
    return this.ids[this.slots[at]!]! > this.ids[slot]!;
  }

  /** The kept slots, best first. */
  drain(): { slot: number; score: number }[] {
    const order = Array.from({ length: this.count }, (_, i) => i);
    order.sort((a, b) => (this.worse(a, b) ? 1 : this.worse(b, a) ? -1 : 0));
    const items = order.map((i) => ({ slot: this.slots[i]!, score: this.scores[i]! }));
    this.count = 0;
    return items;
  }

  /** Whether the kept entry a ranks below the kept entry b. */
  private worse(a: number, b: number): boolean {
    return this.worseThan(a, this.scores[b]!, this.essentials[b]!, this.distances[b]!, this.slots[b]!);
  }

  private siftUp(index: number): void {
    let i = index;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  private siftDown(index: number): void {
    let i = index;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < this.count && this.worse(left, worst)) worst = left;
      if (right < this.count && this.worse(right, worst)) worst = right;
      if (worst === i) return;
      this.swap(i, worst);
      i = worst;
    }
  }

  private swap(a: number, b: number): void {
    const slot = this.slots[a]!;
    const score = this.scores[a]!;
    const essential = this.essentials[a]!;
    const distance = this.distances[a]!;
    this.put(a, this.slots[b]!, this.scores[b]!, this.essentials[b]!, this.distances[b]!);
    this.put(b, slot, score, essential, distance);
  }
}
