/**
 * The TLS probes of one endpoint beyond the main stream: which versions are accepted,
 * which TLS 1.2 and 1.3 suites (by elimination), and, with hand-built hellos, what OpenSSL 3
 * cannot offer any more. Each takes a function that runs one probe through the limiter.
 */
import type { CipherSuite, TlsVersionName } from '../report/types.ts';
import { classifyCipher, TLS12_CANDIDATES, TLS13_SUITES } from '../tls/cipher-suites.ts';
import { COMMON_SUITES, LEGACY_SUITES, type HelloAnswer, type HelloSpec } from '../tls/raw-hello.ts';
import type { HandshakeOutcome, TlsFacts, TlsParams } from '../xmpp/probe.ts';

const PROBE_CIPHERS = 'ALL:@SECLEVEL=0';
const MAX_ENUMERATION = 60;
const TLS12_CHUNKS = 4;

export type Handshake = (probe: string, params: TlsParams) => Promise<HandshakeOutcome | null>;
export type RawHello = (probe: string, spec: HelloSpec) => Promise<HelloAnswer | null>;

/** What OpenSSL 3 cannot offer any more: SSL 3.0, TLS compression, RC4/DES/3DES/export suites. */
export async function probeLegacy(rawHello: RawHello): Promise<{ sslv3: boolean | null; compression: boolean | null; suites: CipherSuite[] }> {
  const [ssl3, compressed, suites] = await Promise.all([
    rawHello('SSL 3.0', { version: 0x0300, suites: COMMON_SUITES }),
    rawHello('TLS compression', { version: 0x0303, suites: COMMON_SUITES, compression: [1, 0] }),
    (async () => {
      const accepted: CipherSuite[] = [];
      let remaining = Object.keys(LEGACY_SUITES).map(Number);
      while (remaining.length > 0) {
        const answer = await rawHello('legacy ciphers', { version: 0x0303, suites: remaining });
        if (answer?.kind !== 'server-hello' || !remaining.includes(answer.suite)) break;
        accepted.push(classifyCipher(LEGACY_SUITES[answer.suite] as string));
        remaining = remaining.filter((s) => s !== answer.suite);
      }
      return accepted;
    })(),
  ]);
  return {
    sslv3: ssl3 === null ? null : ssl3.kind === 'server-hello' && ssl3.version === 0x0300,
    compression: compressed === null ? null : compressed.kind === 'server-hello' ? compressed.compression === 1 : false,
    suites,
  };
}

export async function probeVersions(handshake: Handshake) {
  const versions = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const;
  const results = await Promise.all(versions.map((v) => handshake(`version ${v}`, { minVersion: v, maxVersion: v, ciphers: PROBE_CIPHERS })));
  const accepted = {} as Record<Exclude<TlsVersionName, 'SSLv3'>, boolean | null>;
  const facts: Partial<Record<TlsVersionName, TlsFacts>> = {};
  versions.forEach((v, i) => {
    const r = results[i];
    // A limit hit (timeout) says nothing about the version: leave it undecided.
    accepted[v] = r == null || (!r.ok && r.error.hit) ? null : r.ok && r.facts.version === v;
    if (r?.ok) facts[v] = r.facts;
  });
  return { accepted, facts };
}

/**
 * Finds every accepted TLS 1.2 suite: each handshake offers the remaining candidates and
 * removes the one the server picked. The candidates are split into interleaved chunks that
 * run in parallel, which cuts the sequential depth (each step is a full round trip) by the
 * chunk count; the order of preference is checked separately on two accepted suites.
 */
export async function enumerateTls12(handshake: Handshake): Promise<{ accepted: CipherSuite[]; facts: TlsFacts[]; serverOrder: boolean | null }> {
  const chunks = Array.from({ length: TLS12_CHUNKS }, (_, i) => TLS12_CANDIDATES.filter((_, j) => j % TLS12_CHUNKS === i));
  const results = await Promise.all(chunks.map(async (chunk) => {
    const accepted: CipherSuite[] = [];
    const facts: TlsFacts[] = [];
    let remaining = [...chunk];
    for (let i = 0; i < MAX_ENUMERATION && remaining.length > 0; i++) {
      const r = await handshake('TLS 1.2 ciphers', { minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2', ciphers: `${remaining.join(':')}:@SECLEVEL=0`, chain: false });
      if (!r?.ok || !remaining.includes(r.facts.cipher)) break;
      accepted.push(classifyCipher(r.facts.cipher, r.facts.standardName));
      facts.push(r.facts);
      remaining = remaining.filter((c) => c !== r.facts.cipher);
    }
    return { accepted, facts };
  }));
  const accepted = results.flatMap((r) => r.accepted);
  const facts = results.flatMap((r) => r.facts);
  // Two suites the server ranked within one chunk: offered in reverse, does it keep its choice?
  const ranked = results.find((r) => r.accepted.length >= 2)?.accepted;
  let serverOrder: boolean | null = null;
  if (ranked) {
    const [first, second] = ranked as [CipherSuite, CipherSuite];
    const r = await handshake('TLS 1.2 cipher order', { minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2', ciphers: `${second.name}:${first.name}:@SECLEVEL=0`, chain: false });
    if (r?.ok) serverOrder = r.facts.cipher === first.name;
  }
  return { accepted, facts, serverOrder };
}

export async function enumerateTls13(handshake: Handshake): Promise<string[]> {
  const accepted: string[] = [];
  let remaining = [...TLS13_SUITES];
  while (remaining.length > 0) {
    const r = await handshake('TLS 1.3 suites', { minVersion: 'TLSv1.3', maxVersion: 'TLSv1.3', ciphers: remaining.join(':'), chain: false });
    if (!r?.ok || !remaining.includes(r.facts.cipher)) break;
    accepted.push(r.facts.cipher);
    remaining = remaining.filter((c) => c !== r.facts.cipher);
  }
  return accepted;
}

export function minDh(all: TlsFacts[]): number | null {
  const sizes = all.filter((f) => f.ephemeral?.type === 'DH' && f.ephemeral.size).map((f) => f.ephemeral?.size as number);
  return sizes.length > 0 ? Math.min(...sizes) : null;
}
