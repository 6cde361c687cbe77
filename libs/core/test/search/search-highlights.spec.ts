import { meilisearchHighlights } from '../../src/search/meilisearch-search-engine';
import {
  escapeHtml,
  escapeHtmlSql,
  headlineSql,
  HIGHLIGHT_POST_TAG as POST,
  HIGHLIGHT_PRE_TAG as PRE,
  markedSnippet,
} from '../../src/search/search-highlights';

describe('search highlights', () => {
  it('escapes the text before the <em> marks go in, so they are the only markup', () => {
    expect(escapeHtml('Työkokeilu <b>& palkkatuki</b>')).toBe('Työkokeilu &lt;b&gt;&amp; palkkatuki&lt;/b&gt;');
    expect(markedSnippet(`${PRE}Työkokeilu${POST} <script> & ${PRE}palkkatuki${POST}`)).toBe(
      '<em>Työkokeilu</em> &lt;script&gt; &amp; <em>palkkatuki</em>',
    );
    expect(markedSnippet('Työkokeilu ilman osumaa')).toBeNull();
    expect(markedSnippet(null)).toBeNull();
  });

  it('reads the marked fields of a Meilisearch hit in the order asked, nested paths included', () => {
    const formatted = {
      name: { fi: `${PRE}Oppisopimus${POST}`, sv: 'Läroavtal', en: null },
      description: { fi: `… ${PRE}oppisopimus${POST} & koulutus …` },
      title: `${PRE}Varastotyöntekijä${POST}`,
    };
    expect(meilisearchHighlights(formatted, ['name.fi', 'name.sv', 'name.en', 'summary.fi', 'description.fi'])).toEqual([
      { field: 'name.fi', snippet: '<em>Oppisopimus</em>' },
      { field: 'description.fi', snippet: '… <em>oppisopimus</em> &amp; koulutus …' },
    ]);
    expect(meilisearchHighlights(formatted, ['title', 'description'])).toEqual([{ field: 'title', snippet: '<em>Varastotyöntekijä</em>' }]);
    expect(meilisearchHighlights(undefined, ['title'])).toEqual([]);
  });

  it('writes the same escaping and marks in SQL', () => {
    expect(escapeHtmlSql('x.body')).toBe("replace(replace(replace(x.body, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')");
    expect(headlineSql("'service_search_fi'", 'd.body', '$3', "'StartSel=<em>, StopSel=</em>'")).toBe(
      `ts_headline('service_search_fi', ${escapeHtmlSql('d.body')}, $3::tsquery, 'StartSel=<em>, StopSel=</em>')`,
    );
  });
});
