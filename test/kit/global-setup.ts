import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Once per run: a template database with every migration applied for real, the reference
 * regions and the demo users. Each test file clones it, which takes a fraction of a second.
 */
export default async function globalSetup(): Promise<void> {
  const state = globalThis as { __ytmtTemplateReady?: boolean };
  if (state.__ytmtTemplateReady) return;
  const root = join(__dirname, '..', '..');
  execFileSync(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', join(__dirname, 'build-template.ts')],
    { cwd: root, stdio: 'inherit', env: { ...process.env, TS_NODE_PROJECT: join(root, 'tsconfig.json') } },
  );
  state.__ytmtTemplateReady = true;
}
