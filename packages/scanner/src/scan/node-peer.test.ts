/**
 * End-to-end scans of a Node-TLS XMPP peer configured with what current Prosody and
 * ejabberd builds refuse: RSA-1024 keys, SHA-1 signatures, 1024-bit DH, stapled OCSP,
 * a chain sent in a surprising order.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCa, issueTestCertificate, openssl, type TestCa } from '../fleet/certs.ts';
import { startTestDnsServer, type TestDnsServer } from '../fleet/dns-server.ts';
import { startNodeXmppPeer, type NodeXmppPeer, type NodeXmppPeerOptions } from '../fleet/node-xmpp-peer.ts';
import { servicesAvailable } from '../fleet/services.ts';
import { scanDomain } from './scan-domain.ts';

const available = servicesAvailable('node-peer scans', ['openssl']);
let dir: string;
let ca: TestCa;
let dns: TestDnsServer;
const peers: NodeXmppPeer[] = [];

beforeAll(async () => {
  if (!available) return;
  dir = await mkdtemp(join(tmpdir(), 'xmppsec-nodepeer-'));
  ca = await createTestCa(dir);
  dns = await startTestDnsServer({ records: [] });
});
afterAll(async () => {
  await Promise.all(peers.map((p) => p.stop()));
  await dns?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function scanPeer(domain: string, options: NodeXmppPeerOptions) {
  const peer = await startNodeXmppPeer(options);
  peers.push(peer);
  dns.records.push(
    { name: `_xmpp-client._tcp.${domain}`, ttl: 60, type: 'SRV', priority: 0, weight: 0, port: peer.port, target: `xmpp.${domain}` },
    { name: `xmpp.${domain}`, ttl: 60, type: 'A', address: '127.0.0.1' },
  );
  return scanDomain(domain, { mode: 'c2s', resolver: dns.address, extraCa: [ca.certPem] });
}

describe.skipIf(!available)('scans of a Node TLS peer', () => {
  it('finds an RSA-1024 key, a SHA-1 signature and a 1024-bit DH group, and caps the grade', async () => {
    const cert = await issueTestCertificate(ca, { name: 'weak', dnsNames: ['weak.test'], keyType: 'rsa1024', hash: 'sha1' });
    await openssl(['dhparam', '-out', join(dir, 'dh1024.pem'), '1024']);
    const report = await scanPeer('weak.test', {
      tls: {
        key: await readFile(cert.keyPath), cert: await readFile(cert.chainPath), dhparam: await readFile(join(dir, 'dh1024.pem')),
        minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2', ciphers: 'DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:@SECLEVEL=0',
      },
    });
    const target = report.targets[0]!;
    expect(target.tls, JSON.stringify({ error: target.connectError, stream: target.stream, limits: target.limitHits })).not.toBeNull();
    expect(target.tls?.chain[0]?.publicKey).toMatchObject({ type: 'rsa', bits: 1024 });
    expect(target.tls?.dhGroupBits).toBe(1024);
    expect(target.tls?.tls12Ciphers.map((c) => c.name).sort()).toEqual(['DHE-RSA-AES128-GCM-SHA256', 'DHE-RSA-AES256-GCM-SHA384']);
    expect(target.tls?.protocols['TLSv1.3']).toBe(false);
    const codes = target.findings.map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['key-too-small', 'signature-sha1', 'weak-dh', 'no-tls1.3']));
    expect(report.grade).toBe('C');
  });

  it('reports a stapled OCSP response and the chain in the order it was sent', async () => {
    const cert = await issueTestCertificate(ca, { name: 'ocsp', dnsNames: ['ocsp.test'] });
    const stray = await issueTestCertificate(ca, { name: 'stray', dnsNames: ['stray.test'] });
    const report = await scanPeer('ocsp.test', {
      tls: { key: await readFile(cert.keyPath), cert: cert.certPem + stray.certPem + ca.certPem },
      ocspResponse: Buffer.from('not really DER, but stapled'),
    });
    const target = report.targets[0]!;
    expect(target.tls?.ocspStapled).toBe(true);
    expect(target.tls?.chain.map((c) => c.subjectAltNames.dnsNames[0] ?? 'CA')).toEqual(['ocsp.test', 'stray.test', 'CA']);
    expect(target.findings.map((f) => f.code)).not.toContain('ocsp-not-stapled');
  });

  it('grades a stream that offers PLAIN before an optional STARTTLS as F', async () => {
    const cert = await issueTestCertificate(ca, { name: 'plain', dnsNames: ['plain.test'] });
    const report = await scanPeer('plain.test', { tls: { key: await readFile(cert.keyPath), cert: cert.chainPath && await readFile(cert.chainPath) }, weakStream: true });
    expect(report.grade).toBe('F');
    expect(report.targets[0]?.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['plain-before-tls', 'starttls-not-required']));
  });
});
