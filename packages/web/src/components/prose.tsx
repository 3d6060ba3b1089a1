import type { ReactNode } from 'react';
import { Link } from '../router/router.tsx';

/**
 * The register's small text format: paragraphs separated by blank lines, `- ` bullet items
 * (indented lines continue an item), `code` spans, and XEP-NNNN / RFC NNNN references, which
 * become links. Everything else is text: nothing an author writes becomes markup.
 */
export type ProseBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

export function proseBlocks(text: string): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  let paragraph: string[] = [];
  let list: string[] | undefined;
  const endParagraph = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    paragraph = [];
  };
  const endList = () => {
    if (list) blocks.push({ kind: 'list', items: list });
    list = undefined;
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const item = /^[-*] +(.*)$/.exec(line);
    if (line === '') {
      endParagraph();
      endList();
    } else if (item) {
      endParagraph();
      (list ??= []).push(item[1]!);
    } else if (list && /^\s/.test(raw)) {
      list[list.length - 1] += ` ${line}`;
    } else {
      endList();
      paragraph.push(line);
    }
  }
  endParagraph();
  endList();
  return blocks;
}

export type InlinePart = { kind: 'text'; text: string } | { kind: 'code'; text: string } | { kind: 'xep'; number: number; text: string } | { kind: 'rfc'; number: number; text: string };

export function inlineParts(text: string): InlinePart[] {
  const parts: InlinePart[] = [];
  const pattern = /`([^`]+)`|\bXEP-(\d{4})\b|\bRFC ([1-9]\d{0,4})\b/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push({ kind: 'text', text: text.slice(last, match.index) });
    if (match[1] !== undefined) parts.push({ kind: 'code', text: match[1] });
    else if (match[2] !== undefined) parts.push({ kind: 'xep', number: Number(match[2]), text: match[0] });
    else parts.push({ kind: 'rfc', number: Number(match[3]), text: match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

function Inline({ text }: { text: string }) {
  return (
    <>
      {inlineParts(text).map((part, index): ReactNode => {
        switch (part.kind) {
          case 'text':
            return part.text;
          case 'code':
            return <code key={index}>{part.text}</code>;
          case 'xep':
            return (
              <Link key={index} to={`/xeps/${part.number}`}>
                {part.text}
              </Link>
            );
          case 'rfc':
            return (
              <a key={index} href={`https://www.rfc-editor.org/rfc/rfc${part.number}`} rel="noopener noreferrer external">
                {part.text}
              </a>
            );
        }
      })}
    </>
  );
}

export function Prose({ text }: { text: string }) {
  return (
    <div className="prose">
      {proseBlocks(text).map((block, index) =>
        block.kind === 'paragraph' ? (
          <p key={index}>
            <Inline text={block.text} />
          </p>
        ) : (
          <ul key={index}>
            {block.items.map((item, itemIndex) => (
              <li key={itemIndex}>
                <Inline text={item} />
              </li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}

