import { describe, expect, it } from 'vitest';
import type { CertificateInfo } from '../cert/x509.ts';
import type { CipherSuite, Grade, ScanReport, TargetReport } from '../report/types.ts';
import { CATALOG } from './catalog.ts';
import { compareGrades, gradeAtLeast, gradeReport, gradeTarget, worstGrade } from './grade.ts';

const NOW = new Date('2026-06-01T00:00:00Z');

const suite = (name: string, over: Partial<CipherSuite> = {}): CipherSuite => ({
  name, standardName: null, forwardSecrecy: true, aead: true, bits: 128, weakness: null, ...over,
});

function leaf(over: Partial<CertificateInfo> = {}): CertificateInfo {
  return {
    subject: 'CN=example.test', issuer: 'CN=Test CA', commonNames: ['example.test'], serialNumber: '01',
    notBefore: '2026-03-01T00:00:00.000Z', notAfter: '2026-08-29T00:00:00.000Z',
    signatureAlgorithm: 'ecdsa-with-SHA256', signatureHash: 'sha256',
    publicKey: { type: 'ec', bits: 256, curve: 'P-256', oid: '1.2.840.10045.2.1' },
    subjectAltNames: { dnsNames: ['example.test'], srvNames: [], xmppAddrs: [], ipAddresses: [], uris: [], otherNames: [] },
    extendedKeyUsage: ['serverAuth', 'clientAuth'], isCa: false, selfIssued: false,
    sha256Fingerprint: 'aa', spkiSha256: 'bb', ...over,
  };
}

/** A target with nothing wrong except the absence of DANE: grade A. */
function good(): TargetReport {
  const features = { starttls: 'required' as const, mechanisms: [], compression: [], dialback: false, namespaces: ['urn:ietf:params:xml:ns:xmpp-tls'] };
  return {
    id: 'c2s-starttls-xmpp.example.test-5222-127.0.0.1',
    endpoint: { mode: 'c2s', transport: 'starttls', host: 'xmpp.example.test', port: 5222, address: '127.0.0.1', family: 4, source: 'srv', priority: 0, weight: 5 },
    reachable: true, connectError: null,
    stream: {
      headerFrom: 'example.test', headerVersion: '1.0', featuresBeforeTls: features,
      featuresAfterTls: { ...features, starttls: 'none', mechanisms: ['SCRAM-SHA-1', 'PLAIN'] }, featuresWithClientCertificate: null, streamError: null,
    },
    tls: {
      version: 'TLSv1.3', cipher: suite('TLS_AES_256_GCM_SHA384', { bits: 256 }), alpn: null,
      keyExchange: { type: 'ECDH', name: 'X25519', size: 253 }, dhGroupBits: null,
      protocols: { SSLv3: false, TLSv1: false, 'TLSv1.1': false, 'TLSv1.2': true, 'TLSv1.3': true },
      tls12Ciphers: [suite('ECDHE-ECDSA-AES256-GCM-SHA384', { bits: 256 }), suite('ECDHE-ECDSA-CHACHA20-POLY1305', { bits: 256 }), suite('ECDHE-ECDSA-AES128-GCM-SHA256')],
      serverCipherOrder: true, tls13Ciphers: ['TLS_AES_256_GCM_SHA384'], ocspStapled: false, compression: false,
      chain: [leaf()], trust: { trusted: true, error: null },
    },
    identity: { reference: 'example.test', mode: 'c2s', matched: true, method: 'dns-id', matchedValue: 'example.test', legacyCn: false, problems: [] },
    dane: { name: '_5222._tcp.xmpp.example.test', records: [], dnssecValidated: false, matched: null },
    limitHits: [], durationMs: 10, findings: [], grade: { grade: null, gradeIgnoringTrust: null, score: null, scoreParts: null, caps: [] },
  };
}

function grade(mutate: (t: TargetReport) => void) {
  const t = good();
  mutate(t);
  const r = gradeTarget(t, { now: NOW });
  return { ...r.grade, codes: r.findings.map((f) => f.code), findings: r.findings };
}

describe('gradeTarget', () => {
  it('gives A to a clean server without DANE, with a score from its parts', () => {
    const g = grade(() => {});
    expect(g.grade).toBe('A');
    expect(g.score).toBe(93);
    expect(g.caps).toEqual([]);
    expect(g.codes).toContain('no-dane');
  });

  it('gives A+ only with TLS 1.3, DNSSEC-validated matching DANE and no warnings', () => {
    const dane = { name: '_5222._tcp.xmpp.example.test', records: [{ usage: 3, selector: 1, matchingType: 1, data: 'bb' }], dnssecValidated: true, matched: true };
    expect(grade((t) => { t.dane = dane; }).grade).toBe('A+');
    expect(grade((t) => { t.dane = { ...dane, dnssecValidated: false }; }).grade).toBe('A');
    expect(grade((t) => { t.dane = dane; t.tls!.protocols['TLSv1.3'] = false; }).grade).toBe('A');
    expect(grade((t) => { t.dane = dane; t.tls!.tls12Ciphers.push(suite('ECDHE-ECDSA-AES128-SHA256', { aead: false })); }).grade).toBe('A');
    const mismatch = grade((t) => { t.dane = { ...dane, matched: false }; });
    expect(mismatch.grade).toBe('T');
    expect(mismatch.codes).toContain('dane-mismatch');
  });

  const capCases: { title: string; mutate: (t: TargetReport) => void; grade: Grade; code: string }[] = [
    { title: 'no STARTTLS at all', mutate: (t) => { t.stream!.featuresBeforeTls!.starttls = 'none'; t.tls = null; t.identity = null; }, grade: 'F', code: 'no-tls' },
    { title: 'PLAIN before TLS', mutate: (t) => { t.stream!.featuresBeforeTls!.starttls = 'offered'; t.stream!.featuresBeforeTls!.mechanisms = ['SCRAM-SHA-1', 'PLAIN']; }, grade: 'F', code: 'plain-before-tls' },
    { title: 'STARTTLS optional', mutate: (t) => { t.stream!.featuresBeforeTls!.starttls = 'offered'; }, grade: 'B', code: 'starttls-not-required' },
    { title: 'TLS 1.0', mutate: (t) => { t.tls!.protocols.TLSv1 = true; }, grade: 'B', code: 'tls1.0' },
    { title: 'TLS 1.1', mutate: (t) => { t.tls!.protocols['TLSv1.1'] = true; }, grade: 'B', code: 'tls1.1' },
    { title: 'SSL 3', mutate: (t) => { t.tls!.protocols.SSLv3 = true; }, grade: 'F', code: 'sslv3' },
    { title: 'no TLS 1.2', mutate: (t) => { t.tls!.protocols = { SSLv3: false, TLSv1: true, 'TLSv1.1': true, 'TLSv1.2': false, 'TLSv1.3': false }; t.tls!.version = 'TLSv1.1'; }, grade: 'C', code: 'no-tls1.2' },
    { title: 'no forward secrecy', mutate: (t) => { t.tls!.cipher = suite('AES256-GCM-SHA384', { forwardSecrecy: false, bits: 256 }); }, grade: 'B', code: 'no-forward-secrecy' },
    { title: 'no AEAD', mutate: (t) => { t.tls!.cipher = suite('ECDHE-RSA-AES256-SHA384', { aead: false, bits: 256 }); }, grade: 'B', code: 'no-aead' },
    { title: 'NULL cipher', mutate: (t) => { t.tls!.tls12Ciphers.push(suite('NULL-SHA256', { bits: 0, weakness: 'null', aead: false, forwardSecrecy: false })); }, grade: 'F', code: 'cipher-null' },
    { title: 'anonymous cipher', mutate: (t) => { t.tls!.tls12Ciphers.push(suite('ADH-AES128-GCM-SHA256', { weakness: 'anonymous' })); }, grade: 'F', code: 'cipher-anonymous' },
    { title: '3DES', mutate: (t) => { t.tls!.tls12Ciphers.push(suite('DES-CBC3-SHA', { bits: 112, weakness: '3des', aead: false, forwardSecrecy: false })); }, grade: 'C', code: 'cipher-3des' },
    { title: 'RC4', mutate: (t) => { t.tls!.tls12Ciphers.push(suite('RC4-SHA', { weakness: 'rc4', aead: false, forwardSecrecy: false })); }, grade: 'C', code: 'cipher-rc4' },
    { title: 'export cipher', mutate: (t) => { t.tls!.tls12Ciphers.push(suite('EXP-RC4-MD5', { bits: 40, weakness: 'export', aead: false, forwardSecrecy: false })); }, grade: 'F', code: 'cipher-export' },
    { title: 'single DES', mutate: (t) => { t.tls!.tls12Ciphers.push(suite('DES-CBC-SHA', { bits: 56, weakness: 'des', aead: false, forwardSecrecy: false })); }, grade: 'F', code: 'cipher-weak' },
    { title: 'RSA 1024', mutate: (t) => { t.tls!.chain[0] = leaf({ publicKey: { type: 'rsa', bits: 1024, curve: null, oid: '' } }); }, grade: 'B', code: 'key-too-small' },
    { title: 'RSA 512', mutate: (t) => { t.tls!.chain[0] = leaf({ publicKey: { type: 'rsa', bits: 512, curve: null, oid: '' } }); }, grade: 'F', code: 'key-broken' },
    { title: 'SHA-1 signature', mutate: (t) => { t.tls!.chain[0] = leaf({ signatureHash: 'sha1', signatureAlgorithm: 'sha1WithRSAEncryption' }); }, grade: 'C', code: 'signature-sha1' },
    { title: 'MD5 signature', mutate: (t) => { t.tls!.chain[0] = leaf({ signatureHash: 'md5', signatureAlgorithm: 'md5WithRSAEncryption' }); }, grade: 'F', code: 'signature-md5' },
    { title: '1024-bit DH', mutate: (t) => { t.tls!.dhGroupBits = 1024; }, grade: 'B', code: 'weak-dh' },
    { title: 'TLS compression', mutate: (t) => { t.tls!.compression = true; }, grade: 'C', code: 'tls-compression' },
    { title: 'stream compression', mutate: (t) => { t.stream!.featuresAfterTls!.compression = ['zlib']; }, grade: 'C', code: 'stream-compression' },
    { title: 'self-signed', mutate: (t) => { t.tls!.trust = { trusted: false, error: 'DEPTH_ZERO_SELF_SIGNED_CERT' }; }, grade: 'T', code: 'untrusted-self-signed' },
    { title: 'unknown issuer', mutate: (t) => { t.tls!.trust = { trusted: false, error: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' }; }, grade: 'T', code: 'untrusted-issuer' },
    { title: 'expired', mutate: (t) => { t.tls!.chain[0] = leaf({ notAfter: '2026-05-01T00:00:00.000Z' }); t.tls!.trust = { trusted: false, error: 'CERT_HAS_EXPIRED' }; }, grade: 'T', code: 'certificate-expired' },
    { title: 'wrong identity', mutate: (t) => { t.identity = { ...t.identity!, matched: false, method: null, matchedValue: null }; }, grade: 'T', code: 'identity-mismatch' },
    {
      title: 's2s by dialback only',
      mutate: (t) => {
        t.endpoint.mode = 's2s';
        t.stream!.featuresWithClientCertificate = { starttls: 'none', mechanisms: [], compression: [], dialback: true, namespaces: [] };
      },
      grade: 'B', code: 's2s-dialback-only',
    },
  ];
  for (const c of capCases) {
    it(`caps for ${c.title}`, () => {
      const g = grade(c.mutate);
      expect(g.grade).toBe(c.grade);
      expect(g.codes).toContain(c.code);
      const cap = g.caps.find((k) => k.code === c.code);
      expect(cap?.grade).toBe(c.grade);
      expect(cap?.reason.length).toBeGreaterThan(10);
    });
  }

  it('keeps what the grade would be without the trust failure, and lets F win over T', () => {
    const t = grade((x) => { x.tls!.trust = { trusted: false, error: 'DEPTH_ZERO_SELF_SIGNED_CERT' }; x.tls!.protocols.TLSv1 = true; });
    expect(t.grade).toBe('T');
    expect(t.gradeIgnoringTrust).toBe('B');
    const f = grade((x) => { x.tls!.trust = { trusted: false, error: 'DEPTH_ZERO_SELF_SIGNED_CERT' }; x.tls!.protocols.SSLv3 = true; });
    expect(f.grade).toBe('F');
  });

  it('reports the legacy CN match and near expiry as warnings that keep A', () => {
    const g = grade((t) => {
      t.identity = { ...t.identity!, method: 'cn', legacyCn: true };
      t.tls!.chain[0] = leaf({ notAfter: '2026-06-20T00:00:00.000Z' });
    });
    expect(g.grade).toBe('A');
    expect(g.codes).toEqual(expect.arrayContaining(['identity-cn-only', 'expires-soon']));
  });

  it('notes a missing clientAuth for s2s only', () => {
    const noClient = leaf({ extendedKeyUsage: ['serverAuth'] });
    expect(grade((t) => { t.tls!.chain[0] = noClient; }).codes).not.toContain('eku-no-client-auth');
    expect(grade((t) => { t.endpoint.mode = 's2s'; t.tls!.chain[0] = noClient; }).codes).toContain('eku-no-client-auth');
  });

  it('gives no grade to an unreachable target and F to a broken stream', () => {
    expect(grade((t) => { t.reachable = false; t.tls = null; t.connectError = 'ECONNREFUSED'; }).grade).toBeNull();
    const broken = grade((t) => { t.stream!.featuresBeforeTls = null; t.tls = null; t.limitHits = [{ limit: 'header-size', phase: 'stream header', detail: 'over 64 KiB' }]; });
    expect(broken.grade).toBe('F');
    expect(broken.codes).toEqual(expect.arrayContaining(['peer-limit', 'stream-broken']));
  });

  it('has a fix for Prosody and ejabberd on every finding', () => {
    for (const [code, entry] of Object.entries(CATALOG)) {
      expect(entry.fix.prosody.length, code).toBeGreaterThan(20);
      expect(entry.fix.ejabberd.length, code).toBeGreaterThan(20);
      expect(entry.fix.general.length, code).toBeGreaterThan(20);
    }
  });
});

describe('grades', () => {
  it('orders F worst, then T, then E…A+', () => {
    expect(worstGrade(['A', 'T', 'B'])).toBe('T');
    expect(worstGrade(['T', 'F'])).toBe('F');
    expect(worstGrade([null, 'A+'])).toBe('A+');
    expect(worstGrade([null])).toBeNull();
    expect(compareGrades('A+', 'A')).toBeGreaterThan(0);
    expect(gradeAtLeast('B', 'B')).toBe(true);
    expect(gradeAtLeast('T', 'E')).toBe(false);
    expect(gradeAtLeast(null, 'F')).toBe(false);
  });

  it('gives the domain its worst target grade', () => {
    const a = good();
    const b = good();
    b.id = 'b';
    b.tls!.protocols.TLSv1 = true;
    const s2s = good();
    s2s.endpoint.mode = 's2s';
    s2s.id = 's2s';
    const report: ScanReport = {
      schemaVersion: 1, scanner: { name: '@xmppsec/scanner', version: '0' }, domain: 'example.test', input: 'example.test', modes: ['c2s', 's2s'],
      startedAt: NOW.toISOString(), finishedAt: NOW.toISOString(), durationMs: 0,
      dns: { resolver: 'x', srv: {}, srvDnssec: {}, cnames: {}, addresses: {}, errors: [] },
      targets: [a, b, s2s], findings: [], grade: null, gradeIgnoringTrust: null, grades: { c2s: null, s2s: null },
    };
    const graded = gradeReport(report);
    expect(graded.grade).toBe('B');
    expect(graded.grades).toEqual({ c2s: 'B', s2s: 'A' });
    expect(gradeReport({ ...report, targets: [] }).findings.map((f) => f.code)).toEqual(['no-targets']);
  });
});
