import { z } from 'zod';

/**
 * A reference to a specification as people write it in the register: `XEP-0220`, `RFC 6120`,
 * optionally narrowed to a section (`RFC 6120 §13.7`). One spelling only, so references
 * compare and sort as plain strings and a diff never shows a mere respelling.
 */
export const SPEC_REF_PATTERN = /^(?:XEP-\d{4}|RFC [1-9]\d{0,4})(?: §\d+(?:\.\d+)*)?$/;

export const SpecRefSchema = z
  .string()
  .regex(SPEC_REF_PATTERN, 'write a specification reference as XEP-NNNN or RFC N, optionally followed by " §section"');
export type SpecRef = z.infer<typeof SpecRefSchema>;

export interface ParsedSpecRef {
  kind: 'xep' | 'rfc';
  number: number;
  section?: string;
}

export function parseSpecRef(ref: string): ParsedSpecRef | undefined {
  const match = /^(XEP-|RFC )(\d+)(?: §([\d.]+))?$/.exec(ref);
  if (!match) return undefined;
  const kind = match[1] === 'XEP-' ? 'xep' : 'rfc';
  const parsed: ParsedSpecRef = { kind, number: Number(match[2]) };
  if (match[3] !== undefined) parsed.section = match[3];
  return parsed;
}

export function xepLabel(number: number): string {
  return `XEP-${String(number).padStart(4, '0')}`;
}

export function xepUrl(number: number): string {
  return `https://xmpp.org/extensions/xep-${String(number).padStart(4, '0')}.html`;
}

export function rfcUrl(number: number, section?: string): string {
  return `https://www.rfc-editor.org/rfc/rfc${number}${section ? `#section-${section}` : ''}`;
}

export function cveUrl(id: string): string {
  return `https://www.cve.org/CVERecord?id=${encodeURIComponent(id)}`;
}

export function specRefUrl(ref: string): string | undefined {
  const parsed = parseSpecRef(ref);
  if (!parsed) return undefined;
  return parsed.kind === 'xep' ? xepUrl(parsed.number) : rfcUrl(parsed.number, parsed.section);
}
