import { Fragment, type ReactNode } from 'react';
import { ExternalLink, Heading } from 'suomifi-ui-components';

// Advice bodies are "plain text or simple Markdown" (schema.gql). This reads the simple part —
// headings, paragraphs, bullet and numbered lists, **bold**, *italics* and https links — into
// React elements. Nothing is ever inserted as HTML: a <script> in a body stays visible text.

export type Block =
  | { type: 'heading'; level: 2 | 3 | 4; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'list'; ordered: boolean; items: string[] };

const HEADING = /^(#{1,6})\s+(.*)$/;
const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/;

/** The body as blocks. Article headings start at h2 (the page's h1 is the title); deeper levels stop at h4. */
export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  const flush = () => {
    if (paragraph.length) blocks.push({ type: 'paragraph', text: paragraph.join(' ') });
    paragraph = [];
    if (list) blocks.push({ type: 'list', ...list });
    list = null;
  };
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    const heading = HEADING.exec(line);
    const bullet = BULLET.exec(line);
    const numbered = NUMBERED.exec(line);
    if (!line.trim()) {
      flush();
    } else if (heading) {
      flush();
      const level = Math.min(4, Math.max(2, heading[1].length)) as 2 | 3 | 4;
      blocks.push({ type: 'heading', level, text: heading[2].trim() });
    } else if (bullet || numbered) {
      const ordered = Boolean(numbered && !bullet);
      if (paragraph.length || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push((bullet ?? numbered)![1].trim());
    } else if (list && /^\s+\S/.test(raw)) {
      // An indented line continues the list item above it.
      list.items[list.items.length - 1] += ` ${line.trim()}`;
    } else {
      if (list) flush();
      paragraph.push(line.trim());
    }
  }
  flush();
  return blocks;
}

const INLINE = /(\*\*[^*]+\*\*|\*[^*\s][^*]*\*|\[[^\]]+\]\([^)\s]+\))/g;

/** Bold, italics and links inside a line; everything else is text. Only https links become links. */
export function renderInline(text: string, newWindowLabel: string): ReactNode[] {
  return text
    .split(INLINE)
    .filter((part) => part !== '')
    .map((part, index) => {
      if (part.startsWith('**') && part.endsWith('**') && part.length > 4) return <strong key={index}>{part.slice(2, -2)}</strong>;
      const link = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(part);
      if (link) {
        return /^https:\/\/[^\s]+$/i.test(link[2]) ? (
          <ExternalLink key={index} href={link[2]} labelNewWindow={newWindowLabel}>
            {link[1]}
          </ExternalLink>
        ) : (
          <Fragment key={index}>{link[1]}</Fragment>
        );
      }
      if (part.startsWith('*') && part.endsWith('*') && part.length > 2) return <em key={index}>{part.slice(1, -1)}</em>;
      return <Fragment key={index}>{part}</Fragment>;
    });
}

export function Markdown({ source, newWindowLabel }: { source: string; newWindowLabel: string }) {
  return (
    <div className="advice-body">
      {parseMarkdown(source).map((block, index) => {
        if (block.type === 'heading') {
          return (
            <Heading key={index} variant={`h${block.level}`} mt="l" mb="s">
              {renderInline(block.text, newWindowLabel)}
            </Heading>
          );
        }
        if (block.type === 'list') {
          const items = block.items.map((item, i) => <li key={i}>{renderInline(item, newWindowLabel)}</li>);
          return block.ordered ? <ol key={index}>{items}</ol> : <ul key={index}>{items}</ul>;
        }
        return <p key={index}>{renderInline(block.text, newWindowLabel)}</p>;
      })}
    </div>
  );
}
