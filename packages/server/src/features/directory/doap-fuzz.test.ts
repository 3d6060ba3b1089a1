import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDoap } from './doap-parser.ts';
import { DOAP_PROBLEM_CODES } from './doap-types.ts';
import type { DoapReport } from './doap-types.ts';
import { XEP_SUPPORT_STATUSES } from './doap-vocabulary.ts';
import { DOAP_FIXTURES, doapFixtureFiles, seededRandom } from './test-helpers.ts';

/** Whatever the input, a report comes back, and it is well-formed. */
function expectWellFormedReport(report: DoapReport): void {
  expect(typeof report.usable).toBe('boolean');
  for (const p of report.problems) {
    expect(DOAP_PROBLEM_CODES).toContain(p.code);
    expect(p.line).toBeGreaterThanOrEqual(1);
    expect(['error', 'warning']).toContain(p.severity);
    expect(p.message.length).toBeGreaterThan(0);
  }
  if (report.usable) {
    expect(report.project?.name).toBeTruthy();
    expect(report.problems.some((p) => p.code === 'xml-malformed')).toBe(false);
  }
}

const fixtures = doapFixtureFiles().map((f) => ({ name: f, bytes: readFileSync(join(DOAP_FIXTURES, f)) }));

describe('DOAP parsing of damaged files', () => {
  it('gives an unusable report for every truncation of every fixture', () => {
    const random = seededRandom(453);
    for (const { name, bytes } of fixtures) {
      const end = bytes.lastIndexOf('>'.charCodeAt(0)) + 1;
      for (let i = 0; i < 40; i++) {
        const cut = Math.floor(random() * end);
        const report = parseDoap(bytes.subarray(0, cut));
        expectWellFormedReport(report);
        expect(report.usable, `${name} cut at ${cut}`).toBe(false);
      }
    }
  });

  it('survives random byte flips in every fixture', () => {
    const random = seededRandom(1234);
    let unusable = 0;
    let runs = 0;
    for (const { bytes } of fixtures) {
      for (let i = 0; i < 60; i++) {
        const copy = Uint8Array.from(bytes);
        const flips = 1 + Math.floor(random() * 8);
        for (let f = 0; f < flips; f++) copy[Math.floor(random() * copy.length)] = Math.floor(random() * 256);
        const report = parseDoap(copy);
        expectWellFormedReport(report);
        runs += 1;
        if (!report.usable) unusable += 1;
      }
    }
    // Flips that land in markup break the XML; the parser must notice at least those.
    expect(unusable).toBeGreaterThan(runs / 10);
  });

  it('survives entirely random bytes and random text', () => {
    const random = seededRandom(7);
    for (let i = 0; i < 200; i++) {
      const length = Math.floor(random() * 4000);
      const bytes = Uint8Array.from({ length }, () => Math.floor(random() * 256));
      const asBytes = parseDoap(bytes);
      expectWellFormedReport(asBytes);
      expect(asBytes.usable).toBe(false);
      const alphabet = '<>/="\' \n&;:!?[]-abcdefxmlnsProjectnamerdf';
      const text = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expectWellFormedReport(parseDoap(text));
    }
  });

  it('rejects deep nesting without overflowing the stack', () => {
    const depth = 200_000;
    const report = parseDoap('<a>'.repeat(depth) + '</a>'.repeat(depth));
    expect(report.usable).toBe(false);
    expect(report.problems.map((p) => p.code)).toContain('too-deep');
  });

  it('refuses the billion laughs without expanding anything', () => {
    const lol = ['<?xml version="1.0"?>', '<!DOCTYPE lolz [', '<!ENTITY lol "lol">'];
    for (let i = 1; i <= 9; i++) lol.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
    lol.push(']>', '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://usefulinc.com/ns/doap#"><Project><name>&lol9;</name></Project></rdf:RDF>');
    const report = parseDoap(lol.join('\n'));
    expect(report.usable).toBe(false);
    expect(report.problems.map((p) => p.code)).toEqual(['doctype-forbidden']);
    expect(report.problems[0]?.line).toBe(2);
    expect(JSON.stringify(report).includes('lollol')).toBe(false);
  });

  it('refuses external entities and does not read the file they name', () => {
    const text = `<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://usefulinc.com/ns/doap#"><Project><name>&xxe;</name></Project></rdf:RDF>`;
    const report = parseDoap(text);
    expect(report.usable).toBe(false);
    expect(report.project).toBeNull();
    expect(report.problems[0]?.code).toBe('doctype-forbidden');
  });

  it('handles a huge attribute within the size limit and refuses a file above it', () => {
    const big = 'x'.repeat(1_500_000);
    const ok = parseDoap(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://usefulinc.com/ns/doap#"><Project><name>N</name><homepage rdf:resource="https://example.org/${big}"/></Project></rdf:RDF>`);
    expect(ok.usable).toBe(true);
    expect(ok.project?.homepage).toHaveLength(1_500_000 + 'https://example.org/'.length);

    const tooBig = parseDoap(`<a b="${'y'.repeat(3_000_000)}"/>`);
    expect(tooBig.usable).toBe(false);
    expect(tooBig.problems.map((p) => p.code)).toEqual(['too-large']);
  });

  it('stops at too many elements', () => {
    const report = parseDoap(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">${'<x/>'.repeat(150_000)}</rdf:RDF>`);
    expect(report.usable).toBe(false);
    expect(report.problems.map((p) => p.code)).toContain('too-many-elements');
  });

  it('stays linear when a file repeats properties, releases and RFCs by the ten thousand', () => {
    const head = '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://usefulinc.com/ns/doap#"><Project><name>N</name>';
    const os = Array.from({ length: 40_000 }, (_, i) => `<os>o${i}</os>`).join('');
    const rfcs = Array.from({ length: 8_000 }, (_, i) => `<implements rdf:resource="https://www.rfc-editor.org/info/rfc${i + 1}"/>`).join('');
    const releases = Array.from({ length: 8_000 }, (_, i) => `<release><Version><revision>1.${i}</revision><created>2020-01-01</created></Version></release>`).join('');
    const report = parseDoap(`${head}${os}${rfcs}${releases}</Project></rdf:RDF>`);
    expect(report.usable).toBe(true);
    expect(report.project?.os).toHaveLength(40_000);
    expect(report.project?.rfcs).toHaveLength(8_000);
    expect(report.project?.releases).toHaveLength(8_000);
  });

  it('reports undefined entities and invalid UTF-8', () => {
    const entity = parseDoap('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://usefulinc.com/ns/doap#"><Project><name>&nbsp;x</name></Project></rdf:RDF>');
    expect(entity.problems.map((p) => p.code)).toContain('xml-malformed');
    const bytes = Buffer.concat([Buffer.from('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://usefulinc.com/ns/doap#"><Project><name>'), Buffer.from([0xff, 0xfe]), Buffer.from('</name></Project></rdf:RDF>')]);
    const utf8 = parseDoap(bytes);
    expect(utf8.usable).toBe(false);
    expect(utf8.problems.map((p) => p.code)).toContain('invalid-encoding');
  });
});

describe('DOAP parsing of generated files', () => {
  /** Builds a random but well-formed DOAP file and what a correct reader must find in it. */
  function generate(random: () => number) {
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const expected = { xeps: new Map<number, string | null>(), releases: 0, errors: 0 };
    const parts: string[] = [];
    const count = Math.floor(random() * 30);
    for (let i = 0; i < count; i++) {
      const n = 1 + Math.floor(random() * 60);
      const roll = random();
      const status = roll < 0.7 ? pick(XEP_SUPPORT_STATUSES) : roll < 0.85 ? pick(['done', 'Complete', 'parial']) : null;
      const url = pick([`https://xmpp.org/extensions/xep-${String(n).padStart(4, '0')}.html`, `http://www.xmpp.org/extensions/xep-${n}.html`]);
      parts.push(`<implements><xmpp:SupportedXep><xmpp:xep rdf:resource="${url}"/>${status === null ? '' : `<xmpp:status>${status}</xmpp:status>`}<xmpp:version>1.${i}</xmpp:version></xmpp:SupportedXep></implements>`);
      if (expected.xeps.has(n)) {
        expected.errors += 1;
      } else {
        const known = status !== null && (XEP_SUPPORT_STATUSES as readonly string[]).includes(status);
        expected.xeps.set(n, known ? status : null);
        if (status !== null && !known) expected.errors += 1;
      }
    }
    const releases = Math.floor(random() * 5);
    for (let i = 0; i < releases; i++) {
      const versions = 1 + Math.floor(random() * 3);
      // Releases go anywhere among the XEPs; the XEPs keep their order, which decides the duplicates.
      const at = Math.floor(random() * (parts.length + 1));
      parts.splice(at, 0, `<release>${Array.from({ length: versions }, (_, v) => `<Version><revision>${i}.${v}</revision><created>2020-01-0${1 + v}</created></Version>`).join('')}</release>`);
      expected.releases += versions;
    }
    const text = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://usefulinc.com/ns/doap#" xmlns:xmpp="https://linkmauve.fr/ns/xmpp-doap#"><Project><name>Gen</name>\n${parts.join('\n')}\n</Project></rdf:RDF>`;
    return { text, expected };
  }

  it('finds exactly the XEPs, statuses, releases and errors put into 300 random files', () => {
    const random = seededRandom(2024);
    for (let run = 0; run < 300; run++) {
      const { text, expected } = generate(random);
      const report = parseDoap(text);
      expect(report.usable).toBe(true);
      const found = new Map(report.project!.supportedXeps.map((x) => [x.number, x.status]));
      expect(found).toEqual(expected.xeps);
      expect(report.project!.releases).toHaveLength(expected.releases);
      expect(report.problems.filter((p) => p.severity === 'error')).toHaveLength(expected.errors);
    }
  });
});
