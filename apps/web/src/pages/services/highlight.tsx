// Search highlights come from the API as HTML-escaped text whose only markup is <em>…</em>
// around the matched words. They are parsed into plain text parts and rendered as React text
// and <mark> elements: whatever else a snippet holds is shown as text, never run as HTML.
import type { ReactNode } from 'react';

export interface HighlightPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", apos: "'" };

/** Turns the escaped entities back into characters, in one pass (so `&amp;lt;` stays `&lt;`). */
export function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27|apos);/g, (_, name: string) => ENTITIES[name] ?? '');
}

/** The snippet as text parts, the matched ones marked; empty parts are dropped. */
export function parseHighlight(snippet: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let marked = false;
  for (const piece of snippet.split(/(<\/?em>)/)) {
    if (piece === '<em>') marked = true;
    else if (piece === '</em>') marked = false;
    else if (piece) {
      const text = decodeEntities(piece);
      const last = parts[parts.length - 1];
      if (last && last.marked === marked) last.text += text;
      else parts.push({ text, marked });
    }
  }
  return parts;
}

/** The snippet with its matched words in <mark>. */
export function Highlighted({ snippet }: { snippet: string }): ReactNode {
  return parseHighlight(snippet).map((part, index) => (part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>));
}

export interface SearchHighlight {
  field: string;
  snippet: string;
}

/** The highlight of one field (name, summary, description) in one language, e.g. `name.sv`. */
export function highlightOf(highlights: readonly SearchHighlight[], field: string, language: string): string | null {
  return highlights.find((highlight) => highlight.field === `${field}.${language}`)?.snippet ?? null;
}
