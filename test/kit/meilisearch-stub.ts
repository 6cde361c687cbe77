// No Meilisearch server runs here, so the adapters are driven against a stub that speaks the few
// endpoints they use (indexes, settings, documents, search, tasks) on 127.0.0.1. The stub answers
// like Meilisearch 1.x: writes are enqueued (202) and their outcome is read from /tasks/:uid.
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

export interface StubRequest {
  method: string;
  path: string;
  body: unknown;
}

export interface StubTaskOutcome {
  status: 'succeeded' | 'failed' | 'canceled';
  error: { message: string; code: string; type: string; link: string } | null;
}

export const failedTask = (code: string, message: string): StubTaskOutcome => ({
  status: 'failed',
  error: { code, message, type: 'invalid_request', link: `https://docs.meilisearch.com/errors#${code}` },
});

export class StubMeilisearch {
  readonly requests: StubRequest[] = [];
  indexExists = false;
  /** Task type → outcomes handed out in turn (then succeeded). */
  readonly outcomes = new Map<string, StubTaskOutcome[]>();
  searchDelayMs = 0;
  /** The hits every search answers with (totalHits is their number). */
  searchHits: Record<string, unknown>[] = [];
  private readonly tasks = new Map<number, { type: string; indexUid: string; outcome: StubTaskOutcome }>();
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

  /** The requests but task polls, as "METHOD path". */
  writes(): string[] {
    return this.requests.filter((r) => !r.path.startsWith('/tasks/')).map((r) => `${r.method} ${r.path}`);
  }

  /** The bodies of the requests to a path ending so, in order. */
  bodies<T = unknown>(method: string, pathEnd: string): T[] {
    return this.requests.filter((r) => r.method === method && r.path.endsWith(pathEnd)).map((r) => r.body as T);
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
    if ((match = path.match(/^\/indexes\/([^/]+)\/documents\/(delete-batch|delete)$/)) && method === 'POST') return send(202, this.enqueue('documentDeletion', match[1]!));
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
      const hits = this.searchHits;
      return send(200, { hits, query: '', processingTimeMs: 1, hitsPerPage: 20, page: 1, totalPages: hits.length > 0 ? 1 : 0, totalHits: hits.length, facetDistribution: {} });
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
