// Where the engine's ranking goes wrong, in the terms the engine author can act on: which
// labelled profiles a hard limit excluded (should be none), which relevant profiles fell out of
// the top k, and the mean score parts of each group, so a weight that lets the wrong profiles
// win shows up as a column.
import type { ExclusionReason, MatchedOutcome, MatchOutcome } from '../../libs/matching/src/engine/match.types';
import type { LabelledNeed, LabelledProfile, OccupationVariant } from './labelled-set';

export type DiagnosticGroup = 'relevant in top k' | 'relevant missed' | 'partly relevant' | 'not relevant in top k';

interface PartsSum {
  count: number;
  score: number;
  parts: Record<string, number>;
}

export class EngineDiagnostics {
  readonly excluded = new Map<ExclusionReason, number>();
  readonly missedByVariant = new Map<OccupationVariant, { missed: number; total: number }>();
  /** Not-relevant profiles in the top k, by how they were generated relative to the need. */
  readonly intruders = new Map<string, number>();
  private readonly sums = new Map<DiagnosticGroup, PartsSum>();

  constructor(private readonly profiles: ReadonlyMap<string, LabelledProfile>) {}

  /**
   * @param top the engine's top k for the need
   * @param judged scoreMatch of every labelled profile of the need (also those outside the top k)
   */
  record(item: LabelledNeed, top: readonly MatchedOutcome[], judged: readonly MatchOutcome[]): void {
    const inTop = new Set(top.map((outcome) => outcome.profileId));
    for (const outcome of judged) {
      if (!outcome.matched) {
        this.excluded.set(outcome.reason, (this.excluded.get(outcome.reason) ?? 0) + 1);
        continue;
      }
      const gain = item.judgements.get(outcome.profileId);
      if (gain === 1) this.add('partly relevant', outcome);
      if (gain !== 2) continue;
      const hit = inTop.has(outcome.profileId);
      this.add(hit ? 'relevant in top k' : 'relevant missed', outcome);
      const variant = this.profiles.get(outcome.profileId)!.occupationVariant;
      const counts = this.missedByVariant.get(variant) ?? { missed: 0, total: 0 };
      counts.total++;
      if (!hit) counts.missed++;
      this.missedByVariant.set(variant, counts);
    }
    for (const outcome of top) {
      if (item.judgements.has(outcome.profileId)) continue;
      this.add('not relevant in top k', outcome);
      const profile = this.profiles.get(outcome.profileId)!;
      const origin = profile.kind === 'DISTRACTOR' ? 'distractor' : `${profile.kind === 'SAME_OCCUPATION' ? 'relevant' : 'same-group'} profile of another ISCO group's need`;
      this.intruders.set(origin, (this.intruders.get(origin) ?? 0) + 1);
    }
  }

  private add(group: DiagnosticGroup, outcome: MatchedOutcome): void {
    const sum = this.sums.get(group) ?? { count: 0, score: 0, parts: {} };
    sum.count++;
    sum.score += outcome.score;
    for (const [part, value] of Object.entries(outcome.explanation.parts)) sum.parts[part] = (sum.parts[part] ?? 0) + value;
    this.sums.set(group, sum);
  }

  /** Lines of text: mean score and parts per group, then the counts. */
  report(k: number): string[] {
    const groups: DiagnosticGroup[] = ['relevant in top k', 'relevant missed', 'partly relevant', 'not relevant in top k'];
    const partNames = [...new Set([...this.sums.values()].flatMap((sum) => Object.keys(sum.parts)))];
    const label = (group: DiagnosticGroup) => group.replace(' k', ` ${k}`);
    const lines = [
      `Mean engine score and parts (0..1) per group:`,
      `  ${'group'.padEnd(24)}${'n'.padStart(6)}${'score'.padStart(8)}${partNames.map((part) => part.slice(0, 11).padStart(12)).join('')}`,
    ];
    for (const group of groups) {
      const sum = this.sums.get(group);
      if (!sum) continue;
      const mean = (value: number) => (value / sum.count).toFixed(3);
      lines.push(`  ${label(group).padEnd(24)}${String(sum.count).padStart(6)}${mean(sum.score).padStart(8)}${partNames.map((part) => mean(sum.parts[part] ?? 0).padStart(12)).join('')}`);
    }
    lines.push('');
    lines.push(`Relevant profiles (gain 2) missing from the engine's top ${k}, by the occupation the profile lists:`);
    for (const [variant, { missed, total }] of [...this.missedByVariant].sort(([a], [b]) => a.localeCompare(b))) {
      lines.push(`  ${variant.padEnd(8)} ${String(missed).padStart(5)} of ${String(total).padStart(5)} missed (${((100 * missed) / total).toFixed(1)} %)`);
    }
    lines.push(`Not-relevant profiles in the engine's top ${k}:`);
    for (const [origin, count] of [...this.intruders].sort(([, a], [, b]) => b - a)) lines.push(`  ${String(count).padStart(6)}  ${origin}`);
    const excluded = [...this.excluded].map(([reason, count]) => `${reason} ${count}`).join(', ');
    lines.push(`Labelled profiles excluded by a hard limit (should be 0): ${excluded || '0'}`);
    return lines;
  }
}
