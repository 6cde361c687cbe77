import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { decodeEntities, Highlighted, highlightOf, parseHighlight } from './highlight';

describe('search highlights', () => {
  it('parses the <em> markers into marked and plain parts', () => {
    expect(parseHighlight('<em>Palkkatuki</em> työnantajalle – <em>palkkatuen</em> haku')).toEqual([
      { text: 'Palkkatuki', marked: true },
      { text: ' työnantajalle – ', marked: false },
      { text: 'palkkatuen', marked: true },
      { text: ' haku', marked: false },
    ]);
  });

  it('decodes the escaped text once, so escaped markup stays text', () => {
    expect(decodeEntities('a &lt;b&gt; &amp; c')).toBe('a <b> & c');
    expect(decodeEntities('&amp;lt;em&amp;gt;')).toBe('&lt;em&gt;');
    expect(parseHighlight('<em>Työkokeilu</em> &lt;b&gt;alkaa&lt;/b&gt; &amp; jatkuu')).toEqual([
      { text: 'Työkokeilu', marked: true },
      { text: ' <b>alkaa</b> & jatkuu', marked: false },
    ]);
  });

  it('renders matches as <mark> and never turns snippet text into HTML', () => {
    const snippet = '<em>palkkatuen</em> &lt;img src=x onerror=alert(1)&gt; <script>alert(2)</script> <b>bold</b>';
    const { container } = render(
      <p>
        <Highlighted snippet={snippet} />
      </p>,
    );
    const marks = container.querySelectorAll('mark');
    expect([...marks].map((mark) => mark.textContent)).toEqual(['palkkatuen']);
    expect(container.querySelector('img, script, b')).toBeNull();
    expect(container.textContent).toBe('palkkatuen <img src=x onerror=alert(1)> <script>alert(2)</script> <b>bold</b>');
  });

  it('treats an unbalanced marker as the end of the text it marks', () => {
    const { container } = render(
      <p>
        <Highlighted snippet="alku <em>osuma loppu" />
      </p>,
    );
    expect(container.querySelector('mark')?.textContent).toBe('osuma loppu');
  });

  it('finds the highlight of a field in a language', () => {
    const highlights = [
      { field: 'name.fi', snippet: '<em>Palkkatuki</em>' },
      { field: 'summary.sv', snippet: '<em>lönesubvention</em>' },
    ];
    expect(highlightOf(highlights, 'name', 'fi')).toBe('<em>Palkkatuki</em>');
    expect(highlightOf(highlights, 'summary', 'sv')).toBe('<em>lönesubvention</em>');
    expect(highlightOf(highlights, 'name', 'sv')).toBeNull();
  });
});
