import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPrivateAddress, safeFetch } from './safe-fetch.ts';
import { DOAP_FIXTURES, hasPython } from './test-helpers.ts';

const doap = readFileSync(join(DOAP_FIXTURES, 'prosody.doap'));
const ETAG = '"prosody-v1"';
const LAST_MODIFIED = 'Tue, 13 May 2025 10:00:00 GMT';

/** A server on 127.0.0.1 that behaves well on some paths and badly on others. */
function misbehavingServer(): http.Server {
  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = url.pathname;
    const drip = (interval: number, chunk: string) => {
      res.writeHead(200, { 'content-type': 'application/xml' });
      res.write('<');
      const timer = setInterval(() => res.write(chunk), interval);
      res.on('close', () => clearInterval(timer));
    };
    switch (path) {
      case '/doap.xml':
        if (req.headers['if-none-match'] === ETAG || req.headers['if-modified-since'] === LAST_MODIFIED) {
          res.writeHead(304, { etag: ETAG, 'last-modified': LAST_MODIFIED });
          return res.end();
        }
        res.writeHead(200, { 'content-type': 'application/rdf+xml', etag: ETAG, 'last-modified': LAST_MODIFIED });
        return res.end(doap);
      case '/gzip.xml':
        if (!String(req.headers['accept-encoding']).includes('gzip')) return res.writeHead(406).end();
        res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
        return res.end(gzipSync(doap));
      case '/gzip-bomb':
        res.writeHead(200, { 'content-type': 'application/xml', 'content-encoding': 'gzip' });
        return res.end(gzipSync(Buffer.alloc(50 * 1024 * 1024, 0x20)));
      case '/slow-drip':
        return drip(50, 'a');
      case '/endless':
        return drip(1, 'x'.repeat(64 * 1024));
      case '/no-answer':
        return; // headers never come
      case '/announced-huge':
        res.writeHead(200, { 'content-type': 'application/xml', 'content-length': String(1024 * 1024 * 1024) });
        return res.write('<');
      case '/truncated':
        res.writeHead(200, { 'content-type': 'application/xml', 'content-length': '1000' });
        res.write('<rdf:RDF');
        return setTimeout(() => res.socket?.destroy(), 20);
      case '/loop-a':
        return res.writeHead(302, { location: '/loop-b' }).end();
      case '/loop-b':
        return res.writeHead(301, { location: 'http://' + req.headers.host + '/loop-a' }).end();
      case '/chain': {
        const n = Number(url.searchParams.get('n'));
        return res.writeHead(307, { location: n > 0 ? `/chain?n=${n - 1}` : '/doap.xml' }).end();
      }
      case '/no-location':
        return res.writeHead(302).end();
      case '/to-ftp':
        return res.writeHead(302, { location: 'ftp://example.org/doap.xml' }).end();
      case '/html':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return res.end('<!DOCTYPE html><html><body>Moved</body></html>');
      case '/html-as-text':
        res.writeHead(200, { 'content-type': 'text/plain' });
        return res.end('  <!doctype HTML><html></html>');
      case '/json':
        res.writeHead(200, { 'content-type': 'text/plain' });
        return res.end('{"not": "xml"}');
      case '/weird-encoding':
        res.writeHead(200, { 'content-type': 'application/xml', 'content-encoding': 'compress' });
        return res.end('<x/>');
      case '/server-error':
        return res.writeHead(503).end('try later');
      default:
        return res.writeHead(404).end('not found');
    }
  });
}

describe('safeFetch against misbehaving servers on loopback', () => {
  const server = misbehavingServer();
  let base = '';
  const local = { allowPrivateAddresses: true } as const;

  beforeAll(async () => {
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    server.close();
  });

  it('fetches a DOAP file with its validators', async () => {
    const res = await safeFetch(`${base}/doap.xml`, local);
    expect(res.kind).toBe('ok');
    if (res.kind !== 'ok') return;
    expect(Buffer.from(res.body).equals(doap)).toBe(true);
    expect(res.etag).toBe(ETAG);
    expect(res.lastModified).toBe(LAST_MODIFIED);
  });

  it('returns not-modified for conditional requests, by ETag and by date', async () => {
    const byEtag = await safeFetch(`${base}/doap.xml`, { ...local, etag: ETAG });
    expect(byEtag).toMatchObject({ kind: 'not-modified', status: 304, etag: ETAG });
    const byDate = await safeFetch(`${base}/doap.xml`, { ...local, lastModified: LAST_MODIFIED });
    expect(byDate.kind).toBe('not-modified');
    const stale = await safeFetch(`${base}/doap.xml`, { ...local, etag: '"old"' });
    expect(stale.kind).toBe('ok');
  });

  it('decompresses gzip and still caps the decompressed size', async () => {
    const ok = await safeFetch(`${base}/gzip.xml`, local);
    expect(ok.kind === 'ok' && Buffer.from(ok.body).equals(doap)).toBe(true);
    const bomb = await safeFetch(`${base}/gzip-bomb`, { ...local, maxBytes: 1024 * 1024 });
    expect(bomb).toMatchObject({ kind: 'failed', reason: 'too-large' });
  });

  it('cuts off a server that drips bytes slowly', async () => {
    const res = await safeFetch(`${base}/slow-drip`, { ...local, totalTimeoutMs: 400 });
    expect(res).toMatchObject({ kind: 'failed', reason: 'timeout' });
    if (res.kind === 'failed') expect(res.message).toContain('too slow');
  });

  it('cuts off a server that never answers', async () => {
    const res = await safeFetch(`${base}/no-answer`, { ...local, totalTimeoutMs: 300 });
    expect(res).toMatchObject({ kind: 'failed', reason: 'timeout' });
  });

  it('cuts off an endless body at the size cap', async () => {
    const res = await safeFetch(`${base}/endless`, { ...local, maxBytes: 512 * 1024 });
    expect(res).toMatchObject({ kind: 'failed', reason: 'too-large' });
  });

  it('refuses an announced size above the cap before reading it', async () => {
    const res = await safeFetch(`${base}/announced-huge`, local);
    expect(res).toMatchObject({ kind: 'failed', reason: 'too-large', status: 200 });
    if (res.kind === 'failed') expect(res.message).toContain('announces');
  });

  it('reports a body cut short by the server', async () => {
    const res = await safeFetch(`${base}/truncated`, local);
    expect(res).toMatchObject({ kind: 'failed', reason: 'network-error' });
  });

  it('detects a redirect loop', async () => {
    const res = await safeFetch(`${base}/loop-a`, local);
    expect(res).toMatchObject({ kind: 'failed', reason: 'redirect-loop' });
    expect(res.redirects).toEqual([`${base}/loop-b`]);
  });

  it('follows a few redirects and stops after the limit', async () => {
    const ok = await safeFetch(`${base}/chain?n=2`, local);
    expect(ok).toMatchObject({ kind: 'ok', url: `${base}/doap.xml` });
    expect(ok.redirects).toHaveLength(3);
    const tooMany = await safeFetch(`${base}/chain?n=10`, { ...local, maxRedirects: 4 });
    expect(tooMany).toMatchObject({ kind: 'failed', reason: 'too-many-redirects' });
    expect(tooMany.redirects).toHaveLength(4);
  });

  it('rejects redirects without a location or to other schemes', async () => {
    expect(await safeFetch(`${base}/no-location`, local)).toMatchObject({ kind: 'failed', reason: 'bad-redirect', status: 302 });
    expect(await safeFetch(`${base}/to-ftp`, local)).toMatchObject({ kind: 'failed', reason: 'unsupported-scheme' });
  });

  it('rejects responses that are not XML', async () => {
    for (const path of ['/html', '/html-as-text', '/json']) {
      expect(await safeFetch(`${base}${path}`, local), path).toMatchObject({ kind: 'failed', reason: 'not-xml' });
    }
  });

  it('reports bad statuses and unknown encodings', async () => {
    expect(await safeFetch(`${base}/missing`, local)).toMatchObject({ kind: 'failed', reason: 'bad-status', status: 404 });
    expect(await safeFetch(`${base}/server-error`, local)).toMatchObject({ kind: 'failed', reason: 'bad-status', status: 503 });
    expect(await safeFetch(`${base}/weird-encoding`, local)).toMatchObject({ kind: 'failed', reason: 'bad-encoding' });
  });

  it('refuses loopback and private targets unless allowed', async () => {
    expect(await safeFetch(`${base}/doap.xml`)).toMatchObject({ kind: 'failed', reason: 'blocked-address' });
    expect(await safeFetch(`http://localhost:${new URL(base).port}/doap.xml`)).toMatchObject({ kind: 'failed', reason: 'blocked-address' });
    expect(await safeFetch('http://[::1]/')).toMatchObject({ kind: 'failed', reason: 'blocked-address' });
    for (const a of ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '::1', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1', '0.0.0.0']) {
      expect(isPrivateAddress(a), a).toBe(true);
    }
    for (const a of ['1.1.1.1', '2001:db8::1', '::ffff:8.8.8.8']) expect(isPrivateAddress(a), a).toBe(false);
  });

  it('refuses a host name that resolves only to private addresses, and reports failed lookups', async () => {
    const port = new URL(base).port;
    const resolve = async () => [{ address: '127.0.0.1', family: 4 }, { address: '10.0.0.8', family: 4 }];
    const res = await safeFetch(`http://doap.example:${port}/doap.xml`, { resolve });
    expect(res).toMatchObject({ kind: 'failed', reason: 'blocked-address' });
    if (res.kind === 'failed') expect(res.message).toBe('doap.example resolves only to private or loopback addresses');
    const failing = await safeFetch(`http://doap.example:${port}/doap.xml`, { resolve: async () => Promise.reject(Object.assign(new Error('no such host'), { code: 'ENOTFOUND' })) });
    expect(failing).toMatchObject({ kind: 'failed', reason: 'dns-failed' });
  });

  it('rejects invalid URLs and other schemes without connecting', async () => {
    expect(await safeFetch('not a url')).toMatchObject({ kind: 'failed', reason: 'invalid-url' });
    expect(await safeFetch('file:///etc/passwd')).toMatchObject({ kind: 'failed', reason: 'unsupported-scheme' });
  });

  it('reports a refused connection', async () => {
    const probe = net.createServer();
    probe.listen(0, '127.0.0.1');
    await once(probe, 'listening');
    const port = (probe.address() as AddressInfo).port;
    probe.close();
    await once(probe, 'close');
    expect(await safeFetch(`http://127.0.0.1:${port}/`, local)).toMatchObject({ kind: 'failed', reason: 'connect-failed' });
  });

  it('can be cancelled', async () => {
    const controller = new AbortController();
    const pending = safeFetch(`${base}/slow-drip`, { ...local, signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect(await pending).toMatchObject({ kind: 'failed', reason: 'aborted' });
  });
});

describe.skipIf(!hasPython())('safeFetch connect timeout', () => {
  let listener: ChildProcess | undefined;
  let filler: net.Socket | undefined;
  let port = 0;

  beforeAll(async () => {
    // A socket that listens with a backlog of zero and never accepts: once one connection
    // fills the queue, the kernel drops further SYNs and connect() hangs.
    listener = spawn('python3', ['-c', [
      'import socket, sys, time',
      's = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(0)',
      'print(s.getsockname()[1], flush=True)',
      'sys.stdin.read()',
    ].join('\n')], { stdio: ['pipe', 'pipe', 'inherit'] });
    const [line] = await once(listener.stdout!, 'data');
    port = Number(String(line).trim());
    filler = net.connect(port, '127.0.0.1');
    await once(filler, 'connect');
  });
  afterAll(() => {
    filler?.destroy();
    listener?.stdin?.end();
    listener?.kill();
  });

  it('gives up connecting after the connect timeout', async () => {
    const res = await safeFetch(`http://127.0.0.1:${port}/doap.xml`, { allowPrivateAddresses: true, connectTimeoutMs: 300, totalTimeoutMs: 10_000 });
    expect(res).toMatchObject({ kind: 'failed', reason: 'connect-timeout' });
  });
});
