import { dcg, gainsOf, mean, ndcgAt, precisionAt, recallAt, scoreRanking } from './metrics';

describe('ranking metrics', () => {
  describe('dcg', () => {
    it('discounts linear gains by log2(rank + 1)', () => {
      // 2/1 + 1/log2(3) + 0/2 + 2/log2(5) = 2 + 0.63093 + 0 + 0.86135
      expect(dcg([2, 1, 0, 2])).toBeCloseTo(3.49228, 5);
    });

    it('reproduces the textbook example (gains 3,2,3,0,1,2 → 6.861)', () => {
      expect(dcg([3, 2, 3, 0, 1, 2])).toBeCloseTo(6.861, 3);
    });

    it('stops at k and is 0 for an empty ranking', () => {
      expect(dcg([2, 1, 0, 2], 2)).toBeCloseTo(2.63093, 5);
      expect(dcg([])).toBe(0);
    });
  });

  describe('ndcgAt', () => {
    it('divides by the ideal ordering of all judged gains, not only the returned ones', () => {
      // Ideal of [3,3,3,2,2,2,1,0] at 6: 3 + 3/1.585 + 3/2 + 2/2.322 + 2/2.585 + 2/2.807 = 8.740
      expect(ndcgAt([3, 2, 3, 0, 1, 2], [3, 3, 3, 2, 2, 2, 1, 0], 6)).toBeCloseTo(6.861 / 8.74, 3);
      expect(ndcgAt([2, 1, 0, 2], [2, 2, 1], 4)).toBeCloseTo(3.49228 / 3.76186, 4);
    });

    it('is 1 for the ideal ranking and 0 when nothing relevant is found', () => {
      expect(ndcgAt([2, 2, 1], [1, 2, 2], 10)).toBe(1);
      expect(ndcgAt([0, 0, 0], [2, 1], 10)).toBe(0);
    });

    it('penalises a short ranking that misses judged items', () => {
      // Found one of two relevant items: 2 / (2 + 2/log2(3)) = 2 / 3.26186
      expect(ndcgAt([2], [2, 2], 10)).toBeCloseTo(0.61315, 5);
    });

    it('is 0 when the query has no relevant item', () => {
      expect(ndcgAt([0, 0], [], 10)).toBe(0);
    });

    it('rejects a cutoff that is not a positive integer', () => {
      expect(() => ndcgAt([1], [1], 0)).toThrow(RangeError);
      expect(() => ndcgAt([1], [1], 2.5)).toThrow(RangeError);
    });
  });

  describe('precisionAt', () => {
    it('counts relevant and partly relevant items as hits', () => {
      expect(precisionAt([2, 0, 1, 0], 4)).toBe(0.5);
      expect(precisionAt([1, 1, 0, 2], 2)).toBe(1);
    });

    it('counts empty positions of a short ranking as misses', () => {
      expect(precisionAt([2, 0, 1], 10)).toBe(0.2);
    });

    it('rejects a cutoff that is not a positive integer', () => {
      expect(() => precisionAt([1], -1)).toThrow(RangeError);
    });
  });

  describe('recallAt', () => {
    it('is the share of all judged hits found in the first k, partly relevant ones included', () => {
      expect(recallAt([2, 0, 1, 0, 2], [2, 2, 1, 1], 5)).toBe(0.75);
      expect(recallAt([2, 0, 1, 0, 2], [2, 2, 1, 1], 2)).toBe(0.25);
    });

    it('is 0 for a query without hits, and rejects a bad cutoff', () => {
      expect(recallAt([0, 0], [], 50)).toBe(0);
      expect(recallAt([0, 0], [0], 50)).toBe(0);
      expect(() => recallAt([1], [1], 0)).toThrow(RangeError);
    });
  });

  it('scores a ranking of ids against sparse judgements', () => {
    const judgements = new Map([
      ['profile-a', 2],
      ['profile-b', 1],
      ['profile-c', 2],
    ]);
    const ranked = ['profile-a', 'profile-x', 'profile-b', 'profile-y'];
    expect(gainsOf(ranked, judgements)).toEqual([2, 0, 1, 0]);
    const score = scoreRanking(ranked, judgements, 4);
    // DCG 2 + 0 + 1/2 = 2.5; ideal 2 + 2/log2(3) + 1/2 = 3.76186
    expect(score.ndcg).toBeCloseTo(2.5 / 3.76186, 5);
    expect(score.precision).toBe(0.5);
    // Two of the three judged profiles in the first 50 (the default), one in the first 1.
    expect(score.recall).toBeCloseTo(2 / 3, 10);
    expect(scoreRanking(ranked, judgements, 4, 1).recall).toBeCloseTo(1 / 3, 10);
  });

  it('averages, with 0 for no values', () => {
    expect(mean([0.5, 1, 0])).toBe(0.5);
    expect(mean([])).toBe(0);
  });
});
