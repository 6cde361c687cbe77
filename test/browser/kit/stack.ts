import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What global-setup started: the platform as `npm start` runs it, on its own database and port. */
export interface BrowserStack {
  baseUrl: string;
  databaseUrl: string;
  pid: number;
  queuePrefix: string;
  webDist: string;
}

/** Read when called: global-setup sets the run id before it writes the file. */
export function stackFile(): string {
  return join(tmpdir(), `ytmt-browser-stack-${process.env['YTMT_BROWSER_RUN'] ?? 'local'}.json`);
}

export function stack(): BrowserStack {
  return JSON.parse(readFileSync(stackFile(), 'utf8')) as BrowserStack;
}
