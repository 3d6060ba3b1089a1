import { afterAll, describe, expect, it } from 'vitest';
import { startLegacyTlsPeer, type LegacyTlsPeer } from '../fleet/legacy-tls-peer.ts';
import { probeLegacy } from '../scan/tls-probes.ts';
import { probeRawHello } from '../xmpp/probe.ts';
import { DEFAULT_LIMITS } from '../xmpp/stream-session.ts';
import { buildClientHello, COMMON_SUITES, readServerAnswer } from './raw-hello.ts';

const peers: LegacyTlsPeer[] = [];
afterAll(async () => { await Promise.all(peers.map((p) => p.stop())); });

async function legacyOf(behaviour: Parameters<typeof startLegacyTlsPeer>[0]) {
  const peer = await startLegacyTlsPeer(behaviour);
  peers.push(peer);
  const target = { address: '127.0.0.1', port: peer.port, domain: 'legacy.test', mode: 'c2s' as const, from: 'x.test', transport: 'starttls' as const };
  return probeLegacy((_probe, spec) => probeRawHello(target, buildClientHello({ ...spec, serverName: 'legacy.test' }), DEFAULT_LIMITS));
}

describe('legacy TLS probes with hand-built hellos', () => {
  it('find SSL 3.0, TLS compression and every legacy suite an old server accepts', async () => {
    const r = await legacyOf({ sslv3: true, compression: true, suites: [0x0005, 0x000a, 0x0003, 0x0009, 0xc02f] });
    expect(r.sslv3).toBe(true);
    expect(r.compression).toBe(true);
    expect(r.suites.map((s) => [s.name, s.weakness])).toEqual([
      ['RC4-SHA', 'rc4'], ['DES-CBC3-SHA', '3des'], ['EXP-RC4-MD5', 'export'], ['DES-CBC-SHA', 'des'],
    ]);
  });

  it('report a modern server as refusing all of them', async () => {
    const r = await legacyOf({ sslv3: false, compression: false, suites: [0xc02f, 0xc02b] });
    expect(r).toEqual({ sslv3: false, compression: false, suites: [] });
  });
});

describe('readServerAnswer', () => {
  it('reads alerts, waits for more bytes and rejects non-TLS answers', () => {
    expect(readServerAnswer(Uint8Array.from([21, 3, 1, 0, 2, 2, 40]))).toEqual({ kind: 'alert', description: 40 });
    expect(readServerAnswer(Uint8Array.from([22, 3, 3, 0]))).toEqual({ kind: 'incomplete' });
    expect(readServerAnswer(Buffer.from('<stream:error>'))).toEqual({ kind: 'garbage' });
  });

  it('builds hellos a real server understands', async () => {
    const hello = buildClientHello({ version: 0x0303, suites: COMMON_SUITES, serverName: 'x.test' });
    expect(hello[0]).toBe(22);
    expect((hello[3]! << 8) | hello[4]!).toBe(hello.length - 5);
  });
});
