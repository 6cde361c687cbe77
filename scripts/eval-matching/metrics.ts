// Ranking metrics for the matching evaluation. Gains are graded: 2 relevant, 1 partly relevant,
// 0 not relevant. Pure functions, checked by hand in metrics.spec.ts.

function assertCutoff(k: number): void {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`cutoff k must be a positive integer, got ${k}`);
}

/**
 * Discounted cumulative gain of the first `k` gains (all when k is omitted), with linear gains:
 * Σ gain_i / log2(i + 1) over 1-based ranks i, so rank 1 is undiscounted.
 */
export function dcg(gains: readonly number[], k: number = gains.length): number {
  let total = 0;
  const end = Math.min(k, gains.length);
  for (let index = 0; index < end; index++) total += gains[index]! / Math.log2(index + 2);
  return total;
}

/**
 * nDCG@k: DCG@k of the ranking divided by DCG@k of the ideal ranking, which is every judged gain
 * of the query (not only those the ranking returned) sorted best first. 0 when the query has no
 * relevant item at all, so such a query cannot lift an average.
 */
export function ndcgAt(rankedGains: readonly number[], judgedGains: readonly number[], k: number): number {
  assertCutoff(k);
  const ideal = dcg([...judgedGains].sort((a, b) => b - a), k);
  return ideal > 0 ? dcg(rankedGains, k) / ideal : 0;
}

/**
 * Precision@k: the share of the k positions that hold a hit, a hit being any gain > 0 (relevant
 * or partly relevant). Positions a short ranking leaves empty count as misses: the denominator
 * is always k.
 */
export function precisionAt(rankedGains: readonly number[], k: number): number {
  assertCutoff(k);
  let hits = 0;
  const end = Math.min(k, rankedGains.length);
  for (let index = 0; index < end; index++) if (rankedGains[index]! > 0) hits++;
  return hits / k;
}

/** The gain of each ranked id; ids without a judgement are not relevant (0). */
export function gainsOf(rankedIds: readonly string[], judgements: ReadonlyMap<string, number>): number[] {
  return rankedIds.map((id) => judgements.get(id) ?? 0);
}

/**
 * Recall@k: the share of the query's judged items with a gain > 0 that the first k positions
 * hold. 0 when the query has no such item (like nDCG, so it cannot lift an average).
 */
export function recallAt(rankedGains: readonly number[], judgedGains: readonly number[], k: number): number {
  assertCutoff(k);
  const relevant = judgedGains.filter((gain) => gain > 0).length;
  if (relevant === 0) return 0;
  let found = 0;
  const end = Math.min(k, rankedGains.length);
  for (let index = 0; index < end; index++) if (rankedGains[index]! > 0) found++;
  return found / relevant;
}

export interface RankingScore {
  ndcg: number;
  precision: number;
  /** Recall at recallK (50 unless given). */
  recall: number;
}

/** nDCG@k, precision@k and recall@recallK of one ranking of ids against the query's judgements. */
export function scoreRanking(rankedIds: readonly string[], judgements: ReadonlyMap<string, number>, k: number, recallK = 50): RankingScore {
  const gains = gainsOf(rankedIds, judgements);
  const judged = [...judgements.values()];
  return { ndcg: ndcgAt(gains, judged, k), precision: precisionAt(gains, k), recall: recallAt(gains, judged, recallK) };
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}
