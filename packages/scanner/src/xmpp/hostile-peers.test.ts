import { afterAll, describe, expect, it } from 'vitest';
import { startTestDnsServer } from '../fleet/dns-server.ts';
import { startHostilePeer, type HostileBehaviour, type HostilePeer } from '../fleet/hostile-peer.ts';
import { scanDomain } from '../scan/scan-domain.ts';
import { probeStream } from './probe.ts';
import { DEFAULT_LIMITS, type ConnectionLimits } from './stream-session.ts';

const limits: ConnectionLimits = {
  connectTimeoutMs: 2000, totalTimeMs: 3000, idleTimeMs: 1000, maxBytes: 262_144,
  xml: { maxHeaderBytes: 8192, maxElementBytes: 65_536, maxDepth: 16 },
};

const peers: HostilePeer[] = [];
afterAll(async () => { await Promise.all(peers.map((p) => p.stop())); });

async function probe(behaviour: HostileBehaviour) {
  const peer = await startHostilePeer(behaviour);
  peers.push(peer);
  return probeStream({ address: '127.0.0.1', port: peer.port, domain: 'hostile.test', mode: 'c2s', from: 'x.test', transport: 'starttls' }, {}, limits);
}

describe('hostile peers end in a bounded, reported failure', () => {
  const expectations: [HostileBehaviour, string, string | null][] = [
    ['endless-header', 'LIMIT', 'header-size'],
    ['huge-stanza', 'LIMIT', 'element-size'],
    ['entity-declarations', 'LIMIT', 'forbidden-xml'],
    ['slow-drip', 'LIMIT', 'total-time'],
    ['silent', 'LIMIT', 'idle-time'],
    ['byte-flood', 'LIMIT', 'bytes'],
    ['garbage-after-starttls', 'TLS_FAILED', null],
    ['tls-reset', 'TLS_FAILED', null],
    ['stream-error', 'STREAM_ERROR', null],
  ];
  for (const [behaviour, code, limit] of expectations) {
    it(behaviour, async () => {
      const result = await probe(behaviour);
      expect(result.tls).toBeNull();
      expect(result.error?.code).toBe(code);
      expect(result.error?.hit?.limit ?? null).toBe(limit);
    });
  }
});

describe('a hostile target in a scan', () => {
  it('is graded F with the limit named in its findings, and the scan completes', async () => {
    const peer = await startHostilePeer('endless-header');
    peers.push(peer);
    const dns = await startTestDnsServer({
      records: [
        { name: '_xmpp-client._tcp.hostile.test', ttl: 60, type: 'SRV', priority: 0, weight: 0, port: peer.port, target: 'xmpp.hostile.test' },
        { name: 'xmpp.hostile.test', ttl: 60, type: 'A', address: '127.0.0.1' },
      ],
    });
    try {
      const report = await scanDomain('hostile.test', { mode: 'c2s', resolver: dns.address, limits: { ...limits } });
      expect(report.targets).toHaveLength(1);
      const target = report.targets[0]!;
      expect(target.grade.grade).toBe('F');
      expect(target.limitHits[0]?.limit).toBe('header-size');
      expect(target.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['peer-limit', 'stream-broken']));
      expect(report.grade).toBe('F');
    } finally {
      await dns.stop();
    }
  });

  it('stops at the domain budget even when connection limits are generous', async () => {
    const peer = await startHostilePeer('slow-drip');
    peers.push(peer);
    const dns = await startTestDnsServer({
      records: [
        { name: '_xmpp-client._tcp.drip.test', ttl: 60, type: 'SRV', priority: 0, weight: 0, port: peer.port, target: 'xmpp.drip.test' },
        { name: 'xmpp.drip.test', ttl: 60, type: 'A', address: '127.0.0.1' },
      ],
    });
    try {
      const report = await scanDomain('drip.test', { mode: 'c2s', resolver: dns.address, timeoutMs: 800, limits: { ...limits, totalTimeMs: 60_000, idleTimeMs: 60_000 } });
      expect(report.targets[0]?.limitHits.map((h) => h.limit)).toEqual(['total-time']);
      expect(report.grade).toBe('F');
    } finally {
      await dns.stop();
    }
  });

  it('gives no grade to a closed port and says so', async () => {
    const peer = await startHostilePeer('silent');
    const port = peer.port;
    await peer.stop();
    const dns = await startTestDnsServer({
      records: [
        { name: '_xmpp-client._tcp.gone.test', ttl: 60, type: 'SRV', priority: 0, weight: 0, port, target: 'xmpp.gone.test' },
        { name: 'xmpp.gone.test', ttl: 60, type: 'A', address: '127.0.0.1' },
      ],
    });
    try {
      const report = await scanDomain('gone.test', { mode: 'c2s', resolver: dns.address, limits: DEFAULT_LIMITS });
      expect(report.targets[0]?.reachable).toBe(false);
      expect(report.grade).toBeNull();
      expect(report.findings.map((f) => f.code)).toContain('no-targets');
    } finally {
      await dns.stop();
    }
  });
});
