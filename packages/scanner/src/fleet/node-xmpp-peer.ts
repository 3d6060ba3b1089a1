/**
 * A small XMPP server built on Node's own TLS, for configurations Prosody and ejabberd will
 * not produce on a modern system: weak keys and DH groups, SHA-1 chains, odd chain order,
 * stapled OCSP responses. It speaks just enough XMPP for the scanner: stream header,
 * features with STARTTLS, `<proceed/>`, and a stream restart after TLS.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { createServer as createTlsServer, type TlsOptions } from 'node:tls';

export interface NodeXmppPeerOptions {
  /** Key and chain (PEM) plus any other TLS server options (versions, ciphers, dhparam…). */
  tls: TlsOptions;
  /** Bytes to staple as the OCSP response (clients only see that one was stapled). */
  ocspResponse?: Buffer;
  /** Offer SASL mechanisms on the unencrypted stream and do not require STARTTLS. */
  weakStream?: boolean;
}

export interface NodeXmppPeer {
  port: number;
  stop: () => Promise<void>;
}

const NS_STREAM = 'http://etherx.jabber.org/streams';

export async function startNodeXmppPeer(options: NodeXmppPeerOptions): Promise<NodeXmppPeer> {
  const sockets = new Set<Socket>();
  const tlsServer = createTlsServer(options.tls, (secure) => {
    secure.on('error', () => secure.destroy());
    secure.on('data', (chunk: Buffer) => {
      if (!chunk.toString().includes('<stream:stream')) return;
      const xmlns = chunk.toString().includes("xmlns='jabber:server'") ? 'jabber:server' : 'jabber:client';
      secure.write(`<?xml version='1.0'?><stream:stream xmlns='${xmlns}' xmlns:stream='${NS_STREAM}' from='node.test' id='n2' version='1.0'>` +
        `<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>SCRAM-SHA-1</mechanism></mechanisms></stream:features>`);
    });
  });
  if (options.ocspResponse) {
    const response = options.ocspResponse;
    tlsServer.on('OCSPRequest', (_cert: Buffer, _issuer: Buffer, callback: (err: Error | null, resp: Buffer) => void) => callback(null, response));
  }
  tlsServer.on('tlsClientError', (e) => { if (process.env.XMPPSEC_DEBUG_PEER) console.error('peer TLS error', e.message); });

  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    let text = '';
    const onData = (chunk: Buffer) => {
      text += chunk.toString('latin1');
      if (text.includes('<stream:stream') && !text.includes('<!--sent-->')) {
        text += '<!--sent-->';
        const xmlns = text.includes("xmlns='jabber:server'") ? 'jabber:server' : 'jabber:client';
        const sasl = options.weakStream ? `<mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>PLAIN</mechanism></mechanisms>` : '';
        socket.write(`<?xml version='1.0'?><stream:stream xmlns='${xmlns}' xmlns:stream='${NS_STREAM}' from='node.test' id='n1' version='1.0'>` +
          `<stream:features><starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'>${options.weakStream ? '' : '<required/>'}</starttls>${sasl}</stream:features>`);
      }
      if (text.includes('<starttls')) {
        socket.off('data', onData);
        socket.pause();
        socket.write(`<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>`);
        tlsServer.emit('connection', socket);
      }
    };
    socket.on('data', onData);
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
