import { lookup as dnsLookup } from 'node:dns/promises';
import type { LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP } from 'node:net';
import type { LookupFunction, Socket } from 'node:net';
import zlib from 'node:zlib';
import type { Transform } from 'node:stream';

/**
 * Fetching a DOAP file from a URL a project gave us, without letting that URL hurt us: bounded
 * in time (connect and total), size (also after decompression), redirects (count and loops),
 * schemes (http/https) and, unless allowed, destinations (no loopback or private networks).
 * Every way it can be cut off has its own reason.
 */

export interface SafeFetchOptions {
  connectTimeoutMs?: number;
  /** For the whole fetch, redirects included: a server dripping bytes is cut off here. */
  totalTimeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** From the previous fetch, for a conditional request. */
  etag?: string | null;
  lastModified?: string | null;
  /** Loopback and private addresses are refused unless this is true (tests, a user's own CLI). */
  allowPrivateAddresses?: boolean;
  userAgent?: string;
  signal?: AbortSignal;
  /** Resolves a host name to all its addresses; the system resolver unless given. */
  resolve?: (hostname: string) => Promise<LookupAddress[]>;
}

export const SAFE_FETCH_FAILURES = [
  'invalid-url',
  'unsupported-scheme',
  'blocked-address',
  'dns-failed',
  'connect-timeout',
  'connect-failed',
  'tls-failed',
  'timeout',
  'too-large',
  'too-many-redirects',
  'redirect-loop',
  'bad-redirect',
  'bad-status',
  'bad-encoding',
  'not-xml',
  'network-error',
  'aborted',
] as const;
export type SafeFetchFailure = (typeof SAFE_FETCH_FAILURES)[number];

interface FetchMeta {
  /** The URL the result came from, after redirects. */
  url: string;
  /** Each URL redirected to, in order. */
  redirects: string[];
}

export type SafeFetchResult =
  | (FetchMeta & {
      kind: 'ok';
      status: number;
      body: Uint8Array;
      etag: string | null;
      lastModified: string | null;
      contentType: string | null;
    })
  | (FetchMeta & { kind: 'not-modified'; status: 304; etag: string | null; lastModified: string | null })
  | (FetchMeta & { kind: 'failed'; reason: SafeFetchFailure; message: string; status: number | null });

const DEFAULTS = {
  connectTimeoutMs: 5_000,
  totalTimeoutMs: 20_000,
  maxBytes: 2 * 1024 * 1024,
  maxRedirects: 5,
  userAgent: 'xmppsec-doap-fetch/0.1 (+https://xmpp.org)',
};

/** A reason to stop, carried through stream and socket errors to the result. */
class FetchCut extends Error {
  readonly reason: SafeFetchFailure;
  readonly status: number | null;
  constructor(reason: SafeFetchFailure, message: string, status: number | null = null) {
    super(message);
    this.reason = reason;
    this.status = status;
  }
}

const privateRanges = (() => {
  const list = new BlockList();
  for (const [net, prefix] of [
    ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16],
    ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
  ] as const) list.addSubnet(net, prefix, 'ipv4');
  for (const [net, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b::', 96]] as const) {
    list.addSubnet(net, prefix, 'ipv6');
  }
  return list;
})();

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return privateRanges.check(address, 'ipv4');
  if (family !== 6) return false;
  const lower = address.toLowerCase();
  const mapped = lower.startsWith('::ffff:') ? lower.slice(7) : undefined;
  if (mapped !== undefined && isIP(mapped) === 4) return privateRanges.check(mapped, 'ipv4');
  return privateRanges.check(lower, 'ipv6');
}

const systemResolve = (hostname: string) => dnsLookup(hostname, { all: true });

/** A lookup that drops private addresses, so a public name cannot point us inwards. */
function guardedLookup(resolve: (hostname: string) => Promise<LookupAddress[]>): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then((addresses) => {
      const allowed = addresses.filter((a) => !isPrivateAddress(a.address));
      if (allowed.length === 0) {
        return callback(new FetchCut('blocked-address', `${hostname} resolves only to private or loopback addresses`), []);
      }
      if (options.all) return callback(null, allowed);
      const first = allowed[0]!;
      return callback(null, first.address, first.family);
    }, (err: NodeJS.ErrnoException) => callback(err, []));
  };
}

function errorReason(err: unknown, connected: boolean): FetchCut {
  if (err instanceof FetchCut) return err;
  const e = err as NodeJS.ErrnoException;
  const code = e.code ?? '';
  const text = `${code ? `${code}: ` : ''}${e.message}`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_FAIL') return new FetchCut('dns-failed', `name lookup failed (${text})`);
  if (code.startsWith('ERR_TLS') || code.startsWith('ERR_SSL') || code.includes('CERT') || code.startsWith('UNABLE_TO') || code === 'DEPTH_ZERO_SELF_SIGNED_CERT') {
    return new FetchCut('tls-failed', `TLS failed (${text})`);
  }
  if (!connected) return new FetchCut('connect-failed', `could not connect (${text})`);
  return new FetchCut('network-error', `the connection failed (${text})`);
}

function decompressor(encoding: string): Transform | null | undefined {
  switch (encoding) {
    case '':
    case 'identity':
      return null;
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip();
    case 'deflate':
      return zlib.createInflate();
    case 'br':
      return zlib.createBrotliDecompress();
    default:
      return undefined;
  }
}

const NOT_XML_TYPES = ['text/html', 'application/json', 'application/javascript', 'text/javascript', 'text/css'];

function notXmlReason(contentType: string | null, body: Uint8Array): string | undefined {
  const media = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (NOT_XML_TYPES.includes(media) || media.startsWith('image/') || media.startsWith('video/') || media.startsWith('audio/')) {
    return `the server says the content is ${media}, not XML`;
  }
  // Sniff only the first bytes: an XML document starts with "<" after an optional BOM and whitespace.
  let text = new TextDecoder('utf-8').decode(body.subarray(0, 512));
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  text = text.trimStart();
  if (text === '') return 'the response body is empty';
  if (!text.startsWith('<')) return 'the response body does not start with "<"; it is not XML';
  const head = text.slice(0, 15).toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'the response is an HTML page, not XML';
  return undefined;
}

interface Hop {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Uint8Array | null;
}

interface HopContext {
  opts: typeof DEFAULTS & SafeFetchOptions;
  deadline: number;
  headers: Record<string, string>;
}

function requestOnce(url: URL, ctx: HopContext): Promise<Hop> {
  const { opts } = ctx;
  return new Promise<Hop>((resolve, reject) => {
    let settled = false;
    let connected = false;
    const timers: NodeJS.Timeout[] = [];
    const finish = (err: FetchCut | null, hop?: Hop) => {
      if (settled) return;
      settled = true;
      for (const t of timers) clearTimeout(t);
      opts.signal?.removeEventListener('abort', onAbort);
      if (err) {
        req.destroy();
        reject(err);
      } else if (hop) {
        resolve(hop);
      }
    };
    const onAbort = () => finish(new FetchCut('aborted', 'the fetch was cancelled'));

    const client = url.protocol === 'https:' ? https : http;
    const req = client.request(url, {
      method: 'GET',
      headers: ctx.headers,
      agent: false,
      ...(opts.allowPrivateAddresses ? {} : { lookup: guardedLookup(opts.resolve ?? systemResolve) }),
    });

    const remaining = Math.max(0, ctx.deadline - Date.now());
    timers.push(setTimeout(() => finish(new FetchCut('timeout', `no complete answer within ${opts.totalTimeoutMs} ms (the server is too slow)`)), remaining));
    timers.push(setTimeout(() => {
      if (!connected) finish(new FetchCut('connect-timeout', `could not connect within ${opts.connectTimeoutMs} ms`));
    }, Math.min(opts.connectTimeoutMs, remaining)));
    if (opts.signal?.aborted) return onAbort();
    opts.signal?.addEventListener('abort', onAbort, { once: true });

    req.on('socket', (socket: Socket) => {
      if (!socket.connecting) connected = true;
      else socket.once('connect', () => { connected = true; });
    });
    req.on('error', (err) => finish(errorReason(err, connected)));
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      if (status !== 200) {
        res.resume();
        return finish(null, { status, headers: res.headers, body: null });
      }
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > opts.maxBytes) {
        return finish(new FetchCut('too-large', `the server announces ${declared} bytes, more than the limit of ${opts.maxBytes}`, status));
      }
      const encoding = (res.headers['content-encoding'] ?? '').trim().toLowerCase();
      const inflate = decompressor(encoding);
      if (inflate === undefined) {
        return finish(new FetchCut('bad-encoding', `unsupported Content-Encoding "${encoding}"`, status));
      }
      const stream = inflate ? res.pipe(inflate) : res;
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > opts.maxBytes) {
          const what = inflate ? 'decompressed body' : 'body';
          finish(new FetchCut('too-large', `the ${what} exceeds the limit of ${opts.maxBytes} bytes; cut off`, status));
          stream.destroy();
          return;
        }
        chunks.push(chunk);
      });
      stream.on('error', (err) => {
        finish(inflate && !(err instanceof FetchCut)
          ? new FetchCut('bad-encoding', `the ${encoding} body could not be decompressed (${err.message})`, status)
          : errorReason(err, true));
      });
      res.on('close', () => {
        if (!res.complete) finish(new FetchCut('network-error', 'the server closed the connection before the body was complete', status));
      });
      stream.on('end', () => finish(null, { status, headers: res.headers, body: new Uint8Array(Buffer.concat(chunks)) }));
    });
    req.end();
  });
}

function header(headers: http.IncomingHttpHeaders, name: string): string | null {
  const v = headers[name];
  return typeof v === 'string' ? v : Array.isArray(v) ? (v[0] ?? null) : null;
}

function checkTarget(url: URL, allowPrivate: boolean): FetchCut | undefined {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return new FetchCut('unsupported-scheme', `only http and https URLs are fetched, not ${url.protocol.replace(/:$/, '')}`);
  }
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  if (!allowPrivate && (isPrivateAddress(host) || host.toLowerCase() === 'localhost')) {
    return new FetchCut('blocked-address', `${host} is a private or loopback address`);
  }
  return undefined;
}

/** Fetches `url` within the limits of `options`; never throws for anything the server or URL does. */
export async function safeFetch(url: string, options: SafeFetchOptions = {}): Promise<SafeFetchResult> {
  const opts = { ...DEFAULTS, ...options };
  const redirects: string[] = [];
  const fail = (cut: FetchCut, at: string): SafeFetchResult => ({
    kind: 'failed', reason: cut.reason, message: cut.message, url: at, status: cut.status, redirects,
  });
  if (!URL.canParse(url)) return fail(new FetchCut('invalid-url', `not a valid URL: ${JSON.stringify(url)}`), url);

  let current = new URL(url);
  const seen = new Set<string>();
  const headers: Record<string, string> = {
    'user-agent': opts.userAgent,
    accept: 'application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1',
    'accept-encoding': 'gzip, deflate, br',
  };
  if (opts.etag) headers['if-none-match'] = opts.etag;
  if (opts.lastModified) headers['if-modified-since'] = opts.lastModified;
  const ctx: HopContext = { opts, deadline: Date.now() + opts.totalTimeoutMs, headers };

  for (;;) {
    const blocked = checkTarget(current, opts.allowPrivateAddresses === true);
    if (blocked) return fail(blocked, current.href);
    seen.add(current.href);
    let hop: Hop;
    try {
      hop = await requestOnce(current, ctx);
    } catch (err) {
      return fail(errorReason(err, true), current.href);
    }
    const etag = header(hop.headers, 'etag');
    const lastModified = header(hop.headers, 'last-modified');

    if ([301, 302, 303, 307, 308].includes(hop.status)) {
      const location = header(hop.headers, 'location');
      if (location === null || !URL.canParse(location, current.href)) {
        return fail(new FetchCut('bad-redirect', `HTTP ${hop.status} without a valid Location header`, hop.status), current.href);
      }
      const next = new URL(location, current);
      next.hash = '';
      if (seen.has(next.href)) {
        return fail(new FetchCut('redirect-loop', `redirect loop: ${next.href} was already visited`, hop.status), current.href);
      }
      if (redirects.length >= opts.maxRedirects) {
        return fail(new FetchCut('too-many-redirects', `more than ${opts.maxRedirects} redirects`, hop.status), current.href);
      }
      redirects.push(next.href);
      current = next;
      continue;
    }
    if (hop.status === 304) return { kind: 'not-modified', status: 304, url: current.href, redirects, etag, lastModified };
    if (hop.status !== 200 || hop.body === null) {
      return fail(new FetchCut('bad-status', `the server answered HTTP ${hop.status}`, hop.status), current.href);
    }
    const contentType = header(hop.headers, 'content-type');
    const notXml = notXmlReason(contentType, hop.body);
    if (notXml !== undefined) return fail(new FetchCut('not-xml', notXml, hop.status), current.href);
    return { kind: 'ok', status: 200, url: current.href, redirects, body: hop.body, etag, lastModified, contentType };
  }
}
