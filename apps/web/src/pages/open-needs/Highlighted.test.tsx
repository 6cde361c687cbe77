import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { hasHit, Highlighted } from './Highlighted';

describe('search snippets', () => {
  afterEach(cleanup);

  it('marks the hits and shows the escaped characters as themselves, never as HTML', () => {
    const { container } = render(<Highlighted snippet={'<em>Palkkatuki</em> &amp; muu tuki &lt;script&gt;alert(1)&lt;/script&gt;'} />);
    expect([...container.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['Palkkatuki']);
    expect(container.textContent).toBe('Palkkatuki & muu tuki <script>alert(1)</script>');
    expect(container.querySelector('script')).toBeNull();
  });

  it('tells a snippet with a hit from the start of a field without one', () => {
    expect(hasHit('a <em>b</em>')).toBe(true);
    expect(hasHit('Palkkatuki on tuki')).toBe(false);
  });
});
