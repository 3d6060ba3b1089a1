import { describe, expect, it } from 'vitest';
import { canonicalXepUrl, rfcNumberFromUrl, xepNumberFromName, xepNumberFromUrl } from './spec-urls.ts';

describe('xepNumberFromUrl', () => {
  it.each([
    ['https://xmpp.org/extensions/xep-0030.html', 30],
    ['http://xmpp.org/extensions/xep-0030.html', 30],
    ['https://www.xmpp.org/extensions/xep-0030.html', 30],
    ['https://xmpp.org/extensions/xep-0030', 30],
    ['https://xmpp.org/extensions/xep-0030.html#disco', 30],
    ['https://xmpp.org/extensions/attic/xep-0045-1.25.html', 45],
    [' https://xmpp.org/extensions/xep-0384.html ', 384],
  ] as const)('%s is XEP %i', (url, n) => {
    expect(xepNumberFromUrl(url)).toBe(n);
  });

  it.each([
    'https://example.org/extensions/xep-0030.html',
    'https://xmpp.org/rfcs/rfc6120.html',
    'https://xmpp.org/extensions/xep-abcd.html',
    'https://xmpp.org/extensions/xep-0000.html',
    'ftp://xmpp.org/extensions/xep-0030.html',
    'XEP-0030',
    '',
  ])('%s is not a XEP URL', (url) => {
    expect(xepNumberFromUrl(url)).toBeUndefined();
  });

  it('writes the canonical form and recognises XEP names', () => {
    expect(canonicalXepUrl(30)).toBe('https://xmpp.org/extensions/xep-0030.html');
    expect(['XEP-0030', 'xep 30', 'xep0030'].map(xepNumberFromName)).toEqual([30, 30, 30]);
    expect(xepNumberFromName('jingle')).toBeUndefined();
  });
});

describe('rfcNumberFromUrl', () => {
  it.each([
    ['https://www.rfc-editor.org/info/rfc6120', 6120],
    ['https://www.rfc-editor.org/rfc/rfc6120.html', 6120],
    ['https://www.rfc-editor.org/rfc/rfc6120.txt', 6120],
    ['https://xmpp.org/rfcs/rfc6121.html', 6121],
    ['https://tools.ietf.org/html/rfc6122', 6122],
    ['https://datatracker.ietf.org/doc/html/rfc7590', 7590],
    ['https://datatracker.ietf.org/doc/rfc7590/', 7590],
    ['http://www.ietf.org/rfc/rfc3920.txt', 3920],
  ] as const)('%s is RFC %i', (url, n) => {
    expect(rfcNumberFromUrl(url)).toBe(n);
  });

  it.each([
    'https://datatracker.ietf.org/doc/draft-ietf-dance-client-auth',
    'http://www.unicode.org/reports/tr39/',
    'https://example.org/rfc6120',
  ])('%s is not an RFC', (url) => {
    expect(rfcNumberFromUrl(url)).toBeUndefined();
  });
});
