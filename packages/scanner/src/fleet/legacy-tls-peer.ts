/**
 * A fake XMPP server that answers a ClientHello the way a very old TLS stack would: it may
 * accept SSL 3.0, DEFLATE compression and RC4/DES/3DES/export suites. It sends only the
 * ServerHello (or an alert) and closes, which is all the scanner's raw probes read. No
 * current OpenSSL can play this part, so the scanner's legacy probes are tested against it.
 */
import { createServer, type Server, type Socket } from 'node:net';

export interface LegacyTlsBehaviour {
  sslv3: boolean;
  /** Suites (IANA codes) it accepts, in its order of preference. */
  suites: number[];
  compression: boolean;
}

export interface LegacyTlsPeer {
  port: number;
  stop: () => Promise<void>;
}

interface ParsedHello { version: number; suites: number[]; compression: number[] }

function parseClientHello(buf: Buffer): ParsedHello | null {
  if (buf.length < 5 || buf[0] !== 22) return null;
  const len = buf.readUInt16BE(3);
  if (buf.length < 5 + len) return null;
  const hs = buf.subarray(5, 5 + len);
  if (hs[0] !== 1) return null;
  const version = hs.readUInt16BE(4);
  let p = 6 + 32;
  p += 1 + (hs[p] as number);
  const suitesLen = hs.readUInt16BE(p);
  const suites: number[] = [];
  for (let i = 0; i < suitesLen; i += 2) suites.push(hs.readUInt16BE(p + 2 + i));
  p += 2 + suitesLen;
  const compression = [...hs.subarray(p + 1, p + 1 + (hs[p] as number))];
  return { version, suites, compression };
}

function record(type: number, version: number, body: number[]): Buffer {
  return Buffer.from([type, version >> 8, version & 0xff, body.length >> 8, body.length & 0xff, ...body]);
}

function serverHello(version: number, suite: number, compression: number): Buffer {
  const body = [version >> 8, version & 0xff, ...Array(32).fill(7), 0, suite >> 8, suite & 0xff, compression];
  return record(22, version, [2, 0, body.length >> 8, body.length & 0xff, ...body]);
}

function answer(hello: ParsedHello, b: LegacyTlsBehaviour): Buffer {
  if (hello.version === 0x0300 && !b.sslv3) return record(21, 0x0300, [2, 70]);
  const suite = b.suites.find((s) => hello.suites.includes(s));
  if (suite === undefined) return record(21, 0x0301, [2, 40]);
  const version = hello.version === 0x0300 ? 0x0300 : Math.min(hello.version, 0x0303);
  return serverHello(version, suite, b.compression && hello.compression.includes(1) ? 1 : 0);
}

export async function startLegacyTlsPeer(behaviour: LegacyTlsBehaviour): Promise<LegacyTlsPeer> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    let text = '';
    let tls = false;
    let bytes = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      if (tls) {
        bytes = Buffer.concat([bytes, chunk]);
        const hello = parseClientHello(bytes);
        if (hello) socket.end(answer(hello, behaviour));
        return;
      }
      text += chunk.toString('latin1');
      if (text.includes('<stream:stream') && !text.includes('</features>')) {
        text += '</features>';
        socket.write(`<?xml version='1.0'?><stream:stream xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams' from='legacy.test' id='l' version='1.0'><stream:features><starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/></stream:features>`);
      }
      if (text.includes('<starttls')) {
        tls = true;
        socket.write(`<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>`);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    port: (server.address() as { port: number }).port,
    stop: () => new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}
