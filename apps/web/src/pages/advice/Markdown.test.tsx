import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Markdown, parseMarkdown } from './Markdown';

const BODY = `## Mikä palkkatuki on?
Palkkatuki on harkinnanvarainen tuki,
jota haetaan ennen työsuhdetta.

## Näin haet
1. Keskustele yrityspalveluiden kanssa.
2. Hae tukea **ennen** kuin työsuhde alkaa.

- **Työaika:** lyhennetty tai joustava työaika.
- Lue lisää [TE-palveluista](https://www.te-palvelut.fi) tai [tästä](javascript:alert(1)).`;

describe('advice body', () => {
  afterEach(cleanup);

  it('reads headings, paragraphs and lists', () => {
    expect(parseMarkdown(BODY).map((block) => block.type)).toEqual(['heading', 'paragraph', 'heading', 'list', 'list']);
    expect(parseMarkdown(BODY)[1]).toEqual({ type: 'paragraph', text: 'Palkkatuki on harkinnanvarainen tuki, jota haetaan ennen työsuhdetta.' });
  });

  it('renders headings below the page title, lists as lists, and only https links as links', () => {
    render(<Markdown source={BODY} newWindowLabel="(uusi ikkuna)" />);
    expect(screen.getByRole('heading', { level: 2, name: 'Mikä palkkatuki on?' })).toBeInTheDocument();
    expect(screen.getAllByRole('list')).toHaveLength(2);
    expect(screen.getByText('ennen').tagName).toBe('STRONG');
    expect(screen.getByRole('link', { name: /TE-palveluista/ })).toHaveAttribute('href', 'https://www.te-palvelut.fi');
    expect(screen.queryByRole('link', { name: /tästä/ })).toBeNull();
    expect(screen.getByText(/tästä/)).toBeInTheDocument();
  });

  it('never turns text into HTML', () => {
    const { container } = render(<Markdown source={'Hei <script>alert(1)</script> <img src=x onerror=alert(1)>'} newWindowLabel="" />);
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<script>alert(1)</script>');
  });
});
