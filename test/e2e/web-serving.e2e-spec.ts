import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import { anonymous, createApp, TestApp } from '@ytmt/test-kit';

const INDEX = '<!doctype html><html lang="fi"><head><script type="module" src="/assets/app-abc.js"></script></head><body><div id="root"></div></body></html>';
const SCRIPT = 'console.log("Y-TMT");';
const LARGE_SCRIPT = Array.from({ length: 400 }, (_, i) => `export const text${i} = "Yritysten työmarkkinatori ${i}";`).join('\n');
const PAGE_GZIP = gzipSync(LARGE_SCRIPT, { level: 9 });
const HTML = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
const CSP =
  "default-src 'self';script-src 'self';style-src 'self' 'unsafe-inline';font-src 'self';img-src 'self' data:;" +
  "connect-src 'self' https://tunnistus.example;form-action 'self' https://tunnistus.example;frame-ancestors 'none';" +
  "base-uri 'self';object-src 'none'";

function fakeBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ytmt-web-dist-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), INDEX);
  writeFileSync(join(dir, 'assets', 'app-abc.js'), SCRIPT);
  writeFileSync(join(dir, 'robots.txt'), 'User-agent: *\n');
  writeFileSync(join(dir, 'assets', 'vendor-def.js'), LARGE_SCRIPT);
  // A chunk with the build's compressed copies (apps/web/vite.config.ts writes them).
  writeFileSync(join(dir, 'assets', 'page-ghi.js'), LARGE_SCRIPT);
  writeFileSync(join(dir, 'assets', 'page-ghi.js.br'), brotliCompressSync(LARGE_SCRIPT));
  writeFileSync(join(dir, 'assets', 'page-ghi.js.gz'), PAGE_GZIP);
  return dir;
}

describe('The web app served by the API', () => {
  let app: TestApp;
  let distDir: string;
  beforeAll(async () => {
    distDir = fakeBuild();
    app = await createApp({
      env: {
        WEB_DIST_DIR: distDir,
        AUTH_OIDC_AUTHORITY: 'https://tunnistus.example/oidc',
        AUTH_OIDC_CLIENT_ID: 'ytmt-web',
      },
    });
  });
  afterAll(async () => {
    await app.close();
    rmSync(distDir, { recursive: true, force: true });
  });

  it('answers / and every page of the app with index.html under the content security policy', async () => {
    for (const path of ['/', '/services/xyz', '/needs/5b0c/edit']) {
      const response = await fetch(`${app.url}${path}`, { headers: HTML });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('content-security-policy')).toBe(CSP);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-powered-by')).toBeNull();
      expect(await response.text()).toBe(INDEX);
    }
  });

  it('serves hashed assets for a year and other files revalidated', async () => {
    const script = await fetch(`${app.url}/assets/app-abc.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(script.headers.get('content-security-policy')).toBe(CSP);
    expect(await script.text()).toBe(SCRIPT);

    const robots = await fetch(`${app.url}/robots.txt`);
    expect(robots.status).toBe(200);
    expect(robots.headers.get('cache-control')).toBe('no-cache');
  });

  it('sends scripts compressed to browsers that accept it', async () => {
    const { request } = await import('node:http');
    const headers = await new Promise<Record<string, unknown>>((resolve, reject) => {
      const url = new URL(`${app.url}/assets/vendor-def.js`);
      request({ host: url.hostname, port: url.port, path: url.pathname, headers: { 'accept-encoding': 'gzip' } }, (response) => {
        response.resume();
        resolve(response.headers);
      })
        .on('error', reject)
        .end();
    });
    expect(headers['content-encoding']).toBe('gzip');
    expect(headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it("sends the build's own compressed copy of a chunk, in the encoding the browser accepts", async () => {
    const { request } = await import('node:http');
    const raw = (encodings: string) =>
      new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
        const url = new URL(`${app.url}/assets/page-ghi.js`);
        request({ host: url.hostname, port: url.port, path: url.pathname, headers: { 'accept-encoding': encodings } }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
        })
          .on('error', reject)
          .end();
      });
    const brotli = await raw('gzip, deflate, br');
    expect(brotli.headers).toMatchObject({ 'content-encoding': 'br', vary: 'Accept-Encoding', 'cache-control': 'public, max-age=31536000, immutable' });
    expect(brotli.headers['content-type']).toMatch(/javascript/);
    expect(brotliDecompressSync(brotli.body).toString()).toBe(LARGE_SCRIPT);
    const gzip = await raw('gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.body.equals(PAGE_GZIP)).toBe(true); // the file as built, not compressed again
    const plain = await raw('identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(LARGE_SCRIPT);
  });

  it('never answers a missing file or a non-HTML request with the index page', async () => {
    const missingChunk = await fetch(`${app.url}/assets/app-old.js`, { headers: HTML });
    expect(missingChunk.status).toBe(404);
    const missingIcon = await fetch(`${app.url}/favicon.ico`, { headers: HTML });
    expect(missingIcon.status).toBe(404);
    const json = await fetch(`${app.url}/services/xyz`, { headers: { accept: 'application/json' } });
    expect(json.status).toBe(404);
    const post = await fetch(`${app.url}/services/xyz`, { method: 'POST', headers: HTML });
    expect(post.status).toBe(404);
  });

  it('leaves /graphql, /health and /hsds to the API', async () => {
    const { employmentAreas } = await anonymous(app).data<{ employmentAreas: { code: string }[] }>('{ employmentAreas { code } }');
    expect(employmentAreas.length).toBeGreaterThan(0);
    const graphqlPage = await fetch(`${app.url}/graphql`, { headers: HTML });
    expect(await graphqlPage.text()).not.toBe(INDEX);
    expect(graphqlPage.headers.get('content-security-policy')).not.toBe(CSP);

    const health = await fetch(`${app.url}/health`, { headers: HTML });
    expect(health.status).toBe(200);
    expect(((await health.json()) as { status: string }).status).toBe('ok');
    // The API's own policy (issue 11, point 14), never the web app's.
    expect(health.headers.get('content-security-policy')).toBe("default-src 'none';frame-ancestors 'none';base-uri 'none';form-action 'none'");
    expect(health.headers.get('x-powered-by')).toBeNull();

    const unknownHsds = await fetch(`${app.url}/hsds/no-such-thing`, { headers: HTML });
    expect(unknownHsds.status).toBe(404);
    expect(await unknownHsds.text()).not.toBe(INDEX);
    const unknownHealth = await fetch(`${app.url}/healthz`, { headers: HTML });
    expect(unknownHealth.status).toBe(404);
  });

  it('tells the web app which sign-in to offer on /app-config.json, never cached', async () => {
    const response = await fetch(`${app.url}/app-config.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({
      devLogin: true,
      oidc: { authority: 'https://tunnistus.example/oidc', clientId: 'ytmt-web', scope: 'openid email profile' },
      environment: 'test',
    });
  });
});

describe('The web app before it is built', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createApp({ env: { WEB_DIST_DIR: join(tmpdir(), 'ytmt-web-dist-does-not-exist'), AUTH_DEV_LOGIN: 'false' } });
  });
  afterAll(() => app.close());

  it('answers 503 with a page saying how to build it, and the API keeps working', async () => {
    for (const path of ['/', '/services/xyz']) {
      const response = await fetch(`${app.url}${path}`, { headers: HTML });
      expect(response.status).toBe(503);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await response.text()).toContain('npm run build -w @ytmt/web');
    }
    expect((await fetch(`${app.url}/health`)).status).toBe(200);
    const config = await fetch(`${app.url}/app-config.json`);
    expect(await config.json()).toEqual({ devLogin: false, oidc: null, environment: 'test' });
  });
});
