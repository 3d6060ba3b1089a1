import { escapeMarkdown, escapeXml } from '../../text/escape.ts';
import { specRefUrl } from './refs.ts';

/**
 * The register's text fields use a deliberately small format, the same in HTML and Markdown:
 * paragraphs separated by blank lines, `- ` bullet items (indented lines continue an item) and
 * `code` spans. Anything else is text and is escaped; nothing an author writes becomes markup.
 */

export type ProseBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

export function parseProse(text: string): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  let paragraph: string[] = [];
  let list: string[] | undefined;
  const flushParagraph = (): void => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    paragraph = [];
  };
  const flushList = (): void => {
    if (list !== undefined) blocks.push({ kind: 'list', items: list });
    list = undefined;
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') {
      flushParagraph();
      flushList();
      continue;
    }
    const item = /^[-*] +(.*)$/.exec(line);
    if (item) {
      flushParagraph();
      list ??= [];
      list.push(item[1]!);
    } else if (list !== undefined && /^\s/.test(raw)) {
      list[list.length - 1] += ` ${line}`;
    } else {
      flushList();
      paragraph.push(line);
    }
  }
  flushParagraph();
  flushList();
  return blocks;
}

const REF_IN_TEXT = /\b(XEP-\d{4}|RFC [1-9]\d{0,4})\b/g;

/** Text with specification references turned into links; everything escaped. */
function inlineTextHtml(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(REF_IN_TEXT)) {
    const url = specRefUrl(match[1]!);
    out += escapeXml(text.slice(last, match.index));
    out += url ? `<a href="${escapeXml(url)}">${escapeXml(match[1]!)}</a>` : escapeXml(match[1]!);
    last = match.index + match[0].length;
  }
  return out + escapeXml(text.slice(last));
}

function inlineHtml(text: string): string {
  return text
    .split('`')
    .map((part, i, all) => {
      // An odd segment is inside a code span, unless the closing backtick is missing.
      const inCode = i % 2 === 1 && i < all.length - 1;
      if (inCode) return `<code>${escapeXml(part)}</code>`;
      return inlineTextHtml(i % 2 === 1 ? `\`${part}` : part);
    })
    .join('');
}

function inlineMarkdown(text: string): string {
  return text
    .split('`')
    .map((part, i, all) => {
      const inCode = i % 2 === 1 && i < all.length - 1;
      if (inCode) return `\`${part.replace(/\r?\n/g, ' ')}\``;
      return escapeMarkdown(i % 2 === 1 ? `\`${part}` : part);
    })
    .join('');
}

export function proseToHtml(text: string): string {
  return parseProse(text)
    .map((block) =>
      block.kind === 'paragraph'
        ? `<p>${inlineHtml(block.text)}</p>`
        : `<ul>${block.items.map((item) => `<li>${inlineHtml(item)}</li>`).join('')}</ul>`,
    )
    .join('\n');
}

export function proseToMarkdown(text: string): string {
  return parseProse(text)
    .map((block) =>
      block.kind === 'paragraph' ? inlineMarkdown(block.text) : block.items.map((item) => `- ${inlineMarkdown(item)}`).join('\n'),
    )
    .join('\n\n');
}

/** One line of text for a table cell or a heading. */
export function inlineToHtml(text: string): string {
  return inlineHtml(text);
}

export function inlineToMarkdown(text: string): string {
  return inlineMarkdown(text);
}
