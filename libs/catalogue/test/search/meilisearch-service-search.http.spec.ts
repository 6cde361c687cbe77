// No Meilisearch server runs here: the services' adapter is driven against a stub of the few
// endpoints a search needs (the needs' adapter has the fuller stub: failed tasks, lazy index
// creation, timeouts, in libs/needs/test/search/meilisearch-http.spec.ts).
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { MeilisearchServiceSearchEngine } from '../../src/search/meilisearch-service-search.engine';

describe('Meilisearch service search at the HTTP boundary', () => {
  let server: Server;
  let host: string;
  const requests: { method: string; path: string; body: unknown }[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      let text = '';
      request.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      request.on('end', () => {
        const path = (request.url ?? '/').split('?')[0]!;
        requests.push({ method: request.method ?? 'GET', path, body: text ? JSON.parse(text) : undefined });
        const send = (status: number, body: unknown) => {
          response.writeHead(status, { 'content-type': 'application/json' });
          response.end(JSON.stringify(body));
        };
        if (path === '/indexes/services_test' && request.method === 'GET') return send(200, { uid: 'services_test', primaryKey: 'id' });
        if (path === '/indexes/services_test/settings') return send(202, { taskUid: 7, indexUid: 'services_test', status: 'enqueued', type: 'settingsUpdate', enqueuedAt: '2025-01-01T00:00:00Z' });
        if (path === '/tasks/7') return send(200, { uid: 7, indexUid: 'services_test', status: 'succeeded', type: 'settingsUpdate', error: null, details: {} });
        if (path === '/indexes/services_test/search') return send(200, { hits: [], query: '', processingTimeMs: 1, hitsPerPage: 10, page: 1, totalPages: 0, totalHits: 0, facetDistribution: {} });
        send(404, { message: 'stub: no route', code: 'stub', type: 'invalid_request', link: '' });
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('applies the settings first and asks to match every word of the query', async () => {
    const engine = new MeilisearchServiceSearchEngine({ host, indexName: 'services_test', requestTimeoutMs: 2000 });
    const result = await engine.search({ text: 'palkkatuki Lahti', filter: {}, sort: { by: 'RELEVANCE' }, offset: 0, limit: 10 });
    expect(result.totalCount).toBe(0);
    expect(requests.filter((r) => !r.path.startsWith('/tasks/')).map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /indexes/services_test',
      'PATCH /indexes/services_test/settings',
      'POST /indexes/services_test/search',
    ]);
    expect(requests.at(-1)!.body).toMatchObject({ q: 'palkkatuki Lahti', matchingStrategy: 'all' });
  });
});
