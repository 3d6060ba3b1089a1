/**
 * Escaping for everything the register writes. Text comes from YAML that anyone can propose in
 * a pull request, so every value is treated as hostile: characters XML 1.0 forbids (which make a
 * strict parser reject the whole page) become U+FFFD, and markup characters become references.
 */

// Control characters XML 1.0 forbids, the two non-characters, and unpaired surrogates.
// eslint-disable-next-line no-control-regex -- rejecting control characters is the point
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripInvalidXmlChars(text: string): string {
  return text.replace(INVALID_XML_CHARS, '\uFFFD');
}

const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for XML/HTML element content and quoted attribute values alike. */
export function escapeXml(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>"']/g, (c) => XML_ENTITIES[c] ?? c);
}

/**
 * Escapes one line of text for Markdown (CommonMark) so that it renders literally: no raw HTML,
 * no emphasis, no links or images, no table-cell breaks, no block syntax at the line start.
 * Only what could change the meaning is escaped, so the source stays readable in a diff.
 */
export function escapeMarkdown(text: string): string {
  const inline = stripInvalidXmlChars(text)
    .replace(/\r?\n/g, ' ')
    .replace(/[\\`*_[\]<>|&~]/g, (c) => `\\${c}`);
  return inline.replace(/^(\s*)([#+=-]|\d+(?=[.)]))/, (_m, space: string, mark: string) =>
    /^\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`,
  );
}

/** Escapes text for a double-quoted DOT string. */
export function escapeDot(text: string): string {
  return stripInvalidXmlChars(text)
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\r?\n/g, '\\n');
}

/** An identifier safe in HTML id attributes and URL fragments, derived from trusted-shape slugs. */
export function safeId(text: string): string {
  const cleaned = text.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return cleaned === '' ? 'x' : cleaned.slice(0, 80);
}
