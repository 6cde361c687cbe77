import type { MatchNeed, MatchProfile } from '../../libs/matching/src/engine/match.types';
import { EvaluationProfile, EvaluationSet, sliceOf } from './evaluation-set';
import { evaluateRankings, rankingDepth } from './rank-evaluation';
import { ndcgAt } from './metrics';

const profile = (id: string, occupations: string[], groups: EvaluationProfile['targetGroups'] = [], optionalHeavy = false, skills = ['s']): EvaluationProfile => ({
  profile: { id, occupations, wishedOccupations: [], skills } as unknown as MatchProfile,
  text: id,
  optionalHeavy,
  targetGroups: groups,
});

// One need: stated (2), skills-only (2), related (1), noise x, y.
const SET: EvaluationSet = {
  key: 'test',
  name: 'test',
  needs: [
    {
      need: { id: 'n1', essentialSkills: ['s'], optionalSkills: [], employerRequiredSkills: [] } as unknown as MatchNeed,
      text: '',
      judgements: new Map([
        ['stated', 2],
        ['skills', 2],
        ['related', 1],
      ]),
    },
    { need: { id: 'n2', essentialSkills: ['s'], optionalSkills: [], employerRequiredSkills: [] } as unknown as MatchNeed, text: '', judgements: new Map([['stated', 2]]) },
  ],
  profiles: [
    profile('stated', ['occ'], ['OVER_55']),
    profile('skills', [], ['YOUNG']),
    profile('related', ['sibling'], ['YOUNG']),
    profile('x', ['other'], ['YOUNG']),
    profile('y', []),
  ],
  occupations: new Map(),
  targetGroups: ['YOUNG', 'OVER_55'],
};

describe('evaluateRankings', () => {
  const rankings = new Map([
    ['n1', ['related', 'x', 'stated', 'y', 'skills']],
    ['n2', ['x', 'stated']],
  ]);
  const result = evaluateRankings(SET, rankings);

  it('averages nDCG@10, P@10 and recall@50 over needs', () => {
    const n1 = ndcgAt([1, 0, 2, 0, 2], [2, 2, 1], 10);
    const n2 = ndcgAt([0, 2], [2], 10);
    expect(result.overall.ndcg).toBeCloseTo((n1 + n2) / 2, 10);
    expect(result.overall.precision).toBeCloseTo((0.3 + 0.1) / 2, 10);
    expect(result.overall.recall).toBe(1);
    expect(result.overall).toMatchObject({ needs: 2, pairs: 4 });
    expect(result.perNeed).toEqual([expect.closeTo(n1, 10), expect.closeTo(n2, 10)]);
  });

  it('slices by kind: labelled profiles of other kinds leave the ranking, unlabelled ones stay', () => {
    // Skills-only in n1: ranking x, y, skills (related and stated removed); only n1 has one.
    expect(result.kinds.SKILLS_ONLY).toMatchObject({ needs: 1, pairs: 1 });
    expect(result.kinds.SKILLS_ONLY!.ndcg).toBeCloseTo(ndcgAt([0, 0, 2], [2], 10), 10);
    // Related trade in n1: first.
    expect(result.kinds.RELATED_TRADE!.ndcg).toBe(1);
    // Occupation stated: n1 x, stated, y, skills → [0, 2]; n2 [0, 2].
    expect(result.kinds.OCCUPATION_STATED).toMatchObject({ needs: 2, pairs: 2 });
    expect(result.kinds.OCCUPATION_STATED!.ndcg).toBeCloseTo(ndcgAt([0, 2], [2], 10), 10);
    expect(result.kinds.OPTIONAL_HEAVY).toBeUndefined();
  });

  it('slices by target group over labelled profiles only', () => {
    // Young and labelled in n1: skills, related (x is young but not labelled, so it stays as noise).
    expect(result.groups.YOUNG).toMatchObject({ needs: 1, pairs: 2 });
    expect(result.groups.YOUNG!.ndcg).toBeCloseTo(ndcgAt([1, 0, 0, 2], [2, 1], 10), 10);
    expect(result.groups.OVER_55).toMatchObject({ needs: 2, pairs: 2 });
  });

  it('puts a labelled profile sharing no skill with the need in its own slice, and a relative by source among related trades', () => {
    const need = { id: 'n', occupationUri: 'occ', essentialSkills: ['a'], optionalSkills: ['b'], employerRequiredSkills: ['a'] } as unknown as MatchNeed;
    const of = (skills: string[], source?: string, occupations: string[] = []) => ({ ...profile('p', occupations, [], false, skills), sourceOccupationUri: source });
    expect(sliceOf(2, of(['c'], 'sibling', ['sibling']), need)).toBe('NO_SHARED_SKILL');
    expect(sliceOf(1, of(['c']), need)).toBe('NO_SHARED_SKILL');
    // Same unit group (gain 2) but another occupation: a related trade, not skills-only.
    expect(sliceOf(2, of(['b'], 'sibling'), need)).toBe('RELATED_TRADE');
    expect(sliceOf(2, of(['b'], 'occ'), need)).toBe('SKILLS_ONLY');
    expect(sliceOf(2, of(['b'], 'occ', ['occ']), need)).toBe('OCCUPATION_STATED');
    // Without a known source (set 1): gain 1 is a related trade.
    expect(sliceOf(1, of(['b']), need)).toBe('RELATED_TRADE');
    expect(sliceOf(0, of(['b'], 'occ'), need)).toBeNull();
  });

  it('asks for rankings deep enough for recall@50 in every slice', () => {
    expect(rankingDepth(SET.needs[0]!)).toBe(53);
  });
});
