import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCertificate } from '../cert/x509.ts';
import { createTestCa, issueTestCertificate, type CertificateSpec, type TestCa } from '../fleet/certs.ts';
import { matchIdentity, type IdentityMethod, type IdentityProblemCode, type MatchOptions, type XmppMode } from './match-identity.ts';
import { normaliseDomain, toAsciiDomain } from './domain-name.ts';

interface Case {
  title: string;
  cert: Omit<CertificateSpec, 'name'>;
  domain: string;
  mode: XmppMode;
  options?: MatchOptions;
  method: IdentityMethod | null;
  problems?: IdentityProblemCode[];
}

const cases: Case[] = [
  { title: 'exact DNS-ID', cert: { dnsNames: ['example.test'] }, domain: 'example.test', mode: 'c2s', method: 'dns-id' },
  { title: 'DNS-ID compares case-insensitively', cert: { dnsNames: ['EXAMPLE.Test'] }, domain: 'Example.TEST.', mode: 's2s', method: 'dns-id' },
  { title: 'DNS-ID for another domain', cert: { dnsNames: ['other.test'] }, domain: 'example.test', mode: 'c2s', method: null },
  { title: 'wildcard matches one label', cert: { dnsNames: ['*.example.test'] }, domain: 'chat.example.test', mode: 'c2s', method: 'dns-id-wildcard' },
  { title: 'wildcard does not match the base domain', cert: { dnsNames: ['*.example.test'] }, domain: 'example.test', mode: 'c2s', method: null, problems: ['wildcard-not-matching-base'] },
  { title: 'wildcard does not match two labels', cert: { dnsNames: ['*.example.test'] }, domain: 'a.b.example.test', mode: 'c2s', method: null },
  { title: 'partial-label wildcard is refused', cert: { dnsNames: ['ch*t.example.test'] }, domain: 'chat.example.test', mode: 'c2s', method: null, problems: ['misplaced-wildcard'] },
  { title: 'prefix wildcard is refused', cert: { dnsNames: ['*chat.example.test'] }, domain: 'chat.example.test', mode: 'c2s', method: null, problems: ['misplaced-wildcard'] },
  { title: 'wildcard in an inner label is refused', cert: { dnsNames: ['chat.*.test'] }, domain: 'chat.example.test', mode: 'c2s', method: null, problems: ['misplaced-wildcard'] },
  { title: 'double wildcard is refused', cert: { dnsNames: ['*.*.test'] }, domain: 'chat.example.test', mode: 'c2s', method: null, problems: ['misplaced-wildcard'] },
  { title: 'wildcard over a TLD is refused', cert: { dnsNames: ['*.test'] }, domain: 'example.test', mode: 'c2s', method: null, problems: ['wildcard-too-broad'] },
  { title: 'IDN domain matches its A-label DNS-ID', cert: { dnsNames: ['xn--bcher-kva.test'] }, domain: 'BÜCHER.test', mode: 'c2s', method: 'dns-id' },
  { title: 'U-label XmppAddr matches the A-label domain', cert: { xmppAddrs: ['bücher.test'] }, domain: 'xn--bcher-kva.test', mode: 's2s', method: 'xmpp-addr' },
  { title: 'wildcard covers an IDN first label', cert: { dnsNames: ['*.example.test'] }, domain: 'bücher.example.test', mode: 'c2s', method: 'dns-id-wildcard' },
  { title: 'c2s SRV-ID', cert: { srvNames: ['_xmpp-client.example.test'] }, domain: 'example.test', mode: 'c2s', method: 'srv-id' },
  { title: 's2s SRV-ID', cert: { srvNames: ['_xmpp-server.example.test'] }, domain: 'example.test', mode: 's2s', method: 'srv-id' },
  { title: 'SRV-ID for the other service does not match', cert: { srvNames: ['_xmpp-client.example.test'] }, domain: 'example.test', mode: 's2s', method: null, problems: ['srv-id-other-service'] },
  { title: 'SRV-ID may not carry a wildcard', cert: { srvNames: ['_xmpp-client.*.test'] }, domain: 'example.test', mode: 'c2s', method: null, problems: ['misplaced-wildcard'] },
  { title: 'XmppAddr bare domain', cert: { xmppAddrs: ['example.test'] }, domain: 'example.test', mode: 's2s', method: 'xmpp-addr' },
  { title: 'XmppAddr with a local part is not a server identity', cert: { xmppAddrs: ['admin@example.test'] }, domain: 'example.test', mode: 'c2s', method: null, problems: ['xmpp-addr-not-bare-domain'] },
  { title: 'XmppAddr with a resource is not a server identity', cert: { xmppAddrs: ['example.test/res'] }, domain: 'example.test', mode: 'c2s', method: null, problems: ['xmpp-addr-not-bare-domain'] },
  { title: 'XmppAddr wildcard is refused', cert: { xmppAddrs: ['*.example.test'] }, domain: 'chat.example.test', mode: 'c2s', method: null, problems: ['xmpp-addr-wildcard'] },
  { title: 'CN used only without SAN identifiers, as legacy', cert: { commonName: 'example.test' }, domain: 'example.test', mode: 'c2s', method: 'cn' },
  { title: 'CN ignored when a DNS-ID is present', cert: { commonName: 'example.test', dnsNames: ['other.test'] }, domain: 'example.test', mode: 'c2s', method: null, problems: ['cn-ignored-san-present'] },
  { title: 'CN ignored when only an XmppAddr is present', cert: { commonName: 'example.test', xmppAddrs: ['other.test'] }, domain: 'example.test', mode: 's2s', method: null, problems: ['cn-ignored-san-present'] },
  { title: 'a DNS-ID holding ", DNS:" is one value, not two', cert: { dnsNames: ['evil.test, DNS:example.test'] }, domain: 'example.test', mode: 'c2s', method: null, problems: ['invalid-dns-name'] },
  { title: 'an XmppAddr holding ", " is one value', cert: { xmppAddrs: ['evil.test, example.test'] }, domain: 'example.test', mode: 's2s', method: null },
  { title: 'a CN holding commas is one value', cert: { commonName: 'evil.test, CN=example.test' }, domain: 'example.test', mode: 'c2s', method: null },
  {
    title: 'the SRV target is not an identity without proven delegation',
    cert: { dnsNames: ['xmpp.hosting.test'] }, domain: 'example.test', mode: 'c2s',
    options: { unprovenTargets: ['xmpp.hosting.test'] }, method: null, problems: ['matches-srv-target-only'],
  },
  {
    title: 'the SRV target is accepted when delegation is proven',
    cert: { dnsNames: ['xmpp.hosting.test'] }, domain: 'example.test', mode: 'c2s',
    options: { delegatedNames: ['xmpp.hosting.test'] }, method: 'delegated-dns-id',
  },
  { title: 'any one matching identifier among many suffices', cert: { dnsNames: ['a.test', '*.b.test'], srvNames: ['_xmpp-server.example.test'], xmppAddrs: ['c.test'] }, domain: 'example.test', mode: 's2s', method: 'srv-id' },
];

let dir: string;
let ca: TestCa;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'xmppsec-identity-'));
  ca = await createTestCa(dir);
});
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('matchIdentity on generated certificates', () => {
  cases.forEach((c, index) => {
    it(c.title, async () => {
      const cert = parseCertificate((await issueTestCertificate(ca, { name: `case${index}`, ...c.cert })).der);
      const result = matchIdentity(c.domain, c.mode, { ...cert.subjectAltNames, commonNames: cert.commonNames }, c.options);
      expect(result.method).toBe(c.method);
      expect(result.matched).toBe(c.method !== null);
      expect(result.legacyCn).toBe(c.method === 'cn');
      expect(result.problems.map((p) => p.code)).toEqual(c.problems ?? []);
    });
  });
});

describe('matchIdentity on values openssl will not encode', () => {
  it('refuses raw UTF-8 in a dNSName', () => {
    const r = matchIdentity('bücher.test', 'c2s', { dnsNames: ['bÃ¼cher.test'], srvNames: [], xmppAddrs: [], commonNames: [] });
    expect(r.matched).toBe(false);
    expect(r.problems[0]?.code).toBe('non-ascii-dns-name');
  });
});

describe('domain names', () => {
  it('normalises to lower-case A-labels', () => {
    expect(normaliseDomain('Bücher.Example.')).toBe('xn--bcher-kva.example');
    expect(toAsciiDomain('127.0.0.1')).toBeNull();
    expect(toAsciiDomain('a..b')).toBeNull();
    expect(toAsciiDomain('user@example.org')).toBeNull();
    expect(() => normaliseDomain('exa mple.org')).toThrow(/not a valid domain/);
  });
});
