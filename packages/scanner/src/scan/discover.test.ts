import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDnsClient, parseResolver } from '../dns/client.ts';
import { startTestDnsServer, type TestDnsServer } from '../fleet/dns-server.ts';
import { discover } from './discover.ts';
import { scanDomain } from './scan-domain.ts';

let dns: TestDnsServer;
beforeAll(async () => {
  dns = await startTestDnsServer({
    records: [
      // srv.test: two c2s targets at different priorities, one dual-stack; s2s disabled with ".".
      { name: '_xmpp-client._tcp.srv.test', ttl: 60, type: 'SRV', priority: 20, weight: 0, port: 5222, target: 'backup.srv.test' },
      { name: '_xmpp-client._tcp.srv.test', ttl: 60, type: 'SRV', priority: 10, weight: 5, port: 5222, target: 'main.srv.test' },
      { name: '_xmpp-server._tcp.srv.test', ttl: 60, type: 'SRV', priority: 0, weight: 0, port: 0, target: '' },
      { name: '_xmpps-client._tcp.srv.test', ttl: 60, type: 'SRV', priority: 0, weight: 0, port: 5223, target: 'main.srv.test' },
      { name: 'main.srv.test', ttl: 60, type: 'A', address: '127.0.0.2' },
      { name: 'main.srv.test', ttl: 60, type: 'AAAA', address: '::1' },
      { name: 'backup.srv.test', ttl: 60, type: 'CNAME', target: 'real.srv.test' },
      { name: 'real.srv.test', ttl: 60, type: 'A', address: '127.0.0.3' },
      // plain.test: no SRV at all.
      { name: 'plain.test', ttl: 60, type: 'A', address: '127.0.0.4' },
    ],
    secureNames: ['_xmpp-client._tcp.srv.test'],
  });
});
afterAll(async () => { await dns.stop(); });

describe('discover', () => {
  it('lists every SRV target and address in RFC 2782 order, notes CNAMEs and a disabled service', async () => {
    const d = await discover('srv.test', ['c2s', 's2s'], createDnsClient({ resolver: parseResolver(dns.address) }));
    const c2s = d.endpoints.filter((e) => e.mode === 'c2s' && e.transport === 'starttls');
    expect(c2s.map((e) => [e.host, e.address, e.family])).toEqual([
      ['main.srv.test', '127.0.0.2', 4], ['main.srv.test', '::1', 6], ['backup.srv.test', '127.0.0.3', 4],
    ]);
    expect(d.endpoints.filter((e) => e.transport === 'directtls').map((e) => e.port)).toEqual([5223, 5223]);
    expect(d.endpoints.some((e) => e.mode === 's2s')).toBe(false);
    expect(d.dns.srvDnssec['_xmpp-client._tcp']).toBe(true);
    expect(d.dns.cnames).toEqual({ 'backup.srv.test': 'real.srv.test' });
    expect(d.findings.map((f) => f.code).sort()).toEqual(['srv-disabled', 'srv-target-cname']);
  });

  it('falls back to the domain on 5222 and 5269 without SRV, with no direct TLS', async () => {
    const d = await discover('plain.test', ['c2s', 's2s'], createDnsClient({ resolver: parseResolver(dns.address) }));
    expect(d.endpoints.map((e) => [e.mode, e.transport, e.host, e.port, e.source])).toEqual([
      ['c2s', 'starttls', 'plain.test', 5222, 'fallback'], ['s2s', 'starttls', 'plain.test', 5269, 'fallback'],
    ]);
    expect(d.findings.filter((f) => f.code === 'no-srv')).toHaveLength(2);
  });

  it('reports a domain without addresses', async () => {
    const d = await discover('nothing.test', ['c2s'], createDnsClient({ resolver: parseResolver(dns.address) }));
    expect(d.endpoints).toEqual([]);
    expect(d.findings.map((f) => f.code)).toContain('dns-error');
  });

  it('turns a dead resolver into DNS findings and no grade, not an exception', async () => {
    const report = await scanDomain('dead-resolver.test', { resolver: '127.0.0.1:9', dnsTimeoutMs: 100 });
    expect(report.targets).toEqual([]);
    expect(report.grade).toBeNull();
    expect(report.dns.errors.length).toBeGreaterThan(0);
    expect(report.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['dns-error', 'no-targets']));
  });
});
