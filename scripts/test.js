#!/usr/bin/env node
// npm test: type-check the whole tree (strict), then run unit, integration and end-to-end
// tests against the real PostgreSQL and Redis. Extra arguments go to Jest.
const { spawnSync } = require('node:child_process');

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

const bin = (name) => require.resolve(`.bin/${name}`, { paths: [`${__dirname}/../node_modules`] });

console.log('Type-checking (tsc --noEmit)…');
if (run(bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']) !== 0) {
  console.error('Type-check failed.');
  process.exit(1);
}
process.exit(run(bin('jest'), process.argv.slice(2)));
