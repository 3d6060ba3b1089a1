/**
 * Misbehaving XMPP "servers" on loopback, for testing that the scanner stays bounded:
 * each accepts connections and misbehaves in one way. They stop writing once the client
 * goes away, so nothing outlives a test.
 */
import { createServer, type Server, type Socket } from 'node:net';

export const HOSTILE_BEHAVIOURS = [
  'endless-header', 'huge-stanza', 'entity-declarations', 'slow-drip', 'garbage-after-starttls', 'tls-reset', 'silent', 'stream-error', 'byte-flood',
] as const;
export type HostileBehaviour = (typeof HOSTILE_BEHAVIOURS)[number];

export interface HostilePeer {
  port: number;
  stop: () => Promise<void>;
}

const HEADER = `<?xml version='1.0'?><stream:stream xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams' from='hostile.test' id='h1' version='1.0'>`;
const FEATURES = `<stream:features><starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'><required/></starttls></stream:features>`;

/** Writes `next()` every `everyMs` until it returns null or the socket closes. */
function drip(socket: Socket, everyMs: number, next: () => string | Buffer | null): void {
  const timer = setInterval(() => {
    if (socket.destroyed || socket.writableEnded) return clearInterval(timer);
    const data = next();
    if (data === null) return clearInterval(timer);
    socket.write(data);
  }, everyMs);
  socket.once('close', () => clearInterval(timer));
}

function behave(socket: Socket, behaviour: HostileBehaviour): void {
  socket.on('error', () => socket.destroy());
  let received = '';
  let phase = 0;
  socket.on('data', (chunk) => {
    received += chunk.toString('latin1');
    if (phase === 0 && received.includes('<stream:stream')) {
      phase = 1;
      switch (behaviour) {
        case 'endless-header':
          socket.write(`<?xml version='1.0'?><stream:stream xmlns='jabber:client' `);
          drip(socket, 2, () => ` a${Math.random().toString(36).slice(2)}='${'x'.repeat(512)}'`);
          return;
        case 'entity-declarations':
          socket.write(`<?xml version='1.0'?><!DOCTYPE s [<!ENTITY a "${'a'.repeat(64)}"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>` + HEADER.slice(21) + '<x>&b;</x>');
          return;
        case 'slow-drip': {
          const text = HEADER + FEATURES;
          let i = 0;
          drip(socket, 100, () => (i < text.length ? text[i++] as string : null));
          return;
        }
        case 'silent':
          return;
        case 'stream-error':
          socket.write(`${HEADER}<stream:error><host-unknown xmlns='urn:ietf:params:xml:ns:xmpp-streams'/></stream:error></stream:stream>`);
          return;
        case 'byte-flood':
          socket.write(HEADER);
          drip(socket, 1, () => ' '.repeat(65_536));
          return;
        default:
          socket.write(HEADER + FEATURES);
      }
    }
    if (phase === 1 && received.includes('<starttls')) {
      phase = 2;
      switch (behaviour) {
        case 'huge-stanza':
          socket.write(`<message xmlns='jabber:client'><body>`);
          drip(socket, 1, () => 'z'.repeat(32_768));
          return;
        case 'garbage-after-starttls':
          socket.write(`<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>`);
          drip(socket, 5, () => Buffer.from('this is not a TLS record at all '.repeat(8)));
          return;
        case 'tls-reset':
          socket.write(`<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>`);
          socket.once('data', () => socket.resetAndDestroy());
          return;
        default:
          return;
      }
    }
  });
}

export async function startHostilePeer(behaviour: HostileBehaviour): Promise<HostilePeer> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    behave(socket, behaviour);
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
