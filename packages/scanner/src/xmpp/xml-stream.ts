/**
 * An XMPP stream reader on a real streaming XML parser (saxes), with the restrictions of
 * RFC 6120 §11.1 (no DTD, no processing instructions, no comments) and hard limits on
 * header size, element size and depth. It hands out each top-level child of the stream as
 * a small tree. Input is fed one '>'-terminated piece at a time, so when the consumer
 * stops (after `<proceed/>`) the exact bytes that followed are known.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';

export const NS = {
  stream: 'http://etherx.jabber.org/streams',
  client: 'jabber:client',
  server: 'jabber:server',
  tls: 'urn:ietf:params:xml:ns:xmpp-tls',
  sasl: 'urn:ietf:params:xml:ns:xmpp-sasl',
  dialbackFeature: 'urn:xmpp:features:dialback',
  dialback: 'jabber:server:dialback',
  compressFeature: 'http://jabber.org/features/compress',
  streams: 'urn:ietf:params:xml:ns:xmpp-streams',
} as const;

export interface XmlElement {
  name: string;
  ns: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

export interface XmlLimits {
  /** Bytes allowed before the stream header's start tag is complete. */
  maxHeaderBytes: number;
  /** Bytes allowed for one top-level element of the stream. */
  maxElementBytes: number;
  maxDepth: number;
}

export const DEFAULT_XML_LIMITS: XmlLimits = { maxHeaderBytes: 16_384, maxElementBytes: 262_144, maxDepth: 32 };

export type XmlProblem = { limit: 'header-size' | 'element-size' | 'depth' | 'forbidden-xml' | 'malformed-xml'; detail: string };

export interface XmlStreamHandlers {
  header: (attrs: Record<string, string>) => void;
  element: (element: XmlElement) => void;
  end: () => void;
  problem: (problem: XmlProblem) => void;
}

export interface XmlStreamReader {
  /** Feeds bytes; returns the bytes left unparsed if the consumer called `stop()` meanwhile. */
  write: (chunk: Uint8Array) => Uint8Array | null;
  /** Stops parsing after the current piece (e.g. after `<proceed/>`). */
  stop: () => void;
  readonly failed: boolean;
}

export function createXmlStreamReader(handlers: XmlStreamHandlers, limits: XmlLimits = DEFAULT_XML_LIMITS): XmlStreamReader {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const stack: XmlElement[] = [];
  let headerSeen = false;
  let headerBytes = 0;
  let elementBytes = 0;
  let stopped = false;
  let failed = false;

  const fail = (problem: XmlProblem) => {
    if (failed) return;
    failed = true;
    handlers.problem(problem);
  };

  parser.on('doctype', () => fail({ limit: 'forbidden-xml', detail: 'a DOCTYPE (with possible entity declarations) is not allowed in XMPP' }));
  parser.on('processinginstruction', (pi) => fail({ limit: 'forbidden-xml', detail: `processing instruction <?${pi.target}?> is not allowed in XMPP` }));
  parser.on('comment', () => fail({ limit: 'forbidden-xml', detail: 'XML comments are not allowed in XMPP' }));
  parser.on('error', (error) => fail({ limit: 'malformed-xml', detail: error.message }));
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (failed) return;
    if (!headerSeen) {
      if (tag.local !== 'stream' || tag.uri !== NS.stream) {
        fail({ limit: 'malformed-xml', detail: `expected <stream:stream>, got <${tag.name}> in ${JSON.stringify(tag.uri)}` });
        return;
      }
      headerSeen = true;
      handlers.header(Object.fromEntries(Object.values(tag.attributes).map((a) => [a.name, a.value])));
      return;
    }
    if (stack.length + 2 > limits.maxDepth) {
      fail({ limit: 'depth', detail: `elements nested deeper than ${limits.maxDepth}` });
      return;
    }
    if (stack.length === 0) elementBytes = 0;
    const el: XmlElement = {
      name: tag.local, ns: tag.uri,
      attrs: Object.fromEntries(Object.values(tag.attributes).filter((a) => a.prefix !== 'xmlns' && a.name !== 'xmlns').map((a) => [a.local, a.value])),
      children: [], text: '',
    };
    stack[stack.length - 1]?.children.push(el);
    stack.push(el);
  });
  parser.on('text', (text) => {
    const top = stack[stack.length - 1];
    if (top && !failed) top.text += text;
  });
  parser.on('cdata', (text) => {
    const top = stack[stack.length - 1];
    if (top && !failed) top.text += text;
  });
  parser.on('closetag', (tag: SaxesTagNS) => {
    if (failed) return;
    if (stack.length === 0) {
      if (tag.local === 'stream' && tag.uri === NS.stream) handlers.end();
      return;
    }
    const el = stack.pop() as XmlElement;
    if (stack.length === 0) handlers.element(el);
  });

  function writePiece(piece: Uint8Array): void {
    if (!headerSeen) {
      headerBytes += piece.length;
      if (headerBytes > limits.maxHeaderBytes) {
        fail({ limit: 'header-size', detail: `no complete stream header within ${limits.maxHeaderBytes} bytes` });
        return;
      }
    } else if (stack.length > 0) {
      elementBytes += piece.length;
      if (elementBytes > limits.maxElementBytes) {
        fail({ limit: 'element-size', detail: `a stanza larger than ${limits.maxElementBytes} bytes` });
        return;
      }
    }
    let text: string;
    try {
      text = decoder.decode(piece, { stream: true });
    } catch {
      fail({ limit: 'malformed-xml', detail: 'invalid UTF-8' });
      return;
    }
    try {
      parser.write(text);
    } catch (error) {
      fail({ limit: 'malformed-xml', detail: (error as Error).message });
    }
  }

  return {
    get failed() { return failed; },
    stop: () => { stopped = true; },
    write(chunk) {
      let start = 0;
      while (start < chunk.length && !failed) {
        // A piece is everything up to and including the next '>' (0x3e never occurs inside a UTF-8 sequence).
        let end = chunk.indexOf(0x3e, start);
        end = end < 0 ? chunk.length : end + 1;
        writePiece(chunk.subarray(start, end));
        start = end;
        if (stopped) return chunk.subarray(start);
      }
      return null;
    },
  };
}

export function child(el: XmlElement | undefined, name: string, ns?: string): XmlElement | undefined {
  return el?.children.find((c) => c.name === name && (ns === undefined || c.ns === ns));
}

/** Escapes text for an XML attribute value in single quotes. */
export function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/'/g, '&apos;').replace(/"/g, '&quot;');
}
