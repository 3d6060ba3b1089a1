import { describe, expect, it } from 'vitest';
import { createXmlStreamReader, DEFAULT_XML_LIMITS, type XmlElement, type XmlLimits, type XmlProblem } from './xml-stream.ts';

function collect(chunks: (string | Uint8Array)[], limits: XmlLimits = DEFAULT_XML_LIMITS) {
  const events: { header: Record<string, string>[]; elements: XmlElement[]; problems: XmlProblem[]; ended: boolean } = { header: [], elements: [], problems: [], ended: false };
  const reader = createXmlStreamReader({
    header: (a) => events.header.push(a),
    element: (e) => events.elements.push(e),
    end: () => { events.ended = true; },
    problem: (p) => events.problems.push(p),
  }, limits);
  for (const c of chunks) reader.write(typeof c === 'string' ? Buffer.from(c) : c);
  return events;
}

const HEADER = `<?xml version='1.0'?><stream:stream xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams' from='example.test' id='x' version='1.0'>`;
const FEATURES = `<stream:features><starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'><required/></starttls><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>PLAIN</mechanism></mechanisms></stream:features>`;

describe('XML stream reader', () => {
  it('reads the header and top-level elements with namespaces, across any chunking', () => {
    const whole = HEADER + FEATURES + '</stream:stream>';
    for (const size of [1, 2, 7, 64, whole.length]) {
      const chunks: Uint8Array[] = [];
      const bytes = Buffer.from(whole);
      for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
      const ev = collect(chunks);
      expect(ev.problems).toEqual([]);
      expect(ev.header[0]).toMatchObject({ from: 'example.test', version: '1.0' });
      const features = ev.elements[0]!;
      expect(features).toMatchObject({ name: 'features', ns: 'http://etherx.jabber.org/streams' });
      expect(features.children.map((c) => [c.name, c.ns])).toEqual([['starttls', 'urn:ietf:params:xml:ns:xmpp-tls'], ['mechanisms', 'urn:ietf:params:xml:ns:xmpp-sasl']]);
      expect(features.children[1]!.children[0]!.text).toBe('PLAIN');
      expect(ev.ended).toBe(true);
    }
  });

  it('decodes multi-byte UTF-8 split across chunks', () => {
    const bytes = Buffer.from(`${HEADER}<message xmlns='jabber:client'><body>bücher ✓</body></message>`);
    const split = bytes.indexOf(Buffer.from('ü')) + 1;
    const ev = collect([bytes.subarray(0, split), bytes.subarray(split)]);
    expect(ev.elements[0]!.children[0]!.text).toBe('bücher ✓');
  });

  it('refuses a DOCTYPE with entity declarations', () => {
    const ev = collect([`<?xml version='1.0'?><!DOCTYPE lol [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>${HEADER.slice(21)}`]);
    expect(ev.problems[0]?.limit).toBe('forbidden-xml');
    expect(ev.header).toEqual([]);
  });

  it('refuses comments, processing instructions and undefined entities', () => {
    expect(collect([HEADER + '<!-- hi -->']).problems[0]?.limit).toBe('forbidden-xml');
    expect(collect([HEADER + '<?evil x?>']).problems[0]?.limit).toBe('forbidden-xml');
    expect(collect([HEADER + '<a>&xxe;</a>']).problems[0]?.limit).toBe('malformed-xml');
  });

  it('bounds the header, stanza size and depth', () => {
    const limits = { maxHeaderBytes: 1024, maxElementBytes: 4096, maxDepth: 8 };
    expect(collect([`<stream:stream xmlns:stream='http://etherx.jabber.org/streams' a='${'x'.repeat(5000)}`], limits).problems[0]?.limit).toBe('header-size');
    expect(collect([HEADER, `<message><body>${'y'.repeat(10_000)}</body></message>`], limits).problems[0]?.limit).toBe('element-size');
    expect(collect([HEADER, '<a>'.repeat(20)], limits).problems[0]?.limit).toBe('depth');
  });

  it('refuses a root element other than stream:stream and invalid UTF-8', () => {
    expect(collect(['<html><body>']).problems[0]?.limit).toBe('malformed-xml');
    expect(collect([Buffer.from(HEADER), Uint8Array.from([0x3c, 0x61, 0x3e, 0xff, 0xfe])]).problems[0]?.limit).toBe('malformed-xml');
  });

  it('stops right after the piece the consumer stops on and returns the rest', () => {
    let reader: ReturnType<typeof createXmlStreamReader> | null = null;
    reader = createXmlStreamReader({ header: () => {}, element: (e) => { if (e.name === 'proceed') reader?.stop(); }, end: () => {}, problem: () => {} });
    const left = reader.write(Buffer.from(`${HEADER}<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>\x16\x03\x01garbage`));
    expect(Buffer.from(left!).toString('latin1')).toBe('\x16\x03\x01garbage');
  });

  it('never throws and stays bounded on random input (seeded fuzz)', () => {
    let seed = 2026;
    const rand = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed; };
    const alphabet = ['<', '>', '/', '=', "'", '"', '&', ';', '!', '?', '[', ']', 'a', 'stream:stream', 'xmlns', ' ', '\n', 'é', '\x00', '<!DOCTYPE', '<![CDATA[', ']]>', '&amp;', '&#x0;'];
    const limits = { maxHeaderBytes: 2048, maxElementBytes: 8192, maxDepth: 16 };
    for (let n = 0; n < 2000; n++) {
      let text = rand() % 2 === 0 ? HEADER : '';
      const len = rand() % 300;
      for (let i = 0; i < len; i++) text += alphabet[rand() % alphabet.length];
      const bytes = Buffer.from(text);
      const chunks: Uint8Array[] = [];
      for (let i = 0; i < bytes.length;) {
        const step = 1 + (rand() % 50);
        chunks.push(bytes.subarray(i, i + step));
        i += step;
      }
      const ev = collect(chunks, limits);
      expect(ev.problems.length).toBeLessThanOrEqual(1);
      for (const el of ev.elements) expect(JSON.stringify(el).length).toBeLessThan(limits.maxElementBytes * 8);
    }
  });
});
