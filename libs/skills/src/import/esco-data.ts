// Where the ESCO CSV files are and how to read them. The repository ships them gzip-compressed in
// data/esco (see data/README.md); ESCO_DATA_DIR may point to another folder holding the same files
// as .csv or .csv.gz. Free of Nest and TypeORM, so scripts/ can import it by a relative path.
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip, gunzipSync } from 'node:zlib';
import { ESCO_FILES } from './esco-sources';

const gunzipAsync = promisify(gunzip);

/** data/esco of the repository. */
export const REPOSITORY_ESCO_DATA_DIR = join(__dirname, '..', '..', '..', '..', 'data', 'esco');

/** The repository's data/esco, unless ESCO_DATA_DIR points elsewhere. */
export function defaultEscoDataDir(): string {
  return process.env['ESCO_DATA_DIR'] || REPOSITORY_ESCO_DATA_DIR;
}

/** `dir/file`, else its compressed copy `dir/file.gz`; null when neither exists. */
export function findCsvFile(dir: string, file: string): string | null {
  for (const path of [join(dir, file), join(dir, `${file}.gz`)]) if (existsSync(path)) return path;
  return null;
}

/** The path of each ESCO file in `dataDir` (plain or gzipped); throws naming the first one missing. */
export function findEscoFiles(dataDir: string): Record<keyof typeof ESCO_FILES, string> {
  const paths = {} as Record<keyof typeof ESCO_FILES, string>;
  for (const [key, file] of Object.entries(ESCO_FILES) as [keyof typeof ESCO_FILES, string][]) {
    const path = findCsvFile(dataDir, file);
    if (!path) throw new Error(`ESCO file ${file} (or ${file}.gz) not found in ${dataDir} (set ESCO_DATA_DIR to a folder of the ESCO CSV files)`);
    paths[key] = path;
  }
  return paths;
}

/** Gzip data starts with 1f 8b, which no UTF-8 text file does, so the content decides, not the name. */
const isGzip = (content: Buffer) => content.length >= 2 && content[0] === 0x1f && content[1] === 0x8b;

/** The bytes of a CSV file, gunzipped when it is gzip-compressed. */
export async function readCsvFile(path: string): Promise<Buffer> {
  const content = await readFile(path);
  return isGzip(content) ? gunzipAsync(content) : content;
}

/** readCsvFile, synchronously. */
export function readCsvFileSync(path: string): Buffer {
  const content = readFileSync(path);
  return isGzip(content) ? gunzipSync(content) : content;
}
