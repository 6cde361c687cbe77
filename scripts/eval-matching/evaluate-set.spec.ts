import { fromHeldOutSet } from './evaluation-set';
import { evaluateSet, RANKERS, RankerKey, targetChecks } from './evaluate-set';
import { generateHeldOutSet } from './held-out-set';
import { iscoFixture } from './isco.fixture';
import { RankerResult } from './rank-evaluation';

const metrics = (ndcg: number) => ({ ndcg, precision: 0, recall: 0, needs: 1, pairs: 1 });
const results = (overall: Partial<Record<RankerKey, number>>, skillsOnly: Partial<Record<RankerKey, number>>) =>
  Object.fromEntries(
    RANKERS.map(({ key }): [RankerKey, RankerResult] => [key, { overall: metrics(overall[key] ?? 0), kinds: { SKILLS_ONLY: metrics(skillsOnly[key] ?? 0) }, groups: {}, perNeed: [] }]),
  ) as Record<RankerKey, RankerResult>;

describe('targetChecks', () => {
  it('asks 0.85 and a 0.05 lead over the best filtered baseline, over all profiles and skills-only ones alike; the unfiltered one does not count', () => {
    const checks = targetChecks(results({ engine: 0.9, skillJaccard: 0.84, bm25: 0.86, textJaccardUnfiltered: 0.95 }, { engine: 0.9, bm25: 0.805 }));
    expect(checks.map((check) => [check.description, check.pass])).toEqual([
      ['engine nDCG@10, all profiles', true],
      ['engine − best filtered baseline (bm25 0.860), all profiles', false],
      ['engine nDCG@10, skills-only profiles', true],
      ['engine − best filtered baseline (bm25 0.805), skills-only profiles', true],
    ]);
    expect(checks[1]!.value).toBeCloseTo(0.04, 10);
    expect(checks.map((check) => check.threshold)).toEqual([0.85, 0.05, 0.85, 0.05]);
  });

  it('fails skills-only profiles below 0.85 or less than 0.05 above the baselines, and flags a slice too easy for a lead', () => {
    expect(targetChecks(results({ engine: 0.95 }, { engine: 0.8 })).map((check) => check.pass)).toEqual([true, true, false, true]);
    const easy = targetChecks(results({ engine: 0.95 }, { engine: 0.99, skillJaccard: 0.97 }));
    expect(easy.map((check) => check.pass)).toEqual([true, true, true, false]);
    expect(easy.map((check) => check.tooEasy)).toEqual([false, false, false, true]);
    expect(targetChecks(results({ engine: 0.95 }, { engine: 0.99, skillJaccard: 0.9 }))[3]).toMatchObject({ pass: true, tooEasy: false });
  });
});

describe('evaluateSet', () => {
  const set = fromHeldOutSet(generateHeldOutSet(iscoFixture(), { needs: 8, seed: 3 }));
  const evaluation = evaluateSet(set);

  it('measures the engine and every baseline on the set, with the hard limits counted', () => {
    expect(Object.keys(evaluation.results).sort()).toEqual(RANKERS.map(({ key }) => key).sort());
    expect(evaluation.needs).toBe(8);
    expect(evaluation.labelledPairs).toBe(set.needs.reduce((sum, item) => sum + item.judgements.size, 0));
    expect(evaluation.labelledExcluded).toBe(0);
    expect(evaluation.exclusions.OUTSIDE_COMMUTE).toBeGreaterThan(0.5);
    for (const { key } of RANKERS) {
      expect(evaluation.results[key].overall.ndcg).toBeGreaterThan(0);
      expect(evaluation.results[key].overall.ndcg).toBeLessThanOrEqual(1);
    }
    expect(evaluation.targets).toHaveLength(4);
  });

  it('shows what hard limits give: the text ranker without them finds less than with them', () => {
    expect(evaluation.results.textJaccardUnfiltered.overall.precision).toBeLessThan(evaluation.results.textJaccard.overall.precision);
  });
});
