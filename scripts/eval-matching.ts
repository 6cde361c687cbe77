// Offline evaluation of the matching engine on two labelled sets generated from ESCO, against
// baselines that get the engine's own hard limits. docs/matching-evaluation.md describes both
// sets, the rankers, the metrics and the targets.
// Usage:
//   npm run eval:matching -- [--needs 200] [--profiles 5] [--seed 20250101]       (set 1)
//                            [--held-out-needs 200] [--held-out-seed 20260601]    (set 2)
//                            [--report [path]]   also write the public quality page
//                            [--sectors]  also measure provider sectors in service suggestions,
//                                         against the database of DATABASE_URL (seeded: see
//                                         docs/matching-evaluation.md)
//   (ESCO_DATA_DIR overrides data/esco.) Exits 1 when a target is missed on either set.
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Presets, SingleBar } from 'cli-progress';
import { CandidateIndex, ENGINE_VERSION, MatchContext, scoreMatch } from '../libs/matching/src/engine';
import { defaultEscoDataDir, readEscoFiles } from '../libs/skills/src/import/esco-data';
import { EngineDiagnostics } from './eval-matching/diagnostics';
import { evaluateSet, Progress, RANKERS, SetEvaluation } from './eval-matching/evaluate-set';
import { EvaluationSet, fromHeldOutSet, fromLabelledSet, PROFILE_SLICES } from './eval-matching/evaluation-set';
import { DEFAULT_HELD_OUT_OPTIONS, generateHeldOutSet, HeldOutSet } from './eval-matching/held-out-set';
import { describeHeldOutDiagnostics, heldOutDiagnostics } from './eval-matching/held-out-diagnostics';
import { DEFAULT_LABELLED_SET_OPTIONS, generateLabelledSet, LabelledSet } from './eval-matching/labelled-set';
import { mean } from './eval-matching/metrics';
import { K, RECALL_K, SliceMetrics } from './eval-matching/rank-evaluation';
import { DEFAULT_REPORT_PATH, renderQualityReport, writeQualityReport } from './eval-matching/quality-report';
import { measureSectorExposure, SECTORS } from './eval-matching/sector-exposure';

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

/** --report alone: the default path; --report <path>: that path; absent: null. */
function reportPath(): string | null {
  const index = process.argv.indexOf('--report');
  if (index < 0) return null;
  const next = process.argv[index + 1];
  return resolve(next !== undefined && !next.startsWith('--') ? next : DEFAULT_REPORT_PATH);
}

const bars: Progress = {
  stage(label, unit, total) {
    const bar = new SingleBar({ format: `${label.padEnd(24)} [{bar}] {value}/{total} ${unit}`, hideCursor: true }, Presets.shades_classic);
    bar.start(total, 0);
    return { update: (done) => bar.update(done), stop: () => bar.stop() };
  },
};

/** Set 1's engine diagnostics, in the terms its generator knows (occupation variants, kinds). */
function set1Diagnostics(set: LabelledSet): string[] {
  const context: MatchContext = { occupations: set.occupations };
  const profiles = new Map(set.profiles.map((item) => [item.profile.id, item]));
  const index = new CandidateIndex({ expectedProfiles: set.profiles.length });
  for (const item of set.profiles) index.upsert(item.profile);
  const diagnostics = new EngineDiagnostics(profiles);
  for (const item of set.needs) {
    const top = index.match(item.need, K, context);
    const judged = [...item.judgements.keys()].map((id) => scoreMatch(item.need, profiles.get(id)!.profile, context));
    diagnostics.record(item, top, judged);
  }
  return diagnostics.report(K);
}

/** Set 2's engine diagnostics: which kinds fall out of the top 10 and which take their places. */
function set2Diagnostics(set: HeldOutSet): string[] {
  const context: MatchContext = { occupations: set.occupations };
  const index = new CandidateIndex({ expectedProfiles: set.profiles.length });
  for (const item of set.profiles) index.upsert(item.profile);
  const top = new Map(set.needs.map((item) => [item.need.id, index.match(item.need, K, context).map((outcome) => outcome.profileId)]));
  return describeHeldOutDiagnostics(heldOutDiagnostics(set.needs, set.profiles, top), set.needs.length, K);
}

/** Labels per need and what a perfect ranker could reach; for set 2 also the profiles by kind. */
function describeLabels(set: EvaluationSet, kinds?: ReadonlyMap<string, number>, genericSkills?: readonly string[]): string[] {
  const gains = set.needs.map((item) => [...item.judgements.values()]);
  const count = (gain: number) => mean(gains.map((values) => values.filter((value) => value === gain).length));
  const reachable = mean(gains.map((values) => Math.min(values.length, K) / K));
  const lines = [`Per need: ${count(2).toFixed(2)} relevant (gain 2), ${count(1).toFixed(2)} partly relevant (gain 1); best possible P@${K} ${reachable.toFixed(3)}`];
  if (kinds) lines.push(`Profiles by kind: ${[...kinds].map(([kind, n]) => `${kind} ${n}`).join(', ')}`);
  if (genericSkills) lines.push(`Generic pool: the ${genericSkills.length} skills most ESCO occupations list`);
  return lines;
}

const f3 = (value: number | undefined) => (value === undefined ? '—' : value.toFixed(3));

function printSet(evaluation: SetEvaluation, description: readonly string[]): void {
  const { set } = evaluation;
  console.log('');
  console.log(`== ${set.name}: ${evaluation.needs} needs, ${evaluation.profiles} profiles, ${evaluation.labelledPairs} labelled pairs (${evaluation.seconds.toFixed(1)} s)`);
  for (const line of description) console.log(line);
  const exclusions = Object.entries(evaluation.exclusions).map(([reason, share]) => `${reason} ${(100 * share).toFixed(1)} %`);
  console.log(`Hard limits exclude: ${exclusions.join(', ') || 'none'} of all need–profile pairs; labelled pairs excluded (should be 0): ${evaluation.labelledExcluded}`);
  const row = (cells: string[]) => console.log(cells[0]!.padEnd(46) + cells.slice(1).map((cell) => cell.padStart(10)).join(''));
  row(['ranker', `nDCG@${K}`, `P@${K}`, `R@${RECALL_K}`]);
  for (const { key, name } of RANKERS) {
    const { overall } = evaluation.results[key];
    row([name, f3(overall.ndcg), f3(overall.precision), f3(overall.recall)]);
  }
  const engine = evaluation.results.engine.perNeed;
  console.log(`Engine nDCG@${K} per need: min ${f3(Math.min(...engine))}, ${engine.filter((value) => value < 0.5).length} of ${engine.length} needs below 0.5`);
  const slices = (title: string, keys: readonly string[], pick: (key: string, rankerKey: (typeof RANKERS)[number]['key']) => SliceMetrics | undefined) => {
    console.log(`${title} (needs, labelled pairs):`);
    row(['slice', ...RANKERS.map(({ short }) => short)]);
    for (const key of keys) {
      const engineSlice = pick(key, 'engine');
      if (!engineSlice) {
        row([`${key} (none in this set)`]);
        continue;
      }
      row([`${key} (${engineSlice.needs}, ${engineSlice.pairs})  nDCG@${K}`, ...RANKERS.map((ranker) => f3(pick(key, ranker.key)?.ndcg))]);
      row([`${' '.repeat(32)}P@${K}`, ...RANKERS.map((ranker) => f3(pick(key, ranker.key)?.precision))]);
      row([`${' '.repeat(32)}R@${RECALL_K}`, ...RANKERS.map((ranker) => f3(pick(key, ranker.key)?.recall))]);
    }
  };
  slices('Per profile kind', PROFILE_SLICES, (key, ranker) => evaluation.results[ranker].kinds[key as keyof typeof evaluation.results.engine.kinds]);
  slices('Per target group', set.targetGroups, (key, ranker) => evaluation.results[ranker].groups[key as keyof typeof evaluation.results.engine.groups]);
  console.log('Targets:');
  for (const check of evaluation.targets) {
    const note = check.tooEasy ? ' — TOO EASY: the best baseline is above 0.95, no ranker can lead by 0.05 here; make the slice harder' : '';
    console.log(`  ${check.pass ? 'PASS' : 'FAIL'}  ${check.description}: ${check.value.toFixed(3)} (target ≥ ${check.threshold.toFixed(2)})${note}`);
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const needs = integerArgument('needs', DEFAULT_LABELLED_SET_OPTIONS.needs, 1);
  const profilesPerNeed = integerArgument('profiles', DEFAULT_LABELLED_SET_OPTIONS.profilesPerNeed, 1);
  const seed = integerArgument('seed', DEFAULT_LABELLED_SET_OPTIONS.seed, 0);
  const heldOutNeeds = integerArgument('held-out-needs', DEFAULT_HELD_OUT_OPTIONS.needs, 1);
  const heldOutSeed = integerArgument('held-out-seed', DEFAULT_HELD_OUT_OPTIONS.seed, 0);
  const report = reportPath();
  const dataDir = defaultEscoDataDir();
  console.log(`Matching evaluation of ${ENGINE_VERSION}: set 1 ${needs} needs × ${profilesPerNeed} relevant profiles, seed ${seed}; set 2 ${heldOutNeeds} needs, seed ${heldOutSeed}; ESCO from ${dataDir}`);

  const esco = await (async () => {
    const bar = bars.stage('Reading ESCO', 'files', 4);
    try {
      return await readEscoFiles(dataDir, (done) => bar.update(done));
    } finally {
      bar.stop();
    }
  })();
  const generate = <T>(label: string, total: number, run: (update: (done: number) => void) => T): T => {
    const bar = bars.stage(label, 'needs', total);
    try {
      return run((done) => bar.update(done));
    } finally {
      bar.stop();
    }
  };
  const labelled = generate('Generating set 1', needs, (update) => generateLabelledSet(esco, { needs, profilesPerNeed, seed, onProgress: update }));
  const heldOut = generate('Generating set 2', heldOutNeeds, (update) => generateHeldOutSet(esco, { needs: heldOutNeeds, seed: heldOutSeed, onProgress: update }));
  const sets = [fromLabelledSet(labelled), fromHeldOutSet(heldOut)];
  const evaluations = sets.map((set) => evaluateSet(set, bars));
  const heldOutKinds = new Map<string, number>();
  for (const item of heldOut.profiles) heldOutKinds.set(item.kind, (heldOutKinds.get(item.kind) ?? 0) + 1);
  const descriptions = [describeLabels(sets[0]!), describeLabels(sets[1]!, heldOutKinds, heldOut.genericSkills)];

  console.log('');
  console.log(`ESCO: ${esco.occupations.length} occupations, ${esco.skills.length} skills, ${esco.relations.length} relations`);
  evaluations.forEach((evaluation, i) => printSet(evaluation, descriptions[i]!));
  console.log('');
  console.log('Set 1 engine diagnostics:');
  for (const line of set1Diagnostics(labelled)) console.log(`  ${line}`);
  console.log('');
  console.log(`Set 2 engine diagnostics (by kind: labelled pairs with the need a profile was drawn for, and how many fell out of that need's top ${K}; not-relevant profiles in some need's top ${K}):`);
  for (const line of set2Diagnostics(heldOut)) console.log(`  ${line}`);

  const sectors = process.argv.includes('--sectors') ? await measureSectorExposure() : null;
  if (sectors) {
    console.log('');
    console.log(
      `Provider sectors in service suggestions (${sectors.source}: ${sectors.needs} needs, ${sectors.needsWithSuggestions} with suggestions, ${sectors.suggestions} suggestions of ${sectors.publishedServices} published services):`,
    );
    console.log(`  ${'sector'.padEnd(14)}${'exposure'.padStart(10)}${'slots'.padStart(10)}${'supply'.padStart(10)}`);
    for (const sector of SECTORS) {
      const shares = sectors.sectors[sector];
      console.log(`  ${sector.padEnd(14)}${shares.exposure.toFixed(3).padStart(10)}${shares.slots.toFixed(3).padStart(10)}${shares.supply.toFixed(3).padStart(10)}`);
    }
  }

  const pass = evaluations.every((evaluation) => evaluation.targets.every((check) => check.pass));
  const missed = evaluations.flatMap((evaluation) => evaluation.targets.filter((check) => !check.pass).map((check) => `${evaluation.set.name}: ${check.description} = ${check.value.toFixed(3)}, target ≥ ${check.threshold.toFixed(2)}${check.tooEasy ? ' (slice too easy)' : ''}`));
  if (report) {
    const generatedAt = new Date();
    writeQualityReport(report, renderQualityReport({ engineVersion: ENGINE_VERSION, generatedAt, evaluations, pass, sectors }));
    console.log('');
    console.log(`Quality report written to ${report}`);
  }
  console.log('');
  console.log(
    `Targets (both sets, all profiles and skills-only profiles: engine nDCG@${K} ≥ 0.85 and ≥ 0.05 above the best filtered baseline): ${pass ? 'PASS' : 'FAIL'} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  for (const line of missed) console.log(`  MISSED  ${line}`);
  if (!pass) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
