/**
 * Highlight snippets as the search engines return them: the matched text HTML-escaped, with the
 * hits wrapped in <em>…</em> as the only markup. One escaping for both ways a snippet is made:
 * Meilisearch marks hits with private-use sentinels (escaped text first, then the <em> goes in),
 * PostgreSQL's ts_headline marks them in text escaped in SQL beforehand.
 */

/** Meilisearch's highlightPreTag / highlightPostTag: private-use characters no text contains. */
export const HIGHLIGHT_PRE_TAG = '\uE000';
export const HIGHLIGHT_POST_TAG = '\uE001';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A Meilisearch-formatted text as a snippet; null when it marks no hit. */
export function markedSnippet(formatted: unknown): string | null {
  if (typeof formatted !== 'string' || !formatted.includes(HIGHLIGHT_PRE_TAG)) return null;
  return escapeHtml(formatted).split(HIGHLIGHT_PRE_TAG).join('<em>').split(HIGHLIGHT_POST_TAG).join('</em>');
}

/** escapeHtml of a SQL text expression, in SQL. */
export function escapeHtmlSql(expression: string): string {
  return `replace(replace(replace(${expression}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')`;
}

/** ts_headline options that mark hits with <em>; the engines append their own. */
export const HEADLINE_MARKS = 'StartSel=<em>, StopSel=</em>';
/** ts_headline options of a long field shown as fragments around its hits. */
export const HEADLINE_FRAGMENTS = 'MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "';

/**
 * ts_headline over the HTML-escaped body: every argument is a SQL expression (config a regconfig,
 * tsquery a parameter or expression cast to tsquery here, options a text).
 */
export function headlineSql(config: string, body: string, tsquery: string, options: string): string {
  return `ts_headline(${config}, ${escapeHtmlSql(body)}, ${tsquery}::tsquery, ${options})`;
}
