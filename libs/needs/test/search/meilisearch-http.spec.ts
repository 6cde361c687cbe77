// No Meilisearch server runs here, so the adapters are driven against a stub that speaks the few
// endpoints they use (indexes, settings, documents, search, tasks) on 127.0.0.1. The stub answers
// like Meilisearch 1.x: writes are enqueued (202) and their outcome is read from /tasks/:uid.
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { MeiliSearchRequestError, MeiliSearchRequestTimeOutError } from 'meilisearch';
import { MeilisearchTaskFailedError } from '@ytmt/core';
import { MeilisearchNeedSearchEngine } from '../../src/search/meilisearch-need-search.engine';
import { NeedSearchQuery } from '../../src/search/need-search.port';
import { FIXTURE_NEEDS } from './need-search.fixtures';

interface Recorded {
  method: string;
  path: string;
  body: unknown;
}

interface TaskOutcome {
  status: 'succeeded' | 'failed' | 'canceled';
  error: { message: string; code: string; type: string; link: string } | null;
}

class StubMeilisearch {
  readonly requests: Recorded[] = [];
  indexExists = false;
  /** Task type → outcomes handed out in turn (then succeeded). */
  readonly outcomes = new Map<string, TaskOutcome[]>();
  searchDelayMs = 0;
  private readonly tasks = new Map<number, { type: string; indexUid: string; outcome: TaskOutcome }>();
  private nextUid = 1;
  private server!: Server;
  private readonly delays = new Set<() => void>();

  async start(): Promise<string> {
    this.server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const release of this.delays) release();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The write requests (no task polls), as "METHOD path". */
  writes(): string[] {
    return this.requests.filter((r) => !r.path.startsWith('/tasks/')).map((r) => `${r.method} ${r.path}`);
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const path = (request.url ?? '/').split('?')[0]!;
    const method = request.method ?? 'GET';
    this.requests.push({ method, path, body: text ? JSON.parse(text) : undefined });
    const send = (status: number, body: unknown) => {
      if (response.destroyed) return;
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };

    let match: RegExpMatchArray | null;
    if ((match = path.match(/^\/tasks\/(\d+)$/))) {
      const task = this.tasks.get(Number(match[1]))!;
      return send(200, {
        uid: Number(match[1]), batchUid: 1, indexUid: task.indexUid, status: task.outcome.status, type: task.type,
        canceledBy: null, details: {}, error: task.outcome.error, duration: 'PT0.001S',
        enqueuedAt: '2025-01-01T00:00:00Z', startedAt: '2025-01-01T00:00:00Z', finishedAt: '2025-01-01T00:00:00Z',
      });
    }
    if (method === 'POST' && path === '/indexes') return send(202, this.enqueue('indexCreation', (JSON.parse(text) as { uid: string }).uid));
    if ((match = path.match(/^\/indexes\/([^/]+)$/)) && method === 'GET') {
      if (!this.indexExists) {
        return send(404, { message: `Index \`${match[1]}\` not found.`, code: 'index_not_found', type: 'invalid_request', link: 'https://docs.meilisearch.com/errors#index_not_found' });
      }
      return send(200, { uid: match[1], primaryKey: 'id', createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z' });
    }
    if ((match = path.match(/^\/indexes\/([^/]+)\/settings$/)) && method === 'PATCH') return send(202, this.enqueue('settingsUpdate', match[1]!));
    if ((match = path.match(/^\/indexes\/([^/]+)\/documents$/)) && method === 'POST') return send(202, this.enqueue('documentAdditionOrUpdate', match[1]!));
    if ((match = path.match(/^\/indexes\/([^/]+)\/documents\/delete-batch$/)) && method === 'POST') return send(202, this.enqueue('documentDeletion', match[1]!));
    if ((match = path.match(/^\/indexes\/([^/]+)\/search$/)) && method === 'POST') {
      if (this.searchDelayMs > 0) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(release, this.searchDelayMs);
          const delays = this.delays;
          function release() {
            clearTimeout(timer);
            delays.delete(release);
            resolve();
          }
          delays.add(release);
        });
      }
      return send(200, { hits: [], query: '', processingTimeMs: 1, hitsPerPage: 20, page: 1, totalPages: 0, totalHits: 0, facetDistribution: {} });
    }
    send(404, { message: `stub: no route ${method} ${path}`, code: 'stub', type: 'invalid_request', link: '' });
  }

  private enqueue(type: string, indexUid: string) {
    const uid = this.nextUid++;
    const outcome = this.outcomes.get(type)?.shift() ?? { status: 'succeeded', error: null };
    if (type === 'indexCreation' && outcome.status === 'succeeded') this.indexExists = true;
    this.tasks.set(uid, { type, indexUid, outcome });
    return { taskUid: uid, indexUid, status: 'enqueued', type, enqueuedAt: '2025-01-01T00:00:00Z' };
  }
}

const failed = (code: string, message: string): TaskOutcome => ({ status: 'failed', error: { code, message, type: 'invalid_request', link: `https://docs.meilisearch.com/errors#${code}` } });

const EVERYONE: NeedSearchQuery['audience'] = {
  public: false, all: true, coordinatorAreaIds: [], providerIds: [], companyIds: [],
  providerCoverage: { national: false, areaIds: [], municipalityCodes: [] },
};

describe('Meilisearch adapters at the HTTP boundary', () => {
  let stub: StubMeilisearch;
  let host: string;

  beforeEach(async () => {
    stub = new StubMeilisearch();
    host = await stub.start();
  });
  afterEach(() => stub.stop());

  const needs = (requestTimeoutMs?: number) => new MeilisearchNeedSearchEngine({ host, indexName: 'needs_test', taskTimeoutMs: 5000, requestTimeoutMs });

  it('creates the missing index with its settings before the first write', async () => {
    await needs().upsert([FIXTURE_NEEDS[0]!]);
    expect(stub.writes()).toEqual(['GET /indexes/needs_test', 'POST /indexes', 'PATCH /indexes/needs_test/settings', 'POST /indexes/needs_test/documents']);
    const settings = stub.requests.find((r) => r.method === 'PATCH')!.body as { filterableAttributes: string[]; sortableAttributes: string[] };
    expect(settings.filterableAttributes).toEqual(expect.arrayContaining(['visibility', 'companyId', 'stage']));
    expect(settings.sortableAttributes).toEqual(['updatedAtMs']);
  });

  it('prepares once for concurrent first calls, and not again afterwards', async () => {
    const engine = needs();
    await Promise.all([engine.upsert([FIXTURE_NEEDS[0]!]), engine.remove(['n02']), engine.search({ text: 'hitsaaja', filter: {}, audience: EVERYONE, offset: 0, limit: 10 })]);
    await engine.upsert([FIXTURE_NEEDS[1]!]);
    const writes = stub.writes();
    expect(writes.filter((w) => w === 'GET /indexes/needs_test')).toHaveLength(1);
    expect(writes.filter((w) => w === 'POST /indexes')).toHaveLength(1);
    expect(writes.filter((w) => w.startsWith('PATCH'))).toHaveLength(1);
    // Nothing touches the documents before the settings are applied.
    expect(writes.findIndex((w) => w.startsWith('PATCH'))).toBeLessThan(writes.findIndex((w) => w.includes('/documents') || w.endsWith('/search')));
  });

  it('throws when a write task fails, with the code and without document content', async () => {
    stub.outcomes.set('documentAdditionOrUpdate', [failed('invalid_document_fields', `Document \`${FIXTURE_NEEDS[0]!.companyName}\` is invalid`)]);
    const error = await needs().upsert([FIXTURE_NEEDS[0]!]).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(MeilisearchTaskFailedError);
    expect((error as Error).message).toContain('failed [invalid_document_fields]');
    expect((error as Error).message).not.toContain(FIXTURE_NEEDS[0]!.companyName);
  });

  it('throws when a task is canceled', async () => {
    stub.indexExists = true;
    stub.outcomes.set('documentDeletion', [{ status: 'canceled', error: null }]);
    await expect(needs().remove(['n01'])).rejects.toThrow(/documentDeletion on needs_test\) canceled/);
  });

  it('tries a failed preparation again on the next call', async () => {
    stub.outcomes.set('settingsUpdate', [failed('invalid_settings_filterable_attributes', 'Invalid filterable attributes.')]);
    const engine = needs();
    await expect(engine.upsert([FIXTURE_NEEDS[0]!])).rejects.toThrow(/settingsUpdate.*invalid_settings_filterable_attributes.*Invalid filterable attributes/);
    expect(stub.writes()).not.toContain('POST /indexes/needs_test/documents');
    await engine.upsert([FIXTURE_NEEDS[0]!]);
    expect(stub.writes().filter((w) => w.startsWith('PATCH'))).toHaveLength(2);
    expect(stub.writes()).toContain('POST /indexes/needs_test/documents');
  });

  it('accepts an index another process created in between', async () => {
    stub.outcomes.set('indexCreation', [failed('index_already_exists', 'Index `needs_test` already exists.')]);
    await needs().upsert([FIXTURE_NEEDS[0]!]);
    expect(stub.writes()).toContain('POST /indexes/needs_test/documents');
  });

  it('asks to match every word of the query, as the PostgreSQL engine does', async () => {
    stub.indexExists = true;
    await needs().search({ text: 'hitsaaja konepaja', filter: {}, audience: EVERYONE, offset: 0, limit: 10 });
    const search = stub.requests.find((r) => r.path.endsWith('/search'))!;
    expect(search.body).toMatchObject({ q: 'hitsaaja konepaja', matchingStrategy: 'all' });
  });

  it('gives up on a request slower than the timeout', async () => {
    stub.indexExists = true;
    stub.searchDelayMs = 2000;
    const engine = needs(200);
    const started = Date.now();
    const error = await engine.search({ text: 'hitsaaja', filter: {}, audience: EVERYONE, offset: 0, limit: 10 }).then(() => null, (e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(error).toBeInstanceOf(MeiliSearchRequestError);
    expect((error as MeiliSearchRequestError).cause).toBeInstanceOf(MeiliSearchRequestTimeOutError);
  });
});
