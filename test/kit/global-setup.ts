import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

/**
 * Once per run: a template database with every migration applied for real, the reference
 * regions and the demo users. Each test file clones it, which takes a fraction of a second.
 * The template's name is unique to the run (workers inherit it through the environment), so
 * parallel runs on one machine never disturb each other.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env['YTMT_TEST_TEMPLATE']) return;
  process.env['YTMT_TEST_TEMPLATE'] = `ytmt_test_template_${randomBytes(4).toString('hex')}`;
  const root = join(__dirname, '..', '..');
  execFileSync(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', join(__dirname, 'build-template.ts')],
    { cwd: root, stdio: 'inherit', env: { ...process.env, TS_NODE_PROJECT: join(root, 'tsconfig.json') } },
  );
}
