import { describe, expect, it } from 'vitest';
import { escapeDot, escapeMarkdown, escapeXml, safeId, stripInvalidXmlChars } from '../../text/escape.ts';
import { parseProse, proseToHtml, proseToMarkdown } from './prose.ts';

describe('prose and escaping', () => {
  it('parses paragraphs, bullet items with continuation lines, and code spans', () => {
    expect(parseProse('One\nline.\n\n- first\n  continued\n- second\n\nLast.')).toEqual([
      { kind: 'paragraph', text: 'One line.' },
      { kind: 'list', items: ['first continued', 'second'] },
      { kind: 'paragraph', text: 'Last.' },
    ]);
    expect(proseToHtml('Use `<starttls/>` per RFC 6120.')).toBe(
      '<p>Use <code>&lt;starttls/&gt;</code> per <a href="https://www.rfc-editor.org/rfc/rfc6120">RFC 6120</a>.</p>',
    );
    expect(proseToHtml('A lone ` backtick <b>')).toBe('<p>A lone ` backtick &lt;b&gt;</p>');
    expect(proseToMarkdown('Use `<x/>` and *not* <b>\n\n- # item')).toBe('Use `<x/>` and \\*not\\* \\<b\\>\n\n- \\# item');
  });

  it('escapes for XML, Markdown and DOT', () => {
    expect(escapeXml(`<a href="x">'&'</a>\u0000\uD800`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;\uFFFD\uFFFD');
    expect(stripInvalidXmlChars('ok \u{1F642} \t\n')).toBe('ok \u{1F642} \t\n');
    expect(escapeMarkdown('1. [x](y) | `z` _u_')).toBe('1\\. \\[x\\](y) \\| \\`z\\` \\_u\\_');
    expect(escapeMarkdown('- a\nb')).toBe('\\- a b');
    expect(escapeDot('a "b" \\ c\nd')).toBe('a \\"b\\" \\\\ c\\nd');
    expect(safeId('Hello World!')).toBe('hello-world');
    expect(safeId('***')).toBe('x');
  });
});
