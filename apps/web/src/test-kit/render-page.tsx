import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, beforeAll, beforeEach } from 'vitest';
import { initTestI18n } from '../shared/i18n/test-i18n';
import { calls } from './api-stub';

export { calls, operationOf, stubApi } from './api-stub';

/** The app element the design system's modal hides from assistive technology while open; pages render in it. */
function appRoot(): HTMLElement {
  let root = document.getElementById('root');
  if (!root) {
    root = document.createElement('div');
    root.id = 'root';
    document.body.appendChild(root);
  }
  return root;
}

/**
 * What jsdom lacks for the design system's tables and modals: a ResizeObserver, and animation
 * frames that run at once (setUpPageTest({ shims: true })). Not for pages with the design system's
 * dropdowns: their options do not open when frames run at once.
 */
export function prepareDom(): void {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
  window.requestAnimationFrame = (callback) => {
    callback(0);
    return 0;
  };
}

export interface RenderPageOptions {
  /** The URL the page is opened at. */
  at?: string;
  /** A route pattern for the page, when it reads URL parameters (`/needs/:id`). */
  path?: string;
}

/** Renders a page as the app does: a fresh query client without retries, a router, inside #root. */
export function renderPage(page: ReactElement, { at = '/', path }: RenderPageOptions = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const root = appRoot();
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[at]}>
        {path ? (
          <Routes>
            <Route path={path} element={page} />
          </Routes>
        ) : (
          page
        )}
      </MemoryRouter>
    </QueryClientProvider>,
    { container: root.appendChild(document.createElement('div')) },
  );
}

/**
 * The hooks every page test repeats: texts in one language (and the jsdom shims when asked for)
 * before all tests; an empty request log before each; an unmounted page after each.
 */
export function setUpPageTest({ language = 'fi', shims = false }: { language?: Parameters<typeof initTestI18n>[0]; shims?: boolean } = {}): void {
  beforeAll(() => {
    initTestI18n(language);
    if (shims) prepareDom();
  });
  beforeEach(() => {
    calls.length = 0;
  });
  afterEach(cleanup);
}
