/**
 * One bounded XMPP connection: TCP connect, stream header and features, STARTTLS or direct
 * TLS, stream restart. Every wait is bounded by the connection's total deadline and an
 * idle timeout, every byte received counts against a budget, and the XML reader enforces
 * its own limits, so a hostile or broken peer ends in a `ProbeError`, never a hang.
 */
import { connect as netConnect, type Socket } from 'node:net';
import { Duplex } from 'node:stream';
import { connect as tlsConnect, type ConnectionOptions, type TLSSocket } from 'node:tls';
import type { LimitHit, XmppMode } from '../report/types.ts';
import { createXmlStreamReader, DEFAULT_XML_LIMITS, escapeAttr, NS, type XmlElement, type XmlLimits, type XmlProblem, type XmlStreamReader } from './xml-stream.ts';

export interface ConnectionLimits {
  connectTimeoutMs: number;
  /** Whole connection, from connect to close. */
  totalTimeMs: number;
  /** Longest silence while waiting for the peer. */
  idleTimeMs: number;
  /** Bytes the peer may send in all (plaintext plus decrypted). */
  maxBytes: number;
  xml: XmlLimits;
}

export const DEFAULT_LIMITS: ConnectionLimits = {
  connectTimeoutMs: 5_000,
  totalTimeMs: 15_000,
  idleTimeMs: 8_000,
  maxBytes: 1_048_576,
  xml: DEFAULT_XML_LIMITS,
};

export type ProbeErrorCode = 'CONNECT_FAILED' | 'LIMIT' | 'STREAM_ERROR' | 'TLS_FAILED' | 'CLOSED' | 'PROTOCOL';

export class ProbeError extends Error {
  override name = 'ProbeError';
  readonly code: ProbeErrorCode;
  readonly hit: LimitHit | null;
  constructor(code: ProbeErrorCode, message: string, hit: LimitHit | null = null) {
    super(message);
    this.code = code;
    this.hit = hit;
  }
}

export interface SessionTarget {
  address: string;
  port: number;
  /** The XMPP domain: stream `to`, SNI. */
  domain: string;
  mode: XmppMode;
  /** s2s: the stream's `from`. */
  from: string;
}

export interface StreamOpen {
  header: Record<string, string>;
  features: XmlElement;
}

export interface StreamSession {
  readonly phase: string;
  openStream: () => Promise<StreamOpen>;
  /** Sends `<starttls/>`, waits for `<proceed/>` and runs the TLS handshake on the same socket. */
  startTls: (options: ConnectionOptions) => Promise<TLSSocket>;
  /** Runs the TLS handshake at once (XEP-0368 direct TLS). */
  directTls: (options: ConnectionOptions) => Promise<TLSSocket>;
  nextElement: () => Promise<XmlElement>;
  send: (xml: string) => void;
  /**
   * Sends a hand-built ClientHello (after `<starttls/>`/`<proceed/>` when `starttls`) and
   * returns what the server answered before it closed, went quiet or sent a full first message.
   */
  rawHello: (hello: Uint8Array, starttls: boolean, done: (bytes: Uint8Array) => boolean) => Promise<{ bytes: Uint8Array; error: ProbeError | null }>;
  /** The first bytes the server sent during the TLS handshake (for the chain as sent). */
  handshakeBytes: () => Uint8Array;
  /** Whether the server stapled a non-empty OCSP response (when `requestOCSP` was set). */
  ocspStapled: () => boolean;
  /** Sends `</stream:stream>` when a stream is open and destroys the socket. */
  close: () => void;
}

type Waiter = { resolve: (v: XmlElement | StreamOpen['header']) => void; reject: (e: ProbeError) => void; kind: 'element' | 'header' };

export async function openSession(target: SessionTarget, limits: ConnectionLimits = DEFAULT_LIMITS): Promise<StreamSession> {
  let phase = 'connect';
  let failure: ProbeError | null = null;
  let bytes = 0;
  let reader: XmlStreamReader | null = null;
  let streamOpen = false;
  const queue: (XmlElement | { header: Record<string, string> })[] = [];
  const waiters: Waiter[] = [];

  const raw: Socket = netConnect({ host: target.address, port: target.port });
  let current: Socket | TLSSocket = raw;

  const fail = (error: ProbeError) => {
    if (failure) return;
    failure = error;
    raw.destroy();
    for (const w of waiters.splice(0)) w.reject(error);
  };
  const limitFail = (limit: LimitHit['limit'], detail: string) => fail(new ProbeError('LIMIT', `${limit} limit during ${phase}: ${detail}`, { limit, phase, detail }));
  const total = setTimeout(() => limitFail('total-time', `connection still open after ${limits.totalTimeMs} ms`), limits.totalTimeMs);
  const closedCode = (): ProbeErrorCode => (phase === 'connect' ? 'CONNECT_FAILED' : phase === 'TLS handshake' ? 'TLS_FAILED' : 'CLOSED');
  raw.once('close', () => {
    clearTimeout(total);
    fail(new ProbeError(closedCode(), `the server closed the connection during ${phase}`));
  });
  raw.on('error', (e) => fail(new ProbeError(closedCode(), `${phase}: ${e.message}`)));

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      fail(new ProbeError('CONNECT_FAILED', `no TCP connection to ${target.address}:${target.port} within ${limits.connectTimeoutMs} ms`));
      reject(failure);
    }, limits.connectTimeoutMs);
    raw.once('connect', () => { clearTimeout(timer); resolve(); });
    raw.once('close', () => { clearTimeout(timer); reject(failure); });
  });
  raw.setNoDelay(true);
  raw.setTimeout(limits.idleTimeMs, () => {
    if (waiters.length > 0) limitFail('idle-time', `peer silent for ${limits.idleTimeMs} ms`);
  });

  const deliver = () => {
    while (waiters.length > 0 && queue.length > 0) {
      const item = queue.shift() as XmlElement | { header: Record<string, string> };
      const w = waiters.shift() as Waiter;
      const isHeader = 'header' in item && !('name' in item);
      if ((w.kind === 'header') !== isHeader) {
        fail(new ProbeError('PROTOCOL', isHeader ? 'unexpected stream header' : `expected a stream header, got <${(item as XmlElement).name}>`));
        return;
      }
      w.resolve(isHeader ? (item as { header: Record<string, string> }).header : (item as XmlElement));
    }
  };

  const newReader = () => {
    reader = createXmlStreamReader({
      header: (attrs) => { queue.push({ header: attrs }); deliver(); },
      element: (el) => {
        if (el.name === 'error' && el.ns === NS.stream) {
          const condition = el.children.find((c) => c.ns === NS.streams)?.name ?? 'undefined-condition';
          fail(new ProbeError('STREAM_ERROR', `stream error <${condition}/> during ${phase}`));
          return;
        }
        // Stop parsing at once: what follows <proceed/> belongs to TLS, not to this reader.
        if (el.name === 'proceed' && el.ns === NS.tls) reader?.stop();
        queue.push(el);
        deliver();
      },
      end: () => fail(new ProbeError('CLOSED', `the server closed the stream during ${phase}`)),
      problem: (p: XmlProblem) => limitFail(p.limit, p.detail),
    }, limits.xml);
  };

  const onData = (chunk: Buffer) => {
    bytes += chunk.length;
    if (bytes > limits.maxBytes) return limitFail('bytes', `peer sent more than ${limits.maxBytes} bytes`);
    const leftover = reader?.write(chunk);
    if (leftover && leftover.length > 0) {
      const garbage = Buffer.from(leftover).toString('latin1');
      if (garbage.trim() !== '') limitFail('malformed-xml', `data after <proceed/>: ${JSON.stringify(garbage.slice(0, 40))}`);
    }
  };
  raw.on('data', onData);

  const wait = <T extends XmlElement | Record<string, string>>(kind: Waiter['kind']): Promise<T> => {
    if (failure) return Promise.reject(failure);
    return new Promise<T>((resolve, reject) => {
      waiters.push({ kind, resolve: resolve as Waiter['resolve'], reject });
      deliver();
    });
  };

  const send = (xml: string) => {
    if (!failure) current.write(xml);
  };

  const header = () =>
    `<?xml version='1.0'?><stream:stream xmlns='${target.mode === 'c2s' ? NS.client : NS.server}' xmlns:stream='${NS.stream}'` +
    (target.mode === 's2s' ? ` xmlns:db='${NS.dialback}' from='${escapeAttr(target.from)}'` : '') +
    ` to='${escapeAttr(target.domain)}' version='1.0'>`;

  let ocspStapled = false;
  const tapped: Buffer[] = [];
  let tappedBytes = 0;
  /** A pass-through stream between the socket and TLS that keeps a copy of the first bytes. */
  const tap = (): Duplex => {
    const duplex = new Duplex({
      read() { raw.resume(); },
      write(chunk: Buffer, _enc, cb) { raw.write(chunk, cb); },
      final(cb) { raw.end(); cb(); },
      destroy(err, cb) { raw.destroy(); cb(err); },
    });
    raw.on('data', (chunk: Buffer) => {
      if (tappedBytes < 65_536) {
        tapped.push(chunk);
        tappedBytes += chunk.length;
      }
      if (!duplex.push(chunk)) raw.pause();
    });
    raw.once('end', () => duplex.push(null));
    raw.once('close', () => duplex.destroy());
    return duplex;
  };

  const handshake = (options: ConnectionOptions): Promise<TLSSocket> => {
    phase = 'TLS handshake';
    raw.off('data', onData);
    reader = null;
    queue.length = 0;
    return new Promise<TLSSocket>((resolve, reject) => {
      const tls = tlsConnect({ ...options, socket: tap(), rejectUnauthorized: false, checkServerIdentity: () => undefined });
      current = tls;
      tls.once('OCSPResponse', (response: Buffer | null) => { ocspStapled = response !== null && response.length > 0; });
      const onError = (e: Error) => {
        const err = failure ?? new ProbeError('TLS_FAILED', e.message);
        reject(err);
      };
      tls.once('error', onError);
      raw.once('close', () => reject(failure ?? new ProbeError('TLS_FAILED', 'connection closed during the TLS handshake')));
      waiters.push({ kind: 'element', resolve: () => undefined, reject });
      tls.once('secureConnect', () => {
        waiters.pop();
        tls.off('error', onError);
        tls.on('error', (e) => fail(new ProbeError('CLOSED', `TLS: ${e.message}`)));
        tls.on('data', onData);
        phase = 'after TLS';
        resolve(tls);
      });
    });
  };

  return {
    get phase() { return phase; },
    async openStream() {
      phase = phase === 'after TLS' ? 'stream restart after TLS' : 'stream header';
      newReader();
      send(header());
      streamOpen = true;
      const attrs = await wait<Record<string, string>>('header');
      phase = phase === 'stream header' ? 'stream features' : 'stream features after TLS';
      const features = await wait<XmlElement>('element');
      if (features.name !== 'features' || features.ns !== NS.stream) {
        throw new ProbeError('PROTOCOL', `expected <stream:features>, got <${features.name}>`);
      }
      return { header: attrs, features };
    },
    async startTls(options) {
      phase = 'STARTTLS';
      send(`<starttls xmlns='${NS.tls}'/>`);
      const reply = await wait<XmlElement>('element');
      if (reply.name !== 'proceed' || reply.ns !== NS.tls) {
        throw new ProbeError('PROTOCOL', `STARTTLS answered with <${reply.name}> instead of <proceed/>`);
      }
      return handshake(options);
    },
    directTls: (options) => handshake(options),
    async rawHello(hello, starttls, done) {
      if (starttls) {
        phase = 'STARTTLS';
        send(`<starttls xmlns='${NS.tls}'/>`);
        const reply = await wait<XmlElement>('element');
        if (reply.name !== 'proceed' || reply.ns !== NS.tls) throw new ProbeError('PROTOCOL', `STARTTLS answered with <${reply.name}> instead of <proceed/>`);
      }
      phase = 'TLS handshake';
      raw.off('data', onData);
      reader = null;
      return new Promise((resolve) => {
        let bytes = Buffer.alloc(0);
        const finish = () => {
          raw.off('data', onRaw);
          resolve({ bytes: new Uint8Array(bytes), error: failure });
        };
        const onRaw = (chunk: Buffer) => {
          bytes = Buffer.concat([bytes, chunk]);
          if (bytes.length > 16_384 || done(new Uint8Array(bytes))) finish();
        };
        raw.on('data', onRaw);
        waiters.push({ kind: 'element', resolve: () => undefined, reject: finish });
        raw.write(hello);
      });
    },
    nextElement: () => wait<XmlElement>('element'),
    handshakeBytes: () => new Uint8Array(Buffer.concat(tapped)),
    ocspStapled: () => ocspStapled,
    send,
    close() {
      clearTimeout(total);
      if (!failure && streamOpen) current.write('</stream:stream>');
      failure ??= new ProbeError('CLOSED', 'closed by the scanner');
      for (const w of waiters.splice(0)) w.reject(failure);
      current.destroy();
      raw.destroy();
    },
  };
}
