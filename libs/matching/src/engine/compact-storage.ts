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
 * The k best (score desc, then id asc) of a stream of candidates, as a min-heap whose root is the
 * worst kept candidate: O(log k) per accepted candidate, no sort of the whole stream.
 */
export class TopK {
  private readonly slots: Int32Array;
  private readonly scores: Float64Array;
  private count = 0;

  constructor(
    private readonly k: number,
    private readonly ids: readonly string[],
  ) {
    this.slots = new Int32Array(k);
    this.scores = new Float64Array(k);
  }

  get full(): boolean {
    return this.count === this.k;
  }

  /** Score of the worst kept candidate; only meaningful when full. */
  get worstScore(): number {
    return this.scores[0]!;
  }

  offer(slot: number, score: number): void {
    if (this.count < this.k) {
      this.slots[this.count] = slot;
      this.scores[this.count] = score;
      this.siftUp(this.count++);
      return;
    }
    if (!this.worse(this.scores[0]!, this.slots[0]!, score, slot)) return;
    this.slots[0] = slot;
    this.scores[0] = score;
    this.siftDown(0);
  }

  /** The kept slots, best first. */
  drain(): { slot: number; score: number }[] {
    const items: { slot: number; score: number }[] = [];
    for (let i = 0; i < this.count; i++) items.push({ slot: this.slots[i]!, score: this.scores[i]! });
    items.sort((a, b) => (this.worse(a.score, a.slot, b.score, b.slot) ? 1 : this.worse(b.score, b.slot, a.score, a.slot) ? -1 : 0));
    this.count = 0;
    return items;
  }

  /** Whether (scoreA, slotA) ranks below (scoreB, slotB). */
  private worse(scoreA: number, slotA: number, scoreB: number, slotB: number): boolean {
    return scoreA < scoreB || (scoreA === scoreB && this.ids[slotA]! > this.ids[slotB]!);
  }

  private siftUp(index: number): void {
    let i = index;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(this.scores[i]!, this.slots[i]!, this.scores[parent]!, this.slots[parent]!)) break;
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
      if (left < this.count && this.worse(this.scores[left]!, this.slots[left]!, this.scores[worst]!, this.slots[worst]!)) worst = left;
      if (right < this.count && this.worse(this.scores[right]!, this.slots[right]!, this.scores[worst]!, this.slots[worst]!)) worst = right;
      if (worst === i) return;
      this.swap(i, worst);
      i = worst;
    }
  }

  private swap(a: number, b: number): void {
    const slot = this.slots[a]!;
    const score = this.scores[a]!;
    this.slots[a] = this.slots[b]!;
    this.scores[a] = this.scores[b]!;
    this.slots[b] = slot;
    this.scores[b] = score;
  }
}
