import type { Grade } from '@xmppsec/scanner';

/**
 * A small SVG badge ("XMPP | A") that operators embed on their pages. It is static markup:
 * no script, no external reference, every text escaped, so it is safe to serve from our
 * origin and to embed anywhere. Pure.
 */

export interface BadgeInput {
  label: string;
  message: string;
  colour: string;
  /** The accessible name and tooltip. */
  title: string;
}

const GRADE_COLOURS: Record<Grade, string> = {
  'A+': '#1a7f37',
  A: '#2da44e',
  B: '#8a9a00',
  C: '#c69026',
  D: '#d9661f',
  E: '#d1453b',
  T: '#a0153e',
  F: '#b31d28',
};
const NO_GRADE_COLOUR = '#8c959f';
const MAX_TEXT = 40;

export function gradeBadge(domain: string, grade: Grade | null, scanned: boolean): BadgeInput {
  if (!scanned) return { label: 'XMPP', message: 'not scanned', colour: NO_GRADE_COLOUR, title: `${domain}: not scanned by the xmppsec observatory` };
  if (grade === null) return { label: 'XMPP', message: 'unreachable', colour: NO_GRADE_COLOUR, title: `${domain}: no XMPP server could be reached` };
  return { label: 'XMPP', message: grade, colour: GRADE_COLOURS[grade], title: `${domain}: XMPP security grade ${grade} (xmppsec observatory)` };
}

export function escapeXml(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** XML 1.0 forbids most control characters, lone surrogates and U+FFFE/U+FFFF even as references. */
function stripInvalidXmlChars(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}

const MAX_TITLE = 200;
const clip = (text: string, max = MAX_TEXT) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Verdana 11px is about 7 px per character on average; narrow letters are about 4. */
function textWidth(text: string): number {
  let width = 0;
  for (const c of text) width += /[ilj.,:;'|!I1 ]/.test(c) ? 4 : /[mwMW@]/.test(c) ? 10 : 7;
  return width;
}

const COLOUR = /^#[0-9a-f]{6}$/i;

export function renderBadge(input: BadgeInput): string {
  const label = clip(input.label);
  const message = clip(input.message);
  const colour = COLOUR.test(input.colour) ? input.colour : NO_GRADE_COLOUR;
  const left = textWidth(label) + 12;
  const right = textWidth(message) + 12;
  const width = left + right;
  const title = escapeXml(clip(input.title, MAX_TITLE));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" viewBox="0 0 ${width} 20" role="img" aria-label="${escapeXml(`${label}: ${message}`)}">`,
    `<title>${title}</title>`,
    `<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>`,
    `<clipPath id="r"><rect width="${width}" height="20" rx="3" fill="#fff"/></clipPath>`,
    `<g clip-path="url(#r)"><rect width="${left}" height="20" fill="#555"/><rect x="${left}" width="${right}" height="20" fill="${colour}"/><rect width="${width}" height="20" fill="url(#s)"/></g>`,
    `<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">`,
    `<text x="${left / 2}" y="15" fill="#010101" fill-opacity=".3">${escapeXml(label)}</text><text x="${left / 2}" y="14">${escapeXml(label)}</text>`,
    `<text x="${left + right / 2}" y="15" fill="#010101" fill-opacity=".3">${escapeXml(message)}</text><text x="${left + right / 2}" y="14">${escapeXml(message)}</text>`,
    `</g></svg>`,
  ].join('');
}
