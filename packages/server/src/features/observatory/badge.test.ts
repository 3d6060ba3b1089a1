import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { GRADES } from '@xmppsec/scanner';
import { escapeXml, gradeBadge, renderBadge } from './badge.ts';
import { hostileString, seeded } from './test-random.ts';

/** Parses the SVG with a real XML parser; throws on anything not well-formed. Returns the text content and element names. */
function parseSvg(svg: string): { text: string; elements: string[]; root: string | undefined } {
  const parser = new SaxesParser({ xmlns: true });
  let text = '';
  const elements: string[] = [];
  let root: string | undefined;
  parser.on('error', (error) => { throw error; });
  parser.on('doctype', () => { throw new Error('doctype in a badge'); });
  parser.on('opentag', (tag) => {
    root ??= `${tag.uri} ${tag.local}`;
    elements.push(tag.local);
  });
  parser.on('text', (t) => { text += t; });
  parser.write(svg).close();
  return { text, elements, root };
}

describe('badge SVG', () => {
  it('is a well-formed SVG document with the grade, for every grade', () => {
    for (const grade of GRADES) {
      const svg = renderBadge(gradeBadge('example.org', grade, true));
      const parsed = parseSvg(svg);
      expect(parsed.root).toBe('http://www.w3.org/2000/svg svg');
      expect(parsed.text).toContain(grade);
      expect(parsed.text).toContain('example.org: XMPP security grade');
      expect(parsed.elements).not.toContain('script');
      expect(parsed.elements).not.toContain('foreignObject');
      expect(svg).not.toMatch(/href|on[a-z]+=/i);
    }
  });

  it('distinguishes grades by colour and says when a domain was not scanned or not reached', () => {
    const colours = new Set(GRADES.map((g) => gradeBadge('example.org', g, true).colour));
    expect(colours.size).toBe(GRADES.length);
    expect(parseSvg(renderBadge(gradeBadge('example.org', null, false))).text).toContain('not scanned');
    expect(parseSvg(renderBadge(gradeBadge('example.org', null, true))).text).toContain('unreachable');
  });

  it('escapes markup in every text and refuses a colour that is not a colour', () => {
    const svg = renderBadge({ label: '<script>alert(1)</script>', message: '"&\'>', colour: 'red" onload="alert(1)', title: '</title><script>x</script>' });
    const parsed = parseSvg(svg);
    expect(parsed.elements).not.toContain('script');
    expect(parsed.text).toContain('<script>alert(1)</script>');
    expect(parsed.text).toContain('"&\'>');
    expect(svg).not.toContain('onload');
  });

  it('stays well-formed and bounded for generated hostile text (seeded)', () => {
    const random = seeded(6);
    for (let i = 0; i < 500; i++) {
      const input = { label: hostileString(random), message: hostileString(random), colour: hostileString(random, 5), title: hostileString(random, 400) };
      const svg = renderBadge(input);
      expect(() => parseSvg(svg), JSON.stringify(input)).not.toThrow();
      expect(svg.length).toBeLessThan(4000);
    }
  });

  it('escapeXml leaves nothing an XML parser would read as markup', () => {
    const random = seeded(60);
    for (let i = 0; i < 500; i++) {
      const text = hostileString(random);
      const escaped = escapeXml(text);
      expect(escaped).not.toMatch(/[<>"']|&(?!#\d+;)/);
      expect(() => parseSvg(`<t>${escaped}</t>`)).not.toThrow();
    }
  });
});
