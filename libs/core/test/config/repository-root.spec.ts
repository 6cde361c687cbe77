import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CODE_EXTENSION, CODE_ROOT, findCodeRoot, findRepositoryRoot, REPOSITORY_ROOT, RUNNING_COMPILED } from '../../src/config/repository-root';

describe('finding the repository root from the sources and from the compiled dist/', () => {
  let tree: string;
  beforeAll(() => {
    // A checkout (root package "ytmt", a workspace package "@ytmt/web") with a compiled dist/.
    tree = mkdtempSync(join(tmpdir(), 'ytmt-root-'));
    writeFileSync(join(tree, 'package.json'), JSON.stringify({ name: 'ytmt' }));
    for (const dir of ['libs/core/src/config', 'dist/libs/core/src/config', 'apps/web/src']) mkdirSync(join(tree, dir), { recursive: true });
    writeFileSync(join(tree, 'apps', 'web', 'package.json'), JSON.stringify({ name: '@ytmt/web' }));
  });
  afterAll(() => rmSync(tree, { recursive: true, force: true }));

  it('walks up to the package.json named "ytmt" whatever the depth, passing workspace packages by', () => {
    expect(findRepositoryRoot(join(tree, 'libs', 'core', 'src', 'config'))).toBe(tree);
    expect(findRepositoryRoot(join(tree, 'dist', 'libs', 'core', 'src', 'config'))).toBe(tree);
    expect(findRepositoryRoot(join(tree, 'apps', 'web', 'src'))).toBe(tree);
  });

  it('names the folder it started from when there is no such package.json', () => {
    const outside = mkdtempSync(join(tmpdir(), 'ytmt-no-root-'));
    try {
      expect(() => findRepositoryRoot(outside)).toThrow(`No package.json named "ytmt" in ${outside} or above it`);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('finds the code root above libs/: the checkout from the sources, dist/ compiled', () => {
    expect(findCodeRoot(join(tree, 'libs', 'core', 'src', 'config'))).toBe(tree);
    expect(findCodeRoot(join(tree, 'dist', 'libs', 'core', 'src', 'config'))).toBe(join(tree, 'dist'));
    expect(() => findCodeRoot(join(tree, 'apps', 'web', 'src'))).toThrow(/not inside a libs folder/);
  });

  it('resolves to this checkout under Jest, which runs the TypeScript sources', () => {
    expect(REPOSITORY_ROOT).toBe(join(__dirname, '..', '..', '..', '..'));
    expect(CODE_ROOT).toBe(REPOSITORY_ROOT);
    expect(RUNNING_COMPILED).toBe(false);
    expect(CODE_EXTENSION).toBe('.ts');
  });
});
