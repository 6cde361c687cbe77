// Where the repository is, whether this code runs from TypeScript (ts-node, Jest: libs/core/src/…)
// or compiled (node dist/…: dist/libs/core/src/…, one level deeper). Pure but for reading the
// package.json files on the way up, once, when the module loads.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';

/** The name in the root package.json: the repository root (or the image's /app) holds it. */
export const ROOT_PACKAGE_NAME = 'ytmt';

function packageName(dir: string): string | undefined {
  const file = join(dir, 'package.json');
  if (!existsSync(file)) return undefined;
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown }).name as string | undefined;
  } catch {
    return undefined;
  }
}

/**
 * The nearest folder at or above `from` whose package.json is named "ytmt": the repository root
 * in a checkout, the application folder in the container image. Workspace packages
 * (apps/web, "@ytmt/web") are passed by.
 */
export function findRepositoryRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (packageName(dir) === ROOT_PACKAGE_NAME) return dir;
    if (dirname(dir) === dir) {
      throw new Error(`No package.json named "${ROOT_PACKAGE_NAME}" in ${from} or above it: cannot find the Y-TMT repository root`);
    }
  }
}

/**
 * The folder holding the `libs` folder this file is in: the repository root when running the
 * TypeScript sources, `<root>/dist` when running the compiled JavaScript. Code that finds files
 * of its own tree by name (entities, migrations) looks there.
 */
export function findCodeRoot(from: string = __dirname): string {
  for (let dir = from; dirname(dir) !== dir; dir = dirname(dir)) {
    if (basename(dir) === 'libs') return dirname(dir);
  }
  throw new Error(`${from} is not inside a libs folder: cannot find the code root`);
}

/** True when running the compiled JavaScript (node dist/…), false under ts-node or Jest. */
export const RUNNING_COMPILED = extname(__filename) === '.js';
/** The extension of this tree's own modules: `.js` compiled, `.ts` from source. */
export const CODE_EXTENSION = RUNNING_COMPILED ? '.js' : '.ts';

/** The repository root: package.json, data/, schema.gql, apps/web/dist are found from here. */
export const REPOSITORY_ROOT = findRepositoryRoot();
/** See findCodeRoot: the repository root from source, `<root>/dist` compiled. */
export const CODE_ROOT = findCodeRoot();
