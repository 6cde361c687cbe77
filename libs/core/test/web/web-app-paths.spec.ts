import { isApiPath, wantsIndexPage } from '../../src/web/web-app-paths';

describe('isApiPath', () => {
  it('keeps the API routes to the API', () => {
    for (const path of ['/graphql', '/hsds', '/hsds/services/1', '/health', '/healthz', '/app-config.json']) expect(isApiPath(path)).toBe(true);
  });

  it('leaves the app its own pages, even ones that start like an API route', () => {
    for (const path of ['/', '/services/xyz', '/graphql-opas', '/hsdsx']) expect(isApiPath(path)).toBe(false);
  });
});

describe('wantsIndexPage', () => {
  const navigation = (path: string, method = 'GET', acceptsHtml = true) => wantsIndexPage({ method, path, acceptsHtml });

  it('answers browser navigations inside the app with its index page', () => {
    expect(navigation('/')).toBe(true);
    expect(navigation('/services/xyz')).toBe(true);
    expect(navigation('/needs/5b0c/edit', 'HEAD')).toBe(true);
  });

  it('never for files, assets, API routes, other methods or non-HTML requests', () => {
    expect(navigation('/favicon.ico')).toBe(false);
    expect(navigation('/assets/app-old.js')).toBe(false);
    expect(navigation('/assets')).toBe(false);
    expect(navigation('/graphql')).toBe(false);
    expect(navigation('/services/xyz', 'POST')).toBe(false);
    expect(navigation('/services/xyz', 'GET', false)).toBe(false);
  });
});
