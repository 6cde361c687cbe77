#!/usr/bin/env node
// npm test: type-check the whole tree (strict), build the production code (tsconfig.build.json:
// apps and libs without their tests), check the web app's GraphQL documents against schema.gql
// and type-check it, run its component tests (Vitest), then run unit, integration,
// end-to-end and browser tests (Jest) against the real PostgreSQL, Redis and Chromium.
// Extra arguments go to Jest. YTMT_VITEST_JSON names a file for Vitest's JSON report (CI).
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

const root = join(__dirname, '..');
function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

const bin = (name) => require.resolve(`.bin/${name}`, { paths: [join(root, 'node_modules')] });

console.log('Type-checking (tsc --noEmit)…');
if (run(bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']) !== 0) {
  console.error('Type-check failed.');
  process.exit(1);
}

console.log('Building the production code (npm run build: no test code, no test types)…');
if (run('npm', ['run', 'build']) !== 0) {
  console.error('The production build failed.');
  process.exit(1);
}

console.log('Web app: GraphQL documents against schema.gql, then type-check…');
if (run('npm', ['run', 'typecheck', '-w', '@ytmt/web']) !== 0) {
  console.error('The web app does not match the schema or does not type-check.');
  process.exit(1);
}

console.log('Web app: component tests (Vitest)…');
const vitestArgs = ['run'];
if (process.env.YTMT_VITEST_JSON) vitestArgs.push('--reporter=default', '--reporter=json', `--outputFile.json=${process.env.YTMT_VITEST_JSON}`);
const vitest = run(bin('vitest'), vitestArgs, { cwd: join(root, 'apps', 'web') });

// The browser journeys run after the rest: their platform (API, worker, Chromium) would otherwise
// compete for the two cores with the timing-sensitive integration tests. A JSON report asked for
// with --outputFile=F gets the browser run's report next to it as F.browser.json.
const args = process.argv.slice(2);
let jest;
if (args.some((arg) => arg.startsWith('--selectProjects'))) {
  jest = run(bin('jest'), args);
} else {
  const first = run(bin('jest'), ['--selectProjects', 'unit', 'integration', 'e2e', '--passWithNoTests', ...args]);
  const browserArgs = args.map((arg) => (arg.startsWith('--outputFile=') ? `${arg}.browser.json` : arg));
  const second = run(bin('jest'), ['--selectProjects', 'browser', '--passWithNoTests', ...browserArgs]);
  jest = first !== 0 ? first : second;
}
process.exit(jest !== 0 ? jest : vitest);
