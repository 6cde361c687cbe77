// Pure: whether the web app's production build is missing or older than what it is built from.

export interface FileTime {
  path: string;
  mtimeMs: number;
}

export type WebBuildState = { stale: false } | { stale: true; reason: string };

/**
 * @param builtAt modification time of the build's index.html; null when there is none
 * @param sources every file the build reads (sources, config, the GraphQL schema)
 */
export function webBuildState(builtAt: number | null, sources: readonly FileTime[]): WebBuildState {
  if (builtAt === null) return { stale: true, reason: 'there is no build yet' };
  let newest: FileTime | null = null;
  for (const source of sources) if (!newest || source.mtimeMs > newest.mtimeMs) newest = source;
  if (newest && newest.mtimeMs > builtAt) return { stale: true, reason: `${newest.path} changed after the last build` };
  return { stale: false };
}
