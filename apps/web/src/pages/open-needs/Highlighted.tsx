import { Fragment } from 'react';

/**
 * A search snippet whose hits come wrapped in <em>…</em>: the hits become <mark>, everything else
 * stays text (React escapes it), so no HTML from the API is ever inserted as HTML.
 */
export function Highlighted({ snippet, lang }: { snippet: string; lang?: string }) {
  const parts = snippet.split(/(<em>[\s\S]*?<\/em>)/g).filter((part) => part !== '');
  return (
    <span lang={lang}>
      {parts.map((part, index) => {
        const hit = /^<em>([\s\S]*)<\/em>$/.exec(part);
        return hit ? <mark key={index}>{stripTags(hit[1])}</mark> : <Fragment key={index}>{stripTags(part)}</Fragment>;
      })}
    </span>
  );
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** Stray tags (an unmatched <em>) are dropped and the API's escapes read back as the characters they stand for. */
function stripTags(text: string): string {
  return text.replace(/<\/?em>/g, '').replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
}

/** Whether a snippet marks a hit at all (the API also returns the start of fields without one). */
export function hasHit(snippet: string): boolean {
  return snippet.includes('<em>');
}
