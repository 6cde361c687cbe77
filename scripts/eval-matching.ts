// Offline evaluation of the matching engine against a token-overlap baseline on a labelled set
// generated from ESCO (libs/matching/src/evaluation/labelled-set.ts describes the labels).
// Usage:
//   npx ts-node -r tsconfig-paths/register --transpile-only scripts/eval-matching.ts
//     [--needs 200] [--profiles 5] [--seed 20250101]      (ESCO_DATA_DIR overrides data/esco)
// Metrics at k = 10, averaged over needs:
//   nDCG@10  linear gains (2 relevant, 1 partly relevant), ideal DCG from every labelled profile
//            of the need;
//   P@10     share of the 10 positions holding a relevant or partly relevant profile; empty
//            positions count as misses.
// Target: engine nDCG@10 ≥ 0.85 and above the baseline's. Exits 1 when the target is missed.
import { performance } from 'node:perf_hooks';
import { Presets, SingleBar } from 'cli-progress';
import { CandidateIndex, MatchContext, scoreMatch } from '../libs/matching/src/engine';
import { textOverlapScore } from './eval-matching/text-overlap.baseline';
import { DEFAULT_LABELLED_SET_OPTIONS, generateLabelledSet, LabelledNeed, LabelledProfile, LabelledSet } from './eval-matching/labelled-set';
import { mean, RankingScore, scoreRanking } from './eval-matching/metrics';
import { EngineDiagnostics } from './eval-matching/diagnostics';
import { defaultEscoDataDir, readEscoFiles } from '../libs/skills/src/import/esco-data';

const K = 10;
const TARGET_NDCG = 0.85;
const HARD_LIMIT_SAMPLE = 200;

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function integerArgument(name: string, fallback: number, min: number): number {
  const raw = argument(name);
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be an integer ≥ ${min}, got ${raw}`);
  return value;
}

const bar = (label: string, unit: string) =>
  new SingleBar({ format: `${label.padEnd(22)} [{bar}] {value}/{total} ${unit}`, hideCursor: true }, Presets.shades_classic);

function withBar<T>(label: string, unit: string, total: number, run: (update: (done: number) => void) => T): T {
  const progress = bar(label, unit);
  progress.start(total, 0);
  try {
    return run((done) => progress.update(done));
  } finally {
    progress.stop();
  }
}

async function withBarAsync<T>(label: string, unit: string, total: number, run: (update: (done: number) => void) => Promise<T>): Promise<T> {
  const progress = bar(label, unit);
  progress.start(total, 0);
  try {
    return await run((done) => progress.update(done));
  } finally {
    progress.stop();
  }
}

/** Text baseline: every profile with any token overlap, best first; ties keep the (shuffled) set order. */
function baselineRanking(item: LabelledNeed, profiles: readonly LabelledProfile[]): string[] {
  return profiles
    .map((profile) => ({ id: profile.profile.id, score: textOverlapScore(item.text, profile.text) }))
    .filter((scored) => scored.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, K)
    .map((scored) => scored.id);
}

function describeSet(set: LabelledSet): string[] {
  const kinds = new Map<string, number>();
  for (const profile of set.profiles) kinds.set(profile.kind, (kinds.get(profile.kind) ?? 0) + 1);
  const gains = set.needs.map((item) => [...item.judgements.values()]);
  const count = (gain: number) => mean(gains.map((values) => values.filter((value) => value === gain).length));
  const reachableP = mean(gains.map((values) => Math.min(values.length, K) / K));
  return [
    `Labelled set: ${set.needs.length} needs, ${set.profiles.length} profiles ` +
      `(${kinds.get('SAME_OCCUPATION') ?? 0} from the needs' occupations, ${kinds.get('SAME_ISCO_GROUP') ?? 0} from sibling occupations of their ISCO groups, ${kinds.get('DISTRACTOR') ?? 0} distractors)`,
    `Per need: ${count(2).toFixed(2)} relevant (gain 2), ${count(1).toFixed(2)} partly relevant (gain 1); best possible P@${K} ${reachableP.toFixed(3)}`,
  ];
}

/** Hard-limit exclusions over every need × a sample of profiles (the set is shuffled, so the first ones are a fair sample). */
function hardLimitExclusions(set: LabelledSet, context: MatchContext, sample: number): string {
  const reasons = new Map<string, number>();
  const profiles = set.profiles.slice(0, sample);
  for (const item of set.needs) {
    for (const { profile } of profiles) {
      const outcome = scoreMatch(item.need, profile, context);
      if (!outcome.matched) reasons.set(outcome.reason, (reasons.get(outcome.reason) ?? 0) + 1);
    }
  }
  const pairs = set.needs.length * profiles.length;
  const share = (count: number) => `${((100 * count) / pairs).toFixed(1)} %`;
  const total = [...reasons.values()].reduce((sum, count) => sum + count, 0);
  const parts = [...reasons].sort(([, a], [, b]) => b - a).map(([reason, count]) => `${reason} ${share(count)}`);
  return `Hard limits exclude ${share(total)} of need–profile pairs (${parts.join(', ') || 'none'}; all needs × ${profiles.length} profiles)`;
}

async function main(): Promise<void> {
  const started = performance.now();
  const needs = integerArgument('needs', DEFAULT_LABELLED_SET_OPTIONS.needs, 1);
  const profilesPerNeed = integerArgument('profiles', DEFAULT_LABELLED_SET_OPTIONS.profilesPerNeed, 1);
  const seed = integerArgument('seed', DEFAULT_LABELLED_SET_OPTIONS.seed, 0);
  const dataDir = defaultEscoDataDir();
  console.log(`Matching evaluation: ${needs} needs × ${profilesPerNeed} relevant profiles, seed ${seed}, ESCO from ${dataDir}`);

  const esco = await withBarAsync('Reading ESCO', 'files', 4, (update) => readEscoFiles(dataDir, update));
  const set = withBar('Generating labelled set', 'needs', needs, (update) =>
    generateLabelledSet(esco, { needs, profilesPerNeed, seed, onProgress: (done) => update(done) }),
  );
  const skippedRelations = esco.skipped.relationsMissingOccupation + set.skipped.relationsMissingOccupation;
  // One context object for every call: the engine caches per context.
  const context: MatchContext = { occupations: set.occupations };
  const profilesById = new Map(set.profiles.map((item) => [item.profile.id, item]));

  const index = new CandidateIndex({ expectedProfiles: set.profiles.length });
  withBar('Indexing profiles', 'profiles', set.profiles.length, (update) => {
    set.profiles.forEach((item, i) => {
      index.upsert(item.profile);
      if ((i + 1) % 100 === 0 || i + 1 === set.profiles.length) update(i + 1);
    });
  });

  const diagnostics = new EngineDiagnostics(profilesById);
  const engineScores: RankingScore[] = withBar('Engine (CandidateIndex)', 'needs', set.needs.length, (update) =>
    set.needs.map((item, i) => {
      const top = index.match(item.need, K, context);
      const judged = [...item.judgements.keys()].map((id) => scoreMatch(item.need, profilesById.get(id)!.profile, context));
      diagnostics.record(item, top, judged);
      update(i + 1);
      return scoreRanking(
        top.map((outcome) => outcome.profileId),
        item.judgements,
        K,
      );
    }),
  );
  const baselineScores: RankingScore[] = withBar('Baseline (Jaccard)', 'needs', set.needs.length, (update) =>
    set.needs.map((item, i) => {
      const ranking = baselineRanking(item, set.profiles);
      update(i + 1);
      return scoreRanking(ranking, item.judgements, K);
    }),
  );

  const engine = { ndcg: mean(engineScores.map((score) => score.ndcg)), precision: mean(engineScores.map((score) => score.precision)) };
  const baseline = { ndcg: mean(baselineScores.map((score) => score.ndcg)), precision: mean(baselineScores.map((score) => score.precision)) };
  const pass = engine.ndcg >= TARGET_NDCG && engine.ndcg > baseline.ndcg;

  console.log('');
  console.log(`ESCO: ${esco.occupations.length} occupations, ${esco.skills.length} skills, ${esco.relations.length} relations; skipped ${skippedRelations} relations to missing occupations, ${esco.skipped.relationsEmptySkillType} with an empty skill type`);
  for (const line of describeSet(set)) console.log(line);
  console.log(hardLimitExclusions(set, context, HARD_LIMIT_SAMPLE));
  console.log('');
  const row = (name: string, ndcg: string, precision: string) => console.log(`${name.padEnd(30)}${ndcg.padStart(10)}${precision.padStart(10)}`);
  row('ranker', `nDCG@${K}`, `P@${K}`);
  row('engine (CandidateIndex.match)', engine.ndcg.toFixed(3), engine.precision.toFixed(3));
  row('baseline (token Jaccard)', baseline.ndcg.toFixed(3), baseline.precision.toFixed(3));
  row('engine − baseline', (engine.ndcg - baseline.ndcg).toFixed(3), (engine.precision - baseline.precision).toFixed(3));
  const weak = engineScores.filter((score) => score.ndcg < 0.5).length;
  console.log(`Engine nDCG@${K} per need: min ${Math.min(...engineScores.map((score) => score.ndcg)).toFixed(3)}, ${weak} of ${engineScores.length} needs below 0.5`);
  console.log('');
  for (const line of diagnostics.report(K)) console.log(line);
  console.log('');
  console.log(`Target: engine nDCG@${K} ≥ ${TARGET_NDCG} and above the baseline: ${pass ? 'PASS' : 'FAIL'} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  if (!pass) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
