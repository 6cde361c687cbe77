// Where a ranker goes wrong on set 2, in the set's own terms: which kinds of labelled profiles
// fall out of the top k of the need they were drawn for, and which kinds of not-relevant profiles
// take places in the top k (generic noise, neighbours, sub-major hard negatives, …). Pure.
import type { HeldOutKind, HeldOutNeed, HeldOutProfile } from './held-out-set';

export interface KindTally {
  /** Labelled pairs (gain > 0) of profiles of this kind with the need they were drawn for. */
  labelled: number;
  /** Of those, outside the top k. */
  missed: number;
  /** Not-relevant profiles of this kind in some need's top k. */
  intruders: number;
}

export function heldOutDiagnostics(
  needs: readonly HeldOutNeed[],
  profiles: readonly HeldOutProfile[],
  topK: ReadonlyMap<string, readonly string[]>,
): Map<HeldOutKind, KindTally> {
  const byId = new Map(profiles.map((item) => [item.profile.id, item]));
  const kindOf = new Map(profiles.map((item) => [item.profile.id, item.kind]));
  const tallies = new Map<HeldOutKind, KindTally>();
  const tally = (kind: HeldOutKind) => {
    const found = tallies.get(kind) ?? { labelled: 0, missed: 0, intruders: 0 };
    tallies.set(kind, found);
    return found;
  };
  for (const item of needs) {
    const top = new Set(topK.get(item.need.id) ?? []);
    for (const id of item.judgements.keys()) {
      if (byId.get(id)!.generatedForNeedId !== item.need.id) continue;
      const entry = tally(kindOf.get(id)!);
      entry.labelled++;
      if (!top.has(id)) entry.missed++;
    }
    for (const id of top) if (!item.judgements.has(id)) tally(kindOf.get(id)!).intruders++;
  }
  return tallies;
}

/** Printable lines, kinds with the most intruders first. */
export function describeHeldOutDiagnostics(tallies: ReadonlyMap<HeldOutKind, KindTally>, needs: number, k: number): string[] {
  const lines = [`${'kind'.padEnd(26)}${'labelled'.padStart(9)}${`missed top ${k}`.padStart(18)}${`not relevant in top ${k}`.padStart(25)}`];
  const rows = [...tallies].sort((a, b) => b[1].intruders - a[1].intruders || (a[0] < b[0] ? -1 : 1));
  for (const [kind, { labelled, missed, intruders }] of rows) {
    const share = labelled > 0 ? `${missed} (${((100 * missed) / labelled).toFixed(1)} %)` : '—';
    lines.push(`${kind.padEnd(26)}${String(labelled).padStart(9)}${share.padStart(18)}${`${intruders} (${(intruders / needs).toFixed(2)}/need)`.padStart(25)}`);
  }
  return lines;
}
