/**
 * Recognising XEP and RFC references in the URL styles real DOAP files use:
 * `http(s)://(www.)xmpp.org/extensions/xep-0030.html`, and RFCs on rfc-editor.org, xmpp.org,
 * tools.ietf.org, datatracker.ietf.org and ietf.org.
 */

function parseHttpUrl(value: string): URL | undefined {
  if (!URL.canParse(value)) return undefined;
  const url = new URL(value);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
}

function hostWithoutWww(url: URL): string {
  const host = url.hostname.toLowerCase();
  return host.startsWith('www.') ? host.slice(4) : host;
}

/** Digits only, as a positive integer below `max`; undefined otherwise. */
function specNumber(digits: string, max: number): number | undefined {
  if (digits.length === 0 || digits.length > 5) return undefined;
  for (const ch of digits) if (ch < '0' || ch > '9') return undefined;
  const n = Number(digits);
  return n > 0 && n < max ? n : undefined;
}

/**
 * The XEP number of a xmpp.org extension URL: `/extensions/xep-0030.html`, also without `.html`,
 * with a fragment, or an attic copy `/extensions/attic/xep-0030-1.2.html`.
 */
export function xepNumberFromUrl(value: string): number | undefined {
  const url = parseHttpUrl(value.trim());
  if (!url || hostWithoutWww(url) !== 'xmpp.org') return undefined;
  const segments = url.pathname.split('/').filter((s) => s !== '');
  if (segments[0] !== 'extensions') return undefined;
  const rest = segments.slice(1);
  if (rest[0] === 'attic') rest.shift();
  if (rest.length !== 1) return undefined;
  let file = (rest[0] ?? '').toLowerCase();
  if (!file.startsWith('xep-')) return undefined;
  file = file.slice(4);
  if (file.endsWith('.html')) file = file.slice(0, -5);
  // An attic copy carries the XEP version after the number: xep-0030-2.4.html.
  const dash = file.indexOf('-');
  const digits = dash >= 0 ? file.slice(0, dash) : file;
  return specNumber(digits, 10_000);
}

export function canonicalXepUrl(n: number): string {
  return `https://xmpp.org/extensions/xep-${String(n).padStart(4, '0')}.html`;
}

/** "XEP-0030", "xep-30", "0030": a XEP written as a name instead of a URL, for hints only. */
export function xepNumberFromName(value: string): number | undefined {
  let s = value.trim().toLowerCase();
  if (s.startsWith('xep-') || s.startsWith('xep ')) s = s.slice(4);
  else if (s.startsWith('xep')) s = s.slice(3);
  return specNumber(s, 10_000);
}

const RFC_HOSTS = new Set(['rfc-editor.org', 'xmpp.org', 'tools.ietf.org', 'datatracker.ietf.org', 'ietf.org']);

/**
 * The RFC number of an RFC URL, in any of: rfc-editor.org/info/rfcN, rfc-editor.org/rfc/rfcN(.txt|.html),
 * xmpp.org/rfcs/rfcN.html, tools.ietf.org/html/rfcN, datatracker.ietf.org/doc/(html/)rfcN, ietf.org/rfc/rfcN.txt.
 */
export function rfcNumberFromUrl(value: string): number | undefined {
  const url = parseHttpUrl(value.trim());
  if (!url || !RFC_HOSTS.has(hostWithoutWww(url))) return undefined;
  const segments = url.pathname.split('/').filter((s) => s !== '');
  const last = (segments.at(-1) ?? '').toLowerCase();
  if (!last.startsWith('rfc')) return undefined;
  let digits = last.slice(3);
  for (const ext of ['.html', '.txt', '.pdf', '.xml']) {
    if (digits.endsWith(ext)) digits = digits.slice(0, -ext.length);
  }
  return specNumber(digits, 100_000);
}
