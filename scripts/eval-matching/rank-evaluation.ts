// Metrics of one ranker's rankings over a labelled set: overall, per profile kind and per target
// group. A slice keeps, per need, only its own labelled profiles: the labelled profiles outside
// it are taken out of the ranking and the judgements, unlabelled ones stay. So a slice answers
// "how well are *these* people found among the not relevant ones", whoever else is relevant.
import { EvaluationNeed, EvaluationProfile, EvaluationSet, PROFILE_SLICES, ProfileSlice, sliceOf, TargetGroup } from './evaluation-set';
import { mean, RankingScore, scoreRanking } from './metrics';

export const K = 10;
export const RECALL_K = 50;

export interface SliceMetrics extends RankingScore {
  /** Needs with at least one labelled profile in the slice: the metrics are their means. */
  needs: number;
  /** Labelled need–profile pairs in the slice. */
  pairs: number;
}

export interface RankerResult {
  overall: SliceMetrics;
  kinds: Partial<Record<ProfileSlice, SliceMetrics>>;
  groups: Partial<Record<TargetGroup, SliceMetrics>>;
  /** nDCG@10 per need, in the set's need order. */
  perNeed: number[];
}

/** How deep a ranking must be so that every slice still sees RECALL_K positions. */
export function rankingDepth(item: EvaluationNeed): number {
  return RECALL_K + item.judgements.size;
}

function summarise(scores: readonly RankingScore[], pairs: number): SliceMetrics {
  return {
    needs: scores.length,
    pairs,
    ndcg: mean(scores.map((score) => score.ndcg)),
    precision: mean(scores.map((score) => score.precision)),
    recall: mean(scores.map((score) => score.recall)),
  };
}

function sliceScores(
  set: EvaluationSet,
  rankings: ReadonlyMap<string, readonly string[]>,
  inSlice: (gain: number, profile: EvaluationProfile, need: EvaluationNeed) => boolean,
): SliceMetrics | null {
  const profiles = new Map(set.profiles.map((item) => [item.profile.id, item]));
  const scores: RankingScore[] = [];
  let pairs = 0;
  for (const item of set.needs) {
    const kept = new Map([...item.judgements].filter(([id, gain]) => inSlice(gain, profiles.get(id)!, item)));
    if (kept.size === 0) continue;
    pairs += kept.size;
    const ranking = (rankings.get(item.need.id) ?? []).filter((id) => !item.judgements.has(id) || kept.has(id));
    scores.push(scoreRanking(ranking, kept, K, RECALL_K));
  }
  return scores.length > 0 ? summarise(scores, pairs) : null;
}

/** @param rankings per need id, best first, at least rankingDepth(need) long where the ranker has that many. */
export function evaluateRankings(set: EvaluationSet, rankings: ReadonlyMap<string, readonly string[]>): RankerResult {
  const perNeedScores = set.needs.map((item) => scoreRanking(rankings.get(item.need.id) ?? [], item.judgements, K, RECALL_K));
  const pairs = set.needs.reduce((sum, item) => sum + item.judgements.size, 0);
  const kinds: RankerResult['kinds'] = {};
  for (const kind of PROFILE_SLICES) {
    const metrics = sliceScores(set, rankings, (gain, profile, need) => sliceOf(gain, profile, need.need) === kind);
    if (metrics) kinds[kind] = metrics;
  }
  const groups: RankerResult['groups'] = {};
  for (const group of set.targetGroups) {
    const metrics = sliceScores(set, rankings, (gain, profile) => gain > 0 && profile.targetGroups.includes(group));
    if (metrics) groups[group] = metrics;
  }
  return { overall: summarise(perNeedScores, pairs), kinds, groups, perNeed: perNeedScores.map((score) => score.ndcg) };
}
