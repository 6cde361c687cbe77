import { randomBytes } from 'node:crypto';

/** What the contract suites of every search engine port ask of an adapter's engine, whatever its documents. */
export interface ContractSearchEngine {
  prepare(): Promise<void>;
  ping(): Promise<boolean>;
}

export interface IndexedSearchEngine<D> {
  clear(): Promise<void>;
  upsert(documents: readonly D[]): Promise<void>;
}

export interface OpenedEngine<E> {
  engine: E;
  close(): Promise<void>;
}

/**
 * Opens an adapter's engine for a contract suite and hands it to `use`: before the suite's tests,
 * prepared twice (prepare() is idempotent); closed after them. Adds the test that it answers ping.
 */
export function openContractEngine<E extends ContractSearchEngine>(createEngine: () => Promise<OpenedEngine<E>>, use: (engine: E) => void): void {
  let opened: OpenedEngine<E> | undefined;
  beforeAll(async () => {
    opened = await createEngine();
    use(opened.engine);
    await opened.engine.prepare();
    // prepare() is idempotent.
    await opened.engine.prepare();
  });

  afterAll(async () => {
    await opened?.close();
  });

  it('answers ping', async () => {
    expect(await opened?.engine.ping()).toBe(true);
  });
}

/** Empties the engine's index and fills it with `documents` before the enclosing block's tests. */
export function indexBeforeAll<D>(engine: () => IndexedSearchEngine<D>, documents: readonly D[]): void {
  beforeAll(async () => {
    await engine().clear();
    await engine().upsert(documents);
  });
}

export interface MeilisearchTestIndex {
  host: string;
  apiKey: string | null;
  indexName: string;
}

/**
 * Describes an adapter's tests against the Meilisearch server MEILI_HOST names (and MEILI_API_KEY
 * if needed), or skips them when none is set, as on this machine. `testIndex(prefix)` names a
 * fresh index, one per run, so parallel runs and earlier failures never meet.
 */
export function describeWithMeilisearch(name: string, body: (testIndex: (prefix: string) => MeilisearchTestIndex) => void): void {
  const host = process.env['MEILI_HOST'];
  if (!host) {
    // Said out loud, so a green run is not mistaken for a tested Meilisearch adapter.
    console.warn(`${name} tests skipped: MEILI_HOST is not set (e.g. MEILI_HOST=http://127.0.0.1:7700).`);
  }
  (host ? describe : describe.skip)(name, () =>
    body((prefix) => ({ host: host ?? '', apiKey: process.env['MEILI_API_KEY'] ?? null, indexName: `${prefix}_${randomBytes(4).toString('hex')}` })),
  );
}
