import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCertificate, pemToDers, type ParsedCertificate } from '../cert/x509.ts';
import { createTestCa, issueTestCertificate } from '../fleet/certs.ts';
import { matchTlsa, tlsaName } from './dane.ts';

let dir: string;
let leaf: ParsedCertificate;
let root: ParsedCertificate;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'xmppsec-dane-'));
  const ca = await createTestCa(dir);
  leaf = parseCertificate((await issueTestCertificate(ca, { name: 'leaf', dnsNames: ['dane.test'] })).der);
  root = parseCertificate(pemToDers(ca.certPem)[0]!);
});
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

const sha = (alg: string, d: Uint8Array) => createHash(alg).update(d).digest('hex');

describe('matchTlsa', () => {
  it('matches DANE-EE on the leaf SPKI and certificate, SHA-256 and SHA-512', () => {
    const chain = [leaf, root];
    expect(matchTlsa([{ usage: 3, selector: 1, matchingType: 1, data: sha('sha256', leaf.spkiDer) }], chain, false).matched).toBe(true);
    expect(matchTlsa([{ usage: 3, selector: 0, matchingType: 2, data: sha('sha512', leaf.der) }], chain, false).matched).toBe(true);
    expect(matchTlsa([{ usage: 3, selector: 0, matchingType: 0, data: Buffer.from(leaf.der).toString('hex') }], chain, false).matched).toBe(true);
    expect(matchTlsa([{ usage: 3, selector: 1, matchingType: 1, data: sha('sha256', root.spkiDer) }], chain, false).matched).toBe(false);
  });

  it('matches DANE-TA above the leaf only, and PKIX usages only with a valid chain', () => {
    const ta = { usage: 2, selector: 1, matchingType: 1, data: sha('sha256', root.spkiDer) };
    expect(matchTlsa([ta], [leaf, root], false).matches[0]?.certificateIndex).toBe(1);
    expect(matchTlsa([{ ...ta, data: sha('sha256', leaf.spkiDer) }], [leaf, root], false).matched).toBe(false);
    const pkix = { usage: 1, selector: 1, matchingType: 1, data: sha('sha256', leaf.spkiDer) };
    expect(matchTlsa([pkix], [leaf], false).matched).toBe(false);
    expect(matchTlsa([pkix], [leaf], true).matched).toBe(true);
  });

  it('sets aside records with unknown parameters', () => {
    const r = matchTlsa([{ usage: 9, selector: 1, matchingType: 1, data: '00' }], [leaf], true);
    expect(r.matched).toBe(false);
    expect(r.unusable).toHaveLength(1);
    expect(tlsaName('xmpp.example.org', 5269)).toBe('_5269._tcp.xmpp.example.org');
  });
});
