import { webBuildState } from '../../src/commands/web-build-staleness';

describe('webBuildState', () => {
  const sources = [
    { path: 'apps/web/src/pages/needs/need-page.tsx', mtimeMs: 1_000 },
    { path: 'schema.gql', mtimeMs: 3_000 },
    { path: 'apps/web/vite.config.ts', mtimeMs: 2_000 },
  ];

  it('builds when there is no build', () => {
    expect(webBuildState(null, sources)).toEqual({ stale: true, reason: 'there is no build yet' });
    expect(webBuildState(null, [])).toEqual({ stale: true, reason: 'there is no build yet' });
  });

  it('rebuilds when any source is newer than the build, naming the newest', () => {
    expect(webBuildState(2_500, sources)).toEqual({ stale: true, reason: 'schema.gql changed after the last build' });
  });

  it('keeps a build that is as new as its newest source or newer', () => {
    expect(webBuildState(3_000, sources)).toEqual({ stale: false });
    expect(webBuildState(9_000, sources)).toEqual({ stale: false });
    expect(webBuildState(9_000, [])).toEqual({ stale: false });
  });
});
