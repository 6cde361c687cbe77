// Benchmark of the matching engine (the worker's in-memory CandidateIndex) against a PostgreSQL
// baseline (text[] skills with a GIN index, array overlap and scoring in SQL) over the same
// generated data, built from real ESCO occupations and their skills. Usage:
//   npm run bench:matching
//   npm run bench:matching -- --profiles 20000 --needs 2000 --memory-profiles 100000
// where bench:matching is
//   ts-node -r tsconfig-paths/register --transpile-only scripts/bench-matching.ts
// The script turns on gc itself (v8 flags) to measure live memory; started as
//   node --expose-gc -r ts-node/register/transpile-only -r tsconfig-paths/register scripts/bench-matching.ts
// it uses the exposed gc instead. Options: --profiles (100000), --needs (20000),
// --memory-profiles (500000, 0 skips), --baseline-needs (300, 0 skips the PostgreSQL baseline), --k (50),
// --threads (the machine's available parallelism; the rematch in worker threads runs with 1 and with this many).
// The baseline runs in its own database ytmt_bench_matching (created when missing, DATABASE_URL's server).
// Targets: per-need p95 ≤ 5 ms, full rematch ≤ 60 s, 500 000 profiles ≤ 1 GB. Timed assertions do
// not belong in tests; this script is where speed and memory are checked.
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Presets, SingleBar } from 'cli-progress';
import { parse } from 'csv-parse/sync';
import { Client } from 'pg';
import { defaultEscoDataDir, readCsvFileSync, readEscoFiles } from '../libs/skills/src/import/esco-data';
import {
  AdjustmentKey,
  CandidateIndex,
  DEMAND_DIMENSIONS,
  DemandLevels,
  LanguageRequirement,
  MatchContext,
  MatchNeed,
  MatchOccupation,
  MatchProfile,
  MatchTask,
  MeasureKey,
  RematchPool,
  SCORE_WEIGHTS,
} from '../libs/matching/src/engine';
import { createRandom, Random } from './lib/seeded-random';

const TARGET_P95_MS = 5;
const TARGET_REMATCH_S = 60;
const TARGET_MEMORY_MB = 1024;
const WARM_UP_NEEDS = 300;
const BASELINE_WARM_UP = 5;

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}
function integerOption(name: string, fallback: number, minimum: number): number {
  const value = Number(argument(name) ?? fallback);
  if (!Number.isInteger(value) || value < minimum) throw new Error(`--${name} must be an integer ≥ ${minimum}`);
  return value;
}

const PROFILES = integerOption('profiles', 100_000, 100);
const NEEDS = integerOption('needs', 20_000, 10);
const MEMORY_PROFILES = integerOption('memory-profiles', 500_000, 0);
const BASELINE_NEEDS = integerOption('baseline-needs', 300, 0);
const K = integerOption('k', 50, 1);
const THREADS = integerOption('threads', availableParallelism(), 1);
/** Needs per message to a rematch thread, as MatcherService sends them. */
const THREAD_CHUNK = 50;

const REPO_ROOT = resolve(__dirname, '..');
const REGIONS_DIR = resolve(REPO_ROOT, 'data/regions');

function benchDatabaseUrl(): URL {
  const url = new URL(process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/ytmt');
  url.pathname = '/ytmt_bench_matching';
  return url;
}

// ---------------------------------------------------------------------------------------------
// Memory: gc before reading, so the numbers are live data, not garbage.
const collectGarbage: (() => void) | null = (() => {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return null;
  }
})();

interface MemoryReading {
  heapUsed: number;
  arrayBuffers: number;
  total: number;
}
function memory(): MemoryReading {
  if (collectGarbage) for (let i = 0; i < 3; i++) collectGarbage();
  const usage = process.memoryUsage();
  return { heapUsed: usage.heapUsed, arrayBuffers: usage.arrayBuffers, total: usage.heapUsed + usage.arrayBuffers };
}
const mb = (bytes: number) => bytes / 1024 / 1024;

// ---------------------------------------------------------------------------------------------
// Deterministic data: createRandom is seeded, so every run matches the same people to the same needs.
/** Picks by weight in O(log n). */
function weightedPicker<T>(items: readonly T[], weight: (item: T) => number): (random: Random) => T {
  const cumulative: number[] = [];
  let sum = 0;
  for (const item of items) cumulative.push((sum += weight(item)));
  return (random) => {
    const target = random.next() * sum;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! > target) high = middle;
      else low = middle + 1;
    }
    return items[low]!;
  };
}

// ---------------------------------------------------------------------------------------------
// ESCO: real occupations with their essential and optional skills.
interface Occupation extends MatchOccupation {
  uri: string;
  labelFi: string;
}
interface Esco {
  occupations: Occupation[];
  byIscoGroup: Map<string, Occupation[]>;
  skills: string[];
  context: MatchContext;
}

/** ESCO read and checked as the importer does; occupations with at least three essential skills. */
async function loadEsco(): Promise<Esco> {
  const files = await readEscoFiles(defaultEscoDataDir());
  const relations = new Map<string, { essential: string[]; optional: string[] }>();
  for (const relation of files.relations) {
    let entry = relations.get(relation.occupationUri);
    if (!entry) relations.set(relation.occupationUri, (entry = { essential: [], optional: [] }));
    (relation.relationType === 'essential' ? entry.essential : entry.optional).push(relation.skillUri);
  }
  const occupations: Occupation[] = [];
  for (const row of files.occupations) {
    const entry = relations.get(row.uri);
    if (!entry || entry.essential.length < 3) continue;
    occupations.push({ uri: row.uri, labelFi: row.labelFi, iscoGroup: row.iscoGroup, essentialSkills: entry.essential, optionalSkills: entry.optional });
  }
  const byIscoGroup = new Map<string, Occupation[]>();
  for (const occupation of occupations) byIscoGroup.set(occupation.iscoGroup, [...(byIscoGroup.get(occupation.iscoGroup) ?? []), occupation]);
  return {
    occupations,
    byIscoGroup,
    skills: files.skills.map((skill) => skill.uri),
    context: { occupations: new Map(occupations.map((occupation) => [occupation.uri, occupation])) },
  };
}

function readCsv(path: string): Record<string, string>[] {
  return parse(readCsvFileSync(path), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
}

// ---------------------------------------------------------------------------------------------
// Municipalities: the 309 codes from the regions data. Towns below have their real coordinates
// and population (thousands); the rest get a deterministic point in their wellbeing county.
interface Municipality {
  code: string;
  county: string;
  latitude: number;
  longitude: number;
  weight: number;
}
const TOWNS: Record<string, [number, number, number]> = {
  '091': [60.1699, 24.9384, 670], '049': [60.2055, 24.6559, 310], '837': [61.4978, 23.761, 255], '092': [60.2934, 25.0378, 250],
  '564': [65.0121, 25.4651, 215], '853': [60.4518, 22.2666, 200], '179': [62.2426, 25.7473, 148], '297': [62.8924, 27.677, 125],
  '398': [60.9827, 25.6612, 121], '609': [61.4851, 21.7974, 83], '286': [60.8681, 26.7042, 79], '167': [62.601, 29.7636, 78],
  '405': [61.0587, 28.1887, 73], '109': [60.9959, 24.4643, 68], '905': [63.0951, 21.6165, 68], '743': [62.7903, 22.8403, 65],
  '698': [66.5039, 25.7294, 65], '491': [61.6886, 27.2723, 52], '285': [60.4664, 26.9458, 51], '734': [60.3838, 23.1277, 51],
  '638': [60.3932, 25.6649, 51], '272': [63.8385, 23.1307, 48], '444': [60.2486, 24.0653, 46], '106': [60.6303, 24.8597, 47],
  '543': [60.4641, 24.8073, 45], '186': [60.4737, 25.0899, 45], '684': [61.1275, 21.5113, 39], '858': [60.4035, 25.0265, 39],
  '257': [60.1231, 24.4386, 41], '205': [64.2222, 27.7278, 36], '245': [60.4035, 25.105, 38], '211': [61.4637, 24.0649, 33],
  '740': [61.8688, 28.8787, 32], '536': [61.4778, 23.5087, 35], '980': [61.5563, 23.596, 34], '202': [60.4072, 22.3694, 36],
  '680': [60.486, 22.169, 25], '153': [61.1719, 28.7526, 25], '140': [63.5599, 27.1903, 21], '915': [62.3159, 27.8731, 20],
  '851': [65.8481, 24.1466, 21], '240': [65.7361, 24.5636, 20], '678': [64.6847, 24.4791, 24], '604': [61.4647, 23.6455, 20],
  '111': [61.2028, 26.0382, 18],
};
const COUNTY_CENTRES: Record<string, [number, number, number]> = {
  // county code: latitude, longitude, spread in degrees of latitude
  '01': [60.45, 25.9, 0.2], '02': [60.55, 24.95, 0.15], '03': [60.25, 24.0, 0.25], '04': [60.33, 25.06, 0.05],
  '05': [60.55, 22.5, 0.35], '06': [61.45, 22.0, 0.35], '07': [60.9, 24.3, 0.25], '08': [61.6, 23.7, 0.4],
  '09': [61.1, 25.7, 0.3], '10': [60.7, 26.8, 0.25], '11': [61.1, 28.2, 0.3], '12': [61.8, 27.5, 0.4],
  '13': [63.0, 27.4, 0.45], '14': [62.7, 29.8, 0.45], '15': [62.4, 25.6, 0.5], '16': [62.8, 23.0, 0.4],
  '17': [63.0, 21.9, 0.4], '18': [63.8, 23.5, 0.3], '19': [64.9, 25.9, 0.7], '20': [64.2, 28.0, 0.5],
  '21': [67.0, 25.9, 1.2], '90': [60.17, 24.94, 0.02], '91': [60.15, 19.95, 0.15],
};

function loadMunicipalities(): Municipality[] {
  const random = createRandom(309);
  return readCsv(resolve(REGIONS_DIR, 'wellbeing_county_municipalities.csv')).map((row) => {
    const code = row['kunta_code']!;
    const county = row['hva_code']!;
    const town = TOWNS[code];
    if (town) return { code, county, latitude: town[0], longitude: town[1], weight: town[2] };
    const [latitude, longitude, spread] = COUNTY_CENTRES[county] ?? [62, 25, 1];
    return {
      code,
      county,
      latitude: latitude + (random.next() - 0.5) * 2 * spread,
      longitude: longitude + (random.next() - 0.5) * 4 * spread,
      weight: 6,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Generators.
interface World {
  esco: Esco;
  municipalities: Municipality[];
  byCounty: Map<string, Municipality[]>;
  pickMunicipality: (random: Random) => Municipality;
}

function createWorld(esco: Esco, municipalities: Municipality[]): World {
  const byCounty = new Map<string, Municipality[]>();
  for (const municipality of municipalities) byCounty.set(municipality.county, [...(byCounty.get(municipality.county) ?? []), municipality]);
  return { esco, municipalities, byCounty, pickMunicipality: weightedPicker(municipalities, (m) => m.weight) };
}

const ADJUSTMENTS: AdjustmentKey[] = ['WORKING_TIME', 'PHYSICAL_WORKPLACE', 'WORK_TASKS', 'WORK_ENVIRONMENT', 'LANGUAGE_SUPPORT'];
const MEASURES: MeasureKey[] = ['PAY_SUBSIDY', 'APPRENTICESHIP', 'WORK_TRIAL', 'RECRUITMENT_TRAINING', 'JOB_COACHING'];
const HOURS: [number, number][] = [[37.5, 40], [37.5, 40], [37.5, 40], [30, 37.5], [20, 30], [10, 20], [25, 40]];
const OTHER_LANGUAGES = ['so', 'ar', 'ru', 'et', 'uk', 'fa', 'en'];
const LEVELS: LanguageRequirement['level'][] = ['A1', 'A2', 'B1', 'B2', 'C1'];

function relatedOccupation(world: World, random: Random, occupation: Occupation): Occupation {
  const group = world.esco.byIscoGroup.get(occupation.iscoGroup);
  return group && random.chance(0.5) ? random.pick(group) : random.pick(world.esco.occupations);
}

function capabilityLevels(random: Random): DemandLevels {
  const levels = Object.fromEntries(DEMAND_DIMENSIONS.map((dimension) => [dimension, 3])) as Record<string, number>;
  for (const dimension of random.some(DEMAND_DIMENSIONS, 1, 3)) levels[dimension] = random.int(0, 2);
  return levels as unknown as DemandLevels;
}

function generateProfile(world: World, random: Random): MatchProfile {
  const first = random.pick(world.esco.occupations);
  const own = [first];
  for (let i = random.int(0, 2); i > 0; i--) own.push(relatedOccupation(world, random, first));
  const wished = random.chance(0.4) ? random.some([relatedOccupation(world, random, first), random.pick(world.esco.occupations)], 1, 2) : [];
  const skills = new Set<string>();
  for (const occupation of own) {
    for (const skill of occupation.essentialSkills) if (random.chance(0.7)) skills.add(skill);
    for (const skill of occupation.optionalSkills) if (random.chance(0.25)) skills.add(skill);
  }
  for (let i = random.int(0, 4); i > 0; i--) skills.add(random.pick(world.esco.skills));
  const home = world.pickMunicipality(random);
  const hours = random.chance(0.85) ? random.pick(HOURS) : null;
  const languages: LanguageRequirement[] = [];
  const roll = random.next();
  if (roll < 0.8) languages.push({ language: 'fi', level: 'NATIVE' });
  else if (roll < 0.86) languages.push({ language: 'sv', level: 'NATIVE' }, { language: 'fi', level: random.pick(LEVELS) });
  else languages.push({ language: random.pick(OTHER_LANGUAGES), level: 'NATIVE' }, { language: 'fi', level: random.pick(LEVELS) });
  if (random.chance(0.6)) languages.push({ language: 'en', level: random.pick(['B1', 'B2', 'C1'] as const) });
  const licences = random.chance(0.7) ? ['B'] : [];
  if (random.chance(0.08)) licences.push(random.pick(['C', 'CE']));
  if (random.chance(0.02)) licences.push('D');
  const precise = random.chance(0.12);
  return {
    id: random.uuid(),
    matchingConsent: true,
    skills: [...skills],
    occupations: [...new Set(own.map((o) => o.uri))],
    wishedOccupations: wished.map((o) => o.uri),
    iscoGroups: [...new Set([...own, ...wished].map((o) => o.iscoGroup))],
    homeMunicipalityCode: random.chance(0.95) ? home.code : null,
    home: random.chance(0.7) ? { latitude: home.latitude + (random.next() - 0.5) * 0.1, longitude: home.longitude + (random.next() - 0.5) * 0.2 } : null,
    commuteRadiusKm: random.chance(0.75) ? random.pick([10, 20, 30, 50, 80]) : null,
    acceptableMunicipalityCodes: random.chance(0.4) ? random.some(world.byCounty.get(home.county) ?? [home], 1, 3).map((m) => m.code) : [],
    remoteOk: random.chance(0.3),
    hoursMin: hours ? hours[0] : null,
    hoursMax: hours ? hours[1] : null,
    languages,
    drivingLicences: licences,
    capability: precise ? capabilityLevels(random) : null,
    adjustmentsNeeded: precise ? random.some(ADJUSTMENTS.slice(0, 4), 0, 2) : [],
  };
}

// Task titles and typical demands by ISCO major group (first digit).
const TASK_TEMPLATES: Record<string, { title: string; demands: Partial<DemandLevels> }[]> = {
  physical: [
    { title: 'Tavaroiden vastaanotto ja purku', demands: { LIFTING: 3, PHYSICAL_STRAIN: 2, STANDING_WALKING: 2 } },
    { title: 'Keräily ja pakkaus', demands: { STANDING_WALKING: 2, LIFTING: 2, TIME_PRESSURE: 2 } },
    { title: 'Koneen käyttö', demands: { COGNITIVE_LOAD: 1, TIME_PRESSURE: 1, STANDING_WALKING: 1 } },
    { title: 'Siivous ja järjestys', demands: { PHYSICAL_STRAIN: 1, STANDING_WALKING: 2 } },
  ],
  service: [
    { title: 'Asiakaspalvelu', demands: { CUSTOMER_INTERACTION: 3, TIME_PRESSURE: 2 } },
    { title: 'Kassatyö', demands: { CUSTOMER_INTERACTION: 2, STANDING_WALKING: 1, TIME_PRESSURE: 2 } },
    { title: 'Hyllytys', demands: { LIFTING: 2, STANDING_WALKING: 2 } },
    { title: 'Ruoan valmistus', demands: { STANDING_WALKING: 2, TIME_PRESSURE: 3, PHYSICAL_STRAIN: 1 } },
  ],
  office: [
    { title: 'Asiakirjojen käsittely', demands: { COGNITIVE_LOAD: 2 } },
    { title: 'Puhelinpalvelu', demands: { CUSTOMER_INTERACTION: 2, TIME_PRESSURE: 1 } },
    { title: 'Raportointi', demands: { COGNITIVE_LOAD: 2, TIME_PRESSURE: 1 } },
    { title: 'Arkistointi', demands: { LIFTING: 1, STANDING_WALKING: 1 } },
  ],
  expert: [
    { title: 'Suunnittelu', demands: { COGNITIVE_LOAD: 3 } },
    { title: 'Asiakastapaamiset', demands: { CUSTOMER_INTERACTION: 2 } },
    { title: 'Kehitystyö määräajassa', demands: { COGNITIVE_LOAD: 3, TIME_PRESSURE: 2 } },
    { title: 'Dokumentointi', demands: { COGNITIVE_LOAD: 1 } },
  ],
};
function templatesFor(iscoGroup: string) {
  const major = iscoGroup[0] ?? '9';
  if ('6789'.includes(major)) return TASK_TEMPLATES['physical']!;
  if (major === '5') return TASK_TEMPLATES['service']!;
  if (major === '4') return TASK_TEMPLATES['office']!;
  return TASK_TEMPLATES['expert']!;
}

function generateNeed(world: World, random: Random, index: number): MatchNeed {
  const occupation = random.pick(world.esco.occupations);
  const named = random.chance(0.9);
  const required = random.some(occupation.essentialSkills, 0, 3);
  const optional = [...occupation.optionalSkills];
  for (let i = random.int(0, 2); i > 0; i--) optional.push(random.pick(world.esco.skills));
  const place = world.pickMunicipality(random);
  const hours = random.next();
  const tasks: MatchTask[] = [];
  if (random.chance(0.6)) {
    const templates = random.some(templatesFor(occupation.iscoGroup), 2, 4);
    templates.forEach((template, t) => {
      const demands = Object.fromEntries(DEMAND_DIMENSIONS.map((dimension) => [dimension, template.demands[dimension] ?? 0])) as unknown as DemandLevels;
      tasks.push({ id: `task-${index}-${t}`, title: template.title, kind: t === 0 || random.chance(0.4) ? 'CORE' : 'SEPARABLE', demands });
    });
  }
  const languages: LanguageRequirement[] = [];
  if (random.chance(0.7)) languages.push({ language: 'fi', level: random.pick(['B1', 'B2'] as const) });
  if (random.chance(0.1)) languages.push({ language: 'sv', level: random.pick(['A2', 'B1'] as const) });
  if (random.chance(0.15)) languages.push({ language: 'en', level: random.pick(['B1', 'B2'] as const) });
  return {
    id: random.uuid(),
    occupationUri: named ? occupation.uri : null,
    iscoGroup: named ? occupation.iscoGroup : null,
    essentialSkills: occupation.essentialSkills,
    optionalSkills: optional,
    employerRequiredSkills: required,
    municipalityCode: random.chance(0.97) ? place.code : null,
    location: random.chance(0.7) ? { latitude: place.latitude, longitude: place.longitude } : null,
    remote: random.chance(0.15),
    hoursMin: hours < 0.6 ? 37.5 : hours < 0.8 ? 20 : null,
    hoursMax: hours < 0.6 ? 37.5 : hours < 0.8 ? 30 : null,
    partTimePossible: random.chance(0.3),
    drivingLicence: random.chance(0.25) ? 'B' : random.chance(0.05) ? random.pick(['C', 'CE']) : null,
    languages,
    adjustmentsOffered: random.chance(0.4) ? random.some(ADJUSTMENTS, 1, 2) : [],
    measuresOpenTo: random.some(MEASURES, 0, 2),
    openToPrecisionCapable: random.chance(0.3),
    tasks,
  };
}

function bar(label: string, unit: string): SingleBar {
  return new SingleBar({ format: `${label.padEnd(30)} [{bar}] {value}/{total} ${unit} {duration}s`, etaBuffer: 1000 }, Presets.shades_classic);
}

function generate<T>(label: string, count: number, seed: number, make: (random: Random, i: number) => T): T[] {
  const progress = bar(label, '');
  progress.start(count, 0);
  const random = createRandom(seed);
  const items: T[] = [];
  for (let i = 0; i < count; i++) {
    items.push(make(random, i));
    if (i % 1000 === 999) progress.update(i + 1);
  }
  progress.update(count);
  progress.stop();
  return items;
}

// ---------------------------------------------------------------------------------------------
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

interface EngineResult {
  buildSeconds: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  rematchSeconds: number;
  rematchCpuSeconds: number;
  meanResults: number;
  indexMb: number;
  workerMb: number;
  heapMb: number;
  arrayBuffersMb: number;
}

function benchEngine(world: World, profiles: readonly MatchProfile[], needs: readonly MatchNeed[]): EngineResult {
  const before = memory();
  const building = bar('Building the CandidateIndex', 'profiles');
  building.start(profiles.length, 0);
  const started = performance.now();
  const index = new CandidateIndex({ expectedProfiles: profiles.length });
  profiles.forEach((profile, i) => {
    index.upsert(profile);
    if (i % 5000 === 4999) building.update(i + 1);
  });
  index.trim();
  const buildSeconds = (performance.now() - started) / 1000;
  building.update(profiles.length);
  building.stop();
  const after = memory();

  for (let i = 0; i < Math.min(WARM_UP_NEEDS, needs.length); i++) index.match(needs[i]!, K, world.esco.context);

  const rematch = bar(`Full rematch (k=${K})`, 'needs');
  rematch.start(needs.length, 0);
  const times = new Float64Array(needs.length);
  let results = 0;
  const cpuStarted = process.cpuUsage();
  const rematchStarted = performance.now();
  for (let i = 0; i < needs.length; i++) {
    const t0 = performance.now();
    results += index.match(needs[i]!, K, world.esco.context).length;
    times[i] = performance.now() - t0;
    if (i % 200 === 199) rematch.update(i + 1);
  }
  const rematchSeconds = (performance.now() - rematchStarted) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  rematch.update(needs.length);
  rematch.stop();
  const sorted = Array.from(times).sort((a, b) => a - b);
  const stats = index.stats();
  console.log(
    `  index: ${stats.profiles.toLocaleString('en')} profiles, ${stats.skills.toLocaleString('en')} skills, ${stats.occupations.toLocaleString('en')} occupations, ` +
      `${stats.postings.toLocaleString('en')} postings, ${mb(stats.typedArrayBytes).toFixed(0)} MB in typed arrays`,
  );
  return {
    buildSeconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1]!,
    rematchSeconds,
    rematchCpuSeconds: (cpu.user + cpu.system) / 1e6,
    meanResults: results / needs.length,
    indexMb: mb(after.total - before.total),
    workerMb: mb(after.total),
    heapMb: mb(after.heapUsed),
    arrayBuffersMb: mb(after.arrayBuffers),
  };
}

interface ThreadedResult {
  threads: number;
  /** Starting the threads and building each one's index (in parallel). */
  buildSeconds: number;
  rematchSeconds: number;
  /** CPU time of the whole process (every thread) during the rematch. */
  rematchCpuSeconds: number;
  results: number;
}

/** The full rematch through RematchPool, as the worker's nightly job runs it (minus the database writes). */
async function benchThreads(world: World, profiles: readonly MatchProfile[], needs: readonly MatchNeed[], threads: number): Promise<ThreadedResult> {
  const started = performance.now();
  const pool = RematchPool.start(threads, { context: world.esco.context, expectedProfiles: profiles.length });
  try {
    for (let start = 0; start < profiles.length; start += 2000) pool.addProfiles(profiles.slice(start, start + 2000));
    // A few needs per thread: waits for every build and warms each thread up.
    const warmUp = Math.min(needs.length, WARM_UP_NEEDS);
    await Promise.all(Array.from({ length: threads }, (_, t) => pool.match(needs.slice(Math.floor((t * warmUp) / threads), Math.floor(((t + 1) * warmUp) / threads)), K)));
    const buildSeconds = (performance.now() - started) / 1000;
    const progress = bar(`Rematch in ${threads} thread${threads === 1 ? '' : 's'}`, 'needs');
    progress.start(needs.length, 0);
    const cpuStarted = process.cpuUsage();
    const rematchStarted = performance.now();
    const chunks: Promise<number>[] = [];
    for (let start = 0; start < needs.length; start += THREAD_CHUNK) {
      const end = Math.min(needs.length, start + THREAD_CHUNK);
      chunks.push(pool.match(needs.slice(start, end), K).then((outcomes) => (progress.increment(end - start), outcomes.reduce((sum, list) => sum + list.length, 0))));
    }
    const results = (await Promise.all(chunks)).reduce((a, b) => a + b, 0);
    const rematchSeconds = (performance.now() - rematchStarted) / 1000;
    const cpu = process.cpuUsage(cpuStarted);
    progress.stop();
    return { threads, buildSeconds, rematchSeconds, rematchCpuSeconds: (cpu.user + cpu.system) / 1e6, results };
  } finally {
    await pool.close();
  }
}

interface MemoryResult {
  profiles: number;
  buildSeconds: number;
  indexMb: number;
  heapMb: number;
  arrayBuffersMb: number;
  totalMb: number;
}

/** Builds a fresh index of `count` profiles, generated one at a time so that only the index holds them. */
function benchMemory(world: World, count: number): MemoryResult {
  const before = memory();
  const building = bar(`Building ${count.toLocaleString('en')} for memory`, 'profiles');
  building.start(count, 0);
  const random = createRandom(500_000);
  const started = performance.now();
  const index = new CandidateIndex({ expectedProfiles: count });
  for (let i = 0; i < count; i++) {
    index.upsert(generateProfile(world, random));
    if (i % 5000 === 4999) building.update(i + 1);
  }
  index.trim();
  const buildSeconds = (performance.now() - started) / 1000;
  building.update(count);
  building.stop();
  const after = memory();
  if (index.size !== count) throw new Error(`expected ${count} profiles in the index, found ${index.size}`);
  return { profiles: count, buildSeconds, indexMb: mb(after.total - before.total), heapMb: mb(after.heapUsed), arrayBuffersMb: mb(after.arrayBuffers), totalMb: mb(after.total) };
}

// ---------------------------------------------------------------------------------------------
// The PostgreSQL baseline: what one would write without an engine.
interface BaselineResult {
  loadSeconds: number;
  sampled: number;
  p50: number;
  p95: number;
  mean: number;
  rematchSecondsExtrapolated: number;
  tableSize: string;
}

async function ensureDatabase(url: URL): Promise<void> {
  const maintenance = new URL(url.toString());
  maintenance.pathname = '/postgres';
  const client = new Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    const database = url.pathname.slice(1);
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

const HAVERSINE_SQL = (lat: string, lon: string) =>
  `2 * 6371.0088 * asin(least(1, sqrt(power(sin(radians(${lat} - p.latitude) / 2), 2) + cos(radians(p.latitude)) * cos(radians(${lat})) * power(sin(radians(${lon} - p.longitude) / 2), 2))))`;

// Candidates by array overlap on the GIN index, hard limits as WHERE, the engine's main parts
// (weighted essential/optional overlap, occupation, place, hours) as SQL, top k by score.
const BASELINE_SQL = `
  WITH candidates AS (
    SELECT p.id,
      (SELECT coalesce(sum(CASE WHEN s = ANY($2::text[]) THEN 3 WHEN s = ANY($3::text[]) THEN 2 ELSE 0 END), 0) FROM unnest(p.skills) s) AS essential_hits,
      (SELECT count(*) FROM unnest(p.skills) s WHERE s = ANY($4::text[])) AS optional_hits,
      CASE WHEN p.occupations && $5::text[] THEN 1 WHEN p.isco_groups && $6::text[] THEN 0.6 ELSE 0 END AS occupation,
      CASE
        WHEN $7::boolean AND p.remote_ok THEN 1
        WHEN $8::text IS NULL AND $9::float8 IS NULL THEN 1
        WHEN p.home_municipality = $8 THEN 1
        WHEN $8 = ANY(p.acceptable_municipalities) THEN 0.9
        WHEN p.commute_radius_km IS NOT NULL AND p.latitude IS NOT NULL AND $9 IS NOT NULL
          THEN 1 - 0.4 * ${HAVERSINE_SQL('$9', '$10')} / greatest(p.commute_radius_km, 0.001)
        ELSE 0.3
      END AS place,
      CASE WHEN p.hours_max IS NULL OR $11::float8 IS NULL OR p.hours_max >= $11 THEN 1 ELSE p.hours_max / $11 END AS working_time
    FROM bench_profile p
    WHERE p.skills && $1::text[]
      AND (p.hours_max IS NULL OR $11::float8 IS NULL OR p.hours_max >= $11 * CASE WHEN $13::boolean THEN 0.5 ELSE 1 END)
      AND (p.hours_min IS NULL OR $12::float8 IS NULL OR p.hours_min <= $12)
      AND (
        ($7 AND p.remote_ok) OR ($8 IS NULL AND $9 IS NULL)
        OR p.home_municipality = $8 OR $8 = ANY(p.acceptable_municipalities)
        OR (p.commute_radius_km IS NOT NULL AND p.latitude IS NOT NULL AND $9 IS NOT NULL AND ${HAVERSINE_SQL('$9', '$10')} <= p.commute_radius_km)
        OR (p.latitude IS NULL AND p.home_municipality IS NULL AND cardinality(p.acceptable_municipalities) = 0)
      )
  )
  SELECT id,
    ${SCORE_WEIGHTS.skills} * (0.8 * essential_hits / greatest($14::float8, 1) + 0.2 * optional_hits / greatest($15::float8, 1))
    + ${SCORE_WEIGHTS.occupation} * occupation + ${SCORE_WEIGHTS.place} * place + ${SCORE_WEIGHTS.workingTime} * working_time AS score
  FROM candidates
  ORDER BY score DESC, id
  LIMIT $16`;

function baselineParameters(need: MatchNeed): unknown[] {
  const required = new Set(need.employerRequiredSkills);
  const essential = need.essentialSkills.filter((skill) => !required.has(skill));
  const essentialSet = new Set([...required, ...essential]);
  const optional = need.optionalSkills.filter((skill) => !essentialSet.has(skill));
  return [
    [...essentialSet, ...optional],
    [...required],
    essential,
    optional,
    need.occupationUri ? [need.occupationUri] : [],
    need.iscoGroup ? [need.iscoGroup] : [],
    need.remote,
    need.municipalityCode,
    need.location?.latitude ?? null,
    need.location?.longitude ?? null,
    need.hoursMin,
    need.hoursMax,
    need.partTimePossible,
    3 * required.size + 2 * essential.length,
    optional.length,
    K,
  ];
}

async function benchBaseline(profiles: readonly MatchProfile[], needs: readonly MatchNeed[]): Promise<BaselineResult> {
  const url = benchDatabaseUrl();
  await ensureDatabase(url);
  const client = new Client({ connectionString: url.toString(), application_name: 'ytmt-bench-matching' });
  await client.connect();
  try {
    await client.query('DROP TABLE IF EXISTS bench_profile');
    await client.query(`
      CREATE TABLE bench_profile (
        id uuid PRIMARY KEY,
        skills text[] NOT NULL,
        occupations text[] NOT NULL,
        isco_groups text[] NOT NULL,
        home_municipality text,
        acceptable_municipalities text[] NOT NULL,
        latitude float8,
        longitude float8,
        commute_radius_km float8,
        remote_ok boolean NOT NULL,
        hours_min float8,
        hours_max float8
      )`);
    const loading = bar('Loading PostgreSQL baseline', 'profiles');
    loading.start(profiles.length, 0);
    const started = performance.now();
    const batch = 2000;
    for (let start = 0; start < profiles.length; start += batch) {
      const rows = profiles.slice(start, start + batch).map((p) => ({
        id: p.id,
        skills: p.skills,
        occupations: [...p.occupations, ...p.wishedOccupations],
        isco_groups: p.iscoGroups,
        home_municipality: p.homeMunicipalityCode,
        acceptable_municipalities: p.acceptableMunicipalityCodes,
        latitude: p.home?.latitude ?? null,
        longitude: p.home?.longitude ?? null,
        commute_radius_km: p.commuteRadiusKm,
        remote_ok: p.remoteOk,
        hours_min: p.hoursMin,
        hours_max: p.hoursMax,
      }));
      await client.query('INSERT INTO bench_profile SELECT * FROM json_populate_recordset(null::bench_profile, $1)', [JSON.stringify(rows)]);
      loading.update(Math.min(profiles.length, start + batch));
    }
    loading.stop();
    console.log('  creating GIN index on skills and analysing …');
    await client.query('CREATE INDEX bench_profile_skills ON bench_profile USING gin (skills)');
    await client.query('VACUUM ANALYZE bench_profile');
    const loadSeconds = (performance.now() - started) / 1000;
    const { rows: sizeRows } = await client.query<{ size: string }>(`SELECT pg_size_pretty(pg_total_relation_size('bench_profile')) AS size`);

    // A sample spread over the whole need list, the same needs every run.
    const step = needs.length / BASELINE_NEEDS;
    const sample = Array.from({ length: Math.min(BASELINE_NEEDS, needs.length) }, (_, i) => needs[Math.floor(i * step)]!);
    for (const need of sample.slice(0, BASELINE_WARM_UP)) await client.query(BASELINE_SQL, baselineParameters(need));
    const querying = bar('PostgreSQL baseline queries', 'needs');
    querying.start(sample.length, 0);
    const times: number[] = [];
    for (const need of sample) {
      const t0 = performance.now();
      await client.query(BASELINE_SQL, baselineParameters(need));
      times.push(performance.now() - t0);
      querying.increment();
    }
    querying.stop();
    const sorted = [...times].sort((a, b) => a - b);
    const mean = times.reduce((a, b) => a + b, 0) / times.length;
    return {
      loadSeconds,
      sampled: sample.length,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      mean,
      rematchSecondsExtrapolated: (mean * needs.length) / 1000,
      tableSize: sizeRows[0]?.size ?? '?',
    };
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------
async function main(): Promise<void> {
  const load = () => loadavg().map((value) => value.toFixed(2)).join(' ');
  console.log(`Matching benchmark: ${PROFILES.toLocaleString('en')} profiles, ${NEEDS.toLocaleString('en')} needs, k=${K}`);
  console.log(`  node ${process.version}, ${availableParallelism()} CPUs, load average ${load()} at start`);
  if (!collectGarbage) console.log('  (no gc available: memory figures include garbage and are upper bounds)');
  const esco = await loadEsco();
  const world = createWorld(esco, loadMunicipalities());
  console.log(
    `  ESCO: ${esco.occupations.length.toLocaleString('en')} occupations with skills, ${esco.skills.length.toLocaleString('en')} skills; ` +
      `${world.municipalities.length} municipalities in ${world.byCounty.size} counties`,
  );
  const profiles = generate('Generating profiles', PROFILES, 20250301, (random) => generateProfile(world, random));
  const needs = generate('Generating needs', NEEDS, 20250302, (random, i) => generateNeed(world, random, i));
  const meanSkills = profiles.reduce((sum, p) => sum + p.skills.length, 0) / profiles.length;
  const meanNeedSkills = needs.reduce((sum, n) => sum + n.essentialSkills.length + n.optionalSkills.length, 0) / needs.length;
  console.log(`  mean skills per profile ${meanSkills.toFixed(1)}, per need ${meanNeedSkills.toFixed(1)}; ${profiles.filter((p) => p.capability).length.toLocaleString('en')} precision-capable profiles`);

  const engine = benchEngine(world, profiles, needs);
  // One thread, then THREADS, through the same pool: the ratio is the nightly rematch's speed-up.
  const threadCounts = [...new Set([1, THREADS])];
  const threaded: ThreadedResult[] = [];
  for (const threads of threadCounts) threaded.push(await benchThreads(world, profiles, needs, threads));
  const baseline = BASELINE_NEEDS > 0 ? await benchBaseline(profiles, needs) : null;
  // Only the memory index should be alive from here on.
  profiles.length = 0;
  const memoryResult = MEMORY_PROFILES > 0 ? benchMemory(world, MEMORY_PROFILES) : null;

  const ms = (value: number) => `${value.toFixed(2)} ms`;
  const s = (value: number) => `${value.toFixed(1)} s`;
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
  console.log('');
  console.log(`Engine (in-process CandidateIndex, ${PROFILES.toLocaleString('en')} profiles)`);
  console.log(`  build ${s(engine.buildSeconds)}; mean ${engine.meanResults.toFixed(1)} results per need`);
  console.log(`  per need  p50 ${ms(engine.p50)}  p95 ${ms(engine.p95)}  p99 ${ms(engine.p99)}  max ${ms(engine.max)}`);
  console.log(`  full rematch of ${NEEDS.toLocaleString('en')} needs: ${s(engine.rematchSeconds)} (measured, one thread; ${s(engine.rematchCpuSeconds)} CPU)`);
  console.log(
    `  memory: index ${engine.indexMb.toFixed(0)} MB; worker after build ${engine.workerMb.toFixed(0)} MB ` +
      `(heap used ${engine.heapMb.toFixed(0)} MB + array buffers ${engine.arrayBuffersMb.toFixed(0)} MB, including the generated data of this script)`,
  );
  console.log(`Rematch in worker threads (RematchPool: each thread builds its own index, then scores chunks of ${THREAD_CHUNK} needs)`);
  for (const result of threaded) {
    console.log(
      `  ${String(result.threads).padStart(2)} thread${result.threads === 1 ? ' ' : 's'}: rematch ${s(result.rematchSeconds)} (${s(result.rematchCpuSeconds)} CPU in all threads; ` +
        `threads started and indexes built in ${s(result.buildSeconds)}; ${(result.results / NEEDS).toFixed(1)} results per need)`,
    );
  }
  const [oneThread, manyThreads] = [threaded[0]!, threaded[threaded.length - 1]!];
  if (threaded.length > 1) {
    if (oneThread.results !== manyThreads.results) throw new Error(`1 and ${manyThreads.threads} threads found different numbers of results (${oneThread.results} vs ${manyThreads.results})`);
    console.log(`  speed-up ${manyThreads.threads} threads vs 1: ${(oneThread.rematchSeconds / manyThreads.rematchSeconds).toFixed(2)}× (ideal ${manyThreads.threads}× on ${availableParallelism()} CPUs)`);
  } else console.log('  (one CPU or --threads 1: no speed-up to measure)');
  if (baseline) {
    console.log(`PostgreSQL baseline (text[] skills + GIN, && overlap, scoring in SQL; table ${baseline.tableSize}, load ${s(baseline.loadSeconds)})`);
    console.log(`  per need  p50 ${ms(baseline.p50)}  p95 ${ms(baseline.p95)}  mean ${ms(baseline.mean)}  (${baseline.sampled} sampled needs)`);
    console.log(`  full rematch of ${NEEDS.toLocaleString('en')} needs: ${s(baseline.rematchSecondsExtrapolated)} (extrapolated from the mean of the sample)`);
    console.log(`  ratio baseline/engine: p95 ${(baseline.p95 / engine.p95).toFixed(1)}×, rematch ${(baseline.rematchSecondsExtrapolated / engine.rematchSeconds).toFixed(1)}×`);
  }
  if (memoryResult) {
    console.log(`Memory at ${memoryResult.profiles.toLocaleString('en')} profiles (build ${s(memoryResult.buildSeconds)})`);
    console.log(
      `  index ${memoryResult.indexMb.toFixed(0)} MB; process ${memoryResult.totalMb.toFixed(0)} MB ` +
        `(heap used ${memoryResult.heapMb.toFixed(0)} MB + array buffers ${memoryResult.arrayBuffersMb.toFixed(0)} MB, with ESCO context and the ${NEEDS.toLocaleString('en')} needs)`,
    );
  }
  console.log(`Load average at the end: ${load()} (other processes on this machine slow every timing above)`);
  console.log('');
  console.log('Targets');
  console.log(`  per-need p95 ≤ ${TARGET_P95_MS} ms at ${PROFILES.toLocaleString('en')} profiles: ${ms(engine.p95).padStart(10)}  ${verdict(engine.p95 <= TARGET_P95_MS)}`);
  console.log(`  full rematch ≤ ${TARGET_REMATCH_S} s (${NEEDS.toLocaleString('en')} needs):        ${s(engine.rematchSeconds).padStart(10)}  ${verdict(engine.rematchSeconds <= TARGET_REMATCH_S)}`);
  if (memoryResult) {
    console.log(
      `  ${memoryResult.profiles.toLocaleString('en')} profiles ≤ ${TARGET_MEMORY_MB} MB (whole process):    ${`${memoryResult.totalMb.toFixed(0)} MB`.padStart(10)}  ${verdict(memoryResult.totalMb <= TARGET_MEMORY_MB)}`,
    );
  } else console.log('  memory target: not measured (--memory-profiles 0)');
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

// For profiling sessions that need the same data without the whole run.
export { createRandom, createWorld, generateNeed, generateProfile, loadEsco, loadMunicipalities };
