import { X509Certificate } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCa, issueTestCertificate, opensslDate, type TestCa } from '../fleet/certs.ts';
import { CertificateParseError, parseCertificate, pemToDers } from './x509.ts';

let dir: string;
let ca: TestCa;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'xmppsec-x509-'));
  ca = await createTestCa(dir);
});
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('parseCertificate', () => {
  it('reads dNSName, SRVName and XmppAddr values exactly, including separators', async () => {
    const cert = await issueTestCertificate(ca, {
      name: 'mixed',
      commonName: 'mixed.test',
      dnsNames: ['mixed.test', 'evil.test, DNS:victim.test'],
      srvNames: ['_xmpp-client.mixed.test', '_xmpp-server.mixed.test'],
      xmppAddrs: ['mixed.test', 'bücher.test', 'a, b'],
      keyType: 'rsa2048',
      extendedKeyUsage: ['serverAuth', 'clientAuth'],
    });
    const parsed = parseCertificate(cert.der);
    expect(parsed.subjectAltNames.dnsNames).toEqual(['mixed.test', 'evil.test, DNS:victim.test']);
    expect(parsed.subjectAltNames.srvNames).toEqual(['_xmpp-client.mixed.test', '_xmpp-server.mixed.test']);
    expect(parsed.subjectAltNames.xmppAddrs).toEqual(['mixed.test', 'bücher.test', 'a, b']);
    expect(parsed.commonNames).toEqual(['mixed.test']);
    expect(parsed.publicKey).toMatchObject({ type: 'rsa', bits: 2048 });
    expect(parsed.signatureAlgorithm).toBe('ecdsa-with-SHA256');
    expect(parsed.extendedKeyUsage).toEqual(['serverAuth', 'clientAuth']);
    expect(parsed.isCa).toBe(false);
    // Cross-check against Node's own reading of the same certificate.
    const node = new X509Certificate(cert.certPem);
    expect(parsed.sha256Fingerprint.toUpperCase()).toBe(node.fingerprint256.replace(/:/g, ''));
    expect(new Date(parsed.notAfter).getTime()).toBe(new Date(node.validTo).getTime());
    expect(parsed.serialNumber.toUpperCase()).toBe(node.serialNumber.padStart(parsed.serialNumber.length, '0'));
    expect(parsed.subject).toContain('CN=mixed.test');
  });

  it('reads EC keys, SHA-1 signatures, explicit dates and a missing EKU', async () => {
    const cert = await issueTestCertificate(ca, {
      name: 'ec-sha1', commonName: 'old.test', keyType: 'ec384', hash: 'sha1',
      startDate: '20200101000000Z', endDate: '20210101000000Z',
    });
    const parsed = parseCertificate(cert.der);
    expect(parsed.publicKey).toMatchObject({ type: 'ec', bits: 384, curve: 'P-384' });
    expect(parsed.signatureHash).toBe('sha1');
    expect(parsed.notBefore).toBe('2020-01-01T00:00:00.000Z');
    expect(parsed.notAfter).toBe('2021-01-01T00:00:00.000Z');
    expect(parsed.extendedKeyUsage).toBeNull();
    expect(parsed.subjectAltNames.dnsNames).toEqual([]);
  });

  it('tells self-signed from CA-issued and reads the CA flag', async () => {
    const self = parseCertificate((await issueTestCertificate(ca, { name: 'self', commonName: 'self.test', selfSigned: true, dnsNames: ['self.test'] })).der);
    expect(self.selfIssued).toBe(true);
    const root = parseCertificate(pemToDers(ca.certPem)[0] as Uint8Array);
    expect(root.isCa).toBe(true);
    expect(root.selfIssued).toBe(true);
    const leaf = parseCertificate((await issueTestCertificate(ca, { name: 'leaf', dnsNames: ['leaf.test'], endDate: opensslDate(new Date(Date.UTC(2030, 0, 1))) })).der);
    expect(leaf.selfIssued).toBe(false);
    expect(leaf.commonNames).toEqual([]);
    expect(leaf.issuer).toBe(root.subject);
  });

  it('rejects truncated, padded and random input with a clear error', () => {
    const good = pemToDers(ca.certPem)[0] as Uint8Array;
    expect(() => parseCertificate(good.subarray(0, good.length - 1))).toThrow(CertificateParseError);
    expect(() => parseCertificate(new Uint8Array([...good, 0]))).toThrow(/trailing/);
    expect(() => parseCertificate(new Uint8Array([0x30, 0x80, 0, 0]))).toThrow(/indefinite/);
  });

  it('never throws anything but CertificateParseError on mutated certificates (seeded fuzz)', () => {
    const good = pemToDers(ca.certPem)[0] as Uint8Array;
    let seed = 0x5eed;
    const rand = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed; };
    let parsedOk = 0;
    for (let n = 0; n < 3000; n++) {
      const bytes = Uint8Array.from(good);
      const flips = 1 + (rand() % 4);
      for (let f = 0; f < flips; f++) bytes[rand() % bytes.length] = rand() & 0xff;
      const cut = rand() % 5 === 0 ? bytes.subarray(0, rand() % bytes.length) : bytes;
      try {
        parseCertificate(cut);
        parsedOk++;
      } catch (error) {
        expect(error).toBeInstanceOf(CertificateParseError);
      }
    }
    expect(parsedOk).toBeGreaterThan(0);
  });
});
