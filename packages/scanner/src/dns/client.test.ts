import { spawn } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestDnsServer, type TestDnsServer } from '../fleet/dns-server.ts';
import { servicesAvailable } from '../fleet/services.ts';
import { createDnsClient, DnsError, parseResolver, recordsOf } from './client.ts';
import { decodeMessage, DnsWireError, encodeQuery, encodeResponse, RR } from './wire.ts';

const tlsaHex = 'ab'.repeat(32);

describe('DNS client against the in-process server', () => {
  let server: TestDnsServer;
  beforeAll(async () => {
    server = await startTestDnsServer({
      records: [
        { name: '_xmpp-client._tcp.example.test', ttl: 60, type: 'SRV', priority: 5, weight: 10, port: 5222, target: 'xmpp.example.test' },
        { name: 'xmpp.example.test', ttl: 60, type: 'A', address: '127.0.0.1' },
        { name: 'xmpp.example.test', ttl: 60, type: 'AAAA', address: '::1' },
        { name: 'alias.example.test', ttl: 60, type: 'CNAME', target: 'xmpp.example.test' },
        { name: '_5222._tcp.xmpp.example.test', ttl: 60, type: 'TLSA', usage: 3, selector: 1, matchingType: 1, data: tlsaHex },
      ],
      secureNames: ['_5222._tcp.xmpp.example.test'],
    });
  });
  afterAll(async () => { await server.stop(); });

  it('reads SRV, A, AAAA, TLSA and the AD bit', async () => {
    const dns = createDnsClient({ resolver: parseResolver(server.address) });
    const srv = await dns.query('_xmpp-client._tcp.example.test', 'SRV');
    expect(srv.records).toEqual([{ name: '_xmpp-client._tcp.example.test', ttl: 60, type: 'SRV', priority: 5, weight: 10, port: 5222, target: 'xmpp.example.test' }]);
    expect(srv.authenticData).toBe(false);
    expect((await dns.query('xmpp.example.test', 'AAAA')).records[0]).toMatchObject({ address: '::1' });
    const tlsa = await dns.query('_5222._tcp.xmpp.example.test', 'TLSA');
    expect(tlsa.authenticData).toBe(true);
    expect(tlsa.records[0]).toMatchObject({ usage: 3, selector: 1, matchingType: 1, data: tlsaHex });
    expect((await dns.query('missing.example.test', 'A')).rcode).toBe(3);
  });

  it('follows CNAMEs and reports them', async () => {
    const dns = createDnsClient({ resolver: parseResolver(server.address) });
    const { records, cnames } = recordsOf(await dns.query('alias.example.test', 'A'), 'alias.example.test', 'A');
    expect(records.map((r) => r.address)).toEqual(['127.0.0.1']);
    expect(cnames).toEqual([['alias.example.test', 'xmpp.example.test']]);
  });

  it('falls back to TCP on a truncated answer', async () => {
    const truncating = await startTestDnsServer({ records: server.records, truncateUdp: true });
    try {
      const dns = createDnsClient({ resolver: parseResolver(truncating.address) });
      expect((await dns.query('xmpp.example.test', 'A')).records).toHaveLength(1);
      expect(truncating.queries.map((q) => q.transport)).toEqual(['udp', 'tcp']);
    } finally {
      await truncating.stop();
    }
  });

  it('times out on a silent resolver and ignores spoofed answers', async () => {
    const silent = createSocket('udp4');
    await new Promise<void>((r) => silent.bind(0, '127.0.0.1', () => r()));
    silent.on('message', (msg, rinfo) => {
      // Answer with the wrong ID: a client must not accept it.
      const q = decodeMessage(new Uint8Array(msg));
      silent.send(encodeResponse({ id: (q.id + 1) & 0xffff, question: q.questions[0]!, answers: [{ name: 'x.test', ttl: 1, type: 'A', address: '6.6.6.6' }] }), rinfo.port, rinfo.address);
    });
    try {
      const dns = createDnsClient({ resolver: { host: '127.0.0.1', port: silent.address().port }, timeoutMs: 200, attempts: 2 });
      await expect(dns.query('x.test', 'A')).rejects.toMatchObject({ code: 'DNS_TIMEOUT' });
    } finally {
      silent.close();
    }
  });

  it('parses resolver addresses', () => {
    expect(parseResolver('127.0.0.1:5353')).toEqual({ host: '127.0.0.1', port: 5353 });
    expect(parseResolver('[::1]:53')).toEqual({ host: '::1', port: 53 });
    expect(parseResolver('10.0.0.1')).toEqual({ host: '10.0.0.1', port: 53 });
    expect(() => parseResolver('1.2.3.4:99999')).toThrow(DnsError);
  });
});

describe('DNS wire decoding of hostile input', () => {
  it('refuses compression loops and forward pointers', () => {
    const q = encodeQuery(1, 'a.test', RR.A);
    const loop = Uint8Array.from(q);
    loop[12] = 0xc0;
    loop[13] = 12; // points at itself
    expect(() => decodeMessage(loop)).toThrow(DnsWireError);
  });

  it('only ever throws DnsWireError on random mutations (seeded fuzz)', () => {
    const base = encodeResponse({
      id: 7, question: { name: '_xmpp-client._tcp.example.test', type: RR.SRV },
      answers: [
        { name: '_xmpp-client._tcp.example.test', ttl: 1, type: 'SRV', priority: 1, weight: 1, port: 5222, target: 'x.example.test' },
        { name: 'x.example.test', ttl: 1, type: 'TLSA', usage: 3, selector: 1, matchingType: 1, data: 'aa' },
      ],
    });
    let seed = 42;
    const rand = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed; };
    let ok = 0;
    for (let n = 0; n < 5000; n++) {
      const bytes = Uint8Array.from(base);
      for (let f = 0; f < 1 + (rand() % 3); f++) bytes[rand() % bytes.length] = rand() & 0xff;
      try {
        decodeMessage(bytes.subarray(0, rand() % 7 === 0 ? rand() % bytes.length : bytes.length));
        ok++;
      } catch (error) {
        expect(error).toBeInstanceOf(DnsWireError);
      }
    }
    expect(ok).toBeGreaterThan(0);
  });
});

describe('DNS client against dnsmasq', () => {
  const available = servicesAvailable('dns client vs dnsmasq', ['dnsmasq']);
  it.skipIf(!available)('reads SRV, A and TLSA records that dnsmasq serves', async () => {
    const port = 20000 + Math.floor(Math.random() * 20000);
    const child = spawn('/usr/sbin/dnsmasq', [
      '--no-daemon', '--conf-file=/dev/null', `--port=${port}`, '--listen-address=127.0.0.1', '--bind-interfaces', '--no-resolv', '--no-hosts',
      '--user=root', '--pid-file=',
      '--srv-host=_xmpp-server._tcp.masq.test,xmpp.masq.test,5269,10,20',
      '--host-record=xmpp.masq.test,127.0.0.1',
      `--dns-rr=_5269._tcp.xmpp.masq.test,52,030101${tlsaHex}`,
    ], { stdio: 'ignore' });
    try {
      const dns = createDnsClient({ resolver: { host: '127.0.0.1', port }, timeoutMs: 300, attempts: 10 });
      const srv = await dns.query('_xmpp-server._tcp.masq.test', 'SRV');
      expect(srv.records[0]).toMatchObject({ type: 'SRV', priority: 10, weight: 20, port: 5269, target: 'xmpp.masq.test' });
      expect((await dns.query('xmpp.masq.test', 'A')).records[0]).toMatchObject({ address: '127.0.0.1' });
      expect((await dns.query('_5269._tcp.xmpp.masq.test', 'TLSA')).records[0]).toMatchObject({ usage: 3, data: tlsaHex });
    } finally {
      child.kill();
    }
  });
});
