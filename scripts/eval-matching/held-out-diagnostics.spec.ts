import { describeHeldOutDiagnostics, heldOutDiagnostics } from './held-out-diagnostics';
import type { HeldOutNeed, HeldOutProfile } from './held-out-set';
import type { MatchNeed, MatchProfile } from '../../libs/matching/src/engine/match.types';

const profile = (id: string, kind: HeldOutProfile['kind'], generatedForNeedId = 'a') => ({ profile: { id } as MatchProfile, kind, generatedForNeedId }) as HeldOutProfile;
const need = (id: string, judgements: [string, 1 | 2][]) => ({ need: { id } as MatchNeed, judgements: new Map(judgements) }) as unknown as HeldOutNeed;

describe('heldOutDiagnostics', () => {
  const profiles = [profile('s1', 'SKILLS_ONLY'), profile('s2', 'SKILLS_ONLY', 'b'), profile('r', 'RELATED_NO_SHARED_SKILL'), profile('g', 'GENERIC_NOISE'), profile('n', 'NEIGHBOUR')];
  const needs = [
    need('a', [
      ['s1', 2],
      ['s2', 2],
      ['r', 1],
    ]),
    need('b', [['s2', 2]]),
  ];
  const tallies = heldOutDiagnostics(needs, profiles, new Map([
    ['a', ['s1', 'g', 'n']],
    ['b', ['g', 's2']],
  ]));

  it('counts labelled pairs with the need a profile was drawn for missing from its top k, and not-relevant intruders, by kind', () => {
    // s2 is labelled for a too, but drawn for b: only its pair with b counts (found there).
    expect(tallies.get('SKILLS_ONLY')).toEqual({ labelled: 2, missed: 0, intruders: 0 });
    expect(tallies.get('RELATED_NO_SHARED_SKILL')).toEqual({ labelled: 1, missed: 1, intruders: 0 });
    expect(tallies.get('GENERIC_NOISE')).toEqual({ labelled: 0, missed: 0, intruders: 2 });
    expect(tallies.get('NEIGHBOUR')).toEqual({ labelled: 0, missed: 0, intruders: 1 });
  });

  it('prints kinds with the most intruders first', () => {
    const lines = describeHeldOutDiagnostics(tallies, 2, 10);
    expect(lines[1]).toMatch(/^GENERIC_NOISE\s+0\s+—\s+2 \(1\.00\/need\)$/);
    expect(lines.find((line) => line.startsWith('SKILLS_ONLY'))).toMatch(/2\s+0 \(0\.0 %\)\s+0 \(0\.00\/need\)$/);
    expect(lines.find((line) => line.startsWith('RELATED_NO_SHARED_SKILL'))).toMatch(/1\s+1 \(100\.0 %\)/);
  });
});
