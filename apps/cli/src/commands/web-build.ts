import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig, DEFAULT_WEB_DIST_DIR, REPOSITORY_ROOT } from '@ytmt/core';
import { FileTime, WebBuildState, webBuildState } from './web-build-staleness';

/** What `npm run build -w @ytmt/web` reads, relative to the repository root. */
const BUILD_INPUTS = [
  'apps/web/src',
  'apps/web/index.html',
  'apps/web/public',
  'apps/web/vite.config.ts',
  'apps/web/codegen.ts',
  'apps/web/package.json',
  'schema.gql',
];
const BUILD_COMMAND = ['run', 'build', '-w', '@ytmt/web'];

function fileTimes(relativePath: string): FileTime[] {
  const path = join(REPOSITORY_ROOT, relativePath);
  if (!existsSync(path)) return [];
  const stat = statSync(path);
  if (!stat.isDirectory()) return [{ path: relativePath, mtimeMs: stat.mtimeMs }];
  return readdirSync(path, { recursive: true, encoding: 'utf8' }).flatMap((name) => {
    const file = statSync(join(path, name));
    return file.isFile() ? [{ path: join(relativePath, name), mtimeMs: file.mtimeMs }] : [];
  });
}

function runNpm(args: string[]): Promise<number> {
  // Under `npm start`, the npm that runs us; otherwise the one on PATH.
  const npmCli = process.env['npm_execpath'];
  const [command, commandArgs] = npmCli?.endsWith('npm-cli.js') ? [process.execPath, [npmCli, ...args]] : ['npm', args];
  return new Promise((resolve, reject) => {
    spawn(command, commandArgs, { cwd: REPOSITORY_ROOT, stdio: 'inherit' })
      .on('error', reject)
      .on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

export function currentWebBuildState(): WebBuildState {
  const index = join(DEFAULT_WEB_DIST_DIR, 'index.html');
  return webBuildState(existsSync(index) ? statSync(index).mtimeMs : null, BUILD_INPUTS.flatMap(fileTimes));
}

/**
 * Builds the web app when its build is missing or older than its sources, so / serves the current
 * app: npm start, and `npm run build` (through the CLI's build:web-if-stale, with the default
 * WEB_DIST_DIR), which thus stays quick when only the server code changed.
 */
export async function buildWebAppIfStale(config: Pick<AppConfig, 'web'>): Promise<void> {
  if (config.web.distDir !== DEFAULT_WEB_DIST_DIR) {
    console.log(`Serving the web app from WEB_DIST_DIR=${config.web.distDir} as it is (not building apps/web).`);
    return;
  }
  if (!existsSync(join(REPOSITORY_ROOT, 'apps', 'web', 'package.json'))) {
    console.log('There is no web app in apps/web: / will answer 503.');
    return;
  }
  const state = currentWebBuildState();
  if (!state.stale) return;
  console.log(`Building the web app (${state.reason}): npm ${BUILD_COMMAND.join(' ')}`);
  const code = await runNpm(BUILD_COMMAND);
  if (code !== 0) {
    throw new Error(
      `Building the web app failed: \`npm ${BUILD_COMMAND.join(' ')}\` exited with code ${code} (its output is above). ` +
        'Fix the error and run npm start again.',
    );
  }
}
