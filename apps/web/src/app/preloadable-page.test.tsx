import { act, cleanup, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { preloadablePage } from './routes';

const Page = () => <h1>Palvelut</h1>;

describe('a page chunk loaded before the first render', () => {
  afterEach(cleanup);

  it('renders at once, without the loading fallback', async () => {
    const page = preloadablePage(() => Promise.resolve({ default: Page }));
    await page.preload();
    render(
      <Suspense fallback={<p>Ladataan…</p>}>
        <page.component />
      </Suspense>,
    );
    expect(screen.getByRole('heading', { name: 'Palvelut' })).toBeTruthy();
    expect(screen.queryByText('Ladataan…')).toBeNull();
  });

  it('loads lazily when it was not preloaded, showing the fallback meanwhile', async () => {
    let resolve: (module: { default: typeof Page }) => void = () => undefined;
    const page = preloadablePage(() => new Promise((done) => (resolve = done)));
    render(
      <Suspense fallback={<p>Ladataan…</p>}>
        <page.component />
      </Suspense>,
    );
    expect(screen.getByText('Ladataan…')).toBeTruthy();
    await act(async () => resolve({ default: Page }));
    expect(await screen.findByRole('heading', { name: 'Palvelut' })).toBeTruthy();
  });

  it('fetches the chunk again after a failure', async () => {
    let calls = 0;
    const page = preloadablePage(() => (++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ default: Page })));
    await expect(page.preload()).rejects.toThrow('offline');
    await page.preload();
    expect(calls).toBe(2);
  });
});
