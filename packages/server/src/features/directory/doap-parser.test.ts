import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDoap } from './doap-parser.ts';
import { countXepStatuses, newestRelease } from './doap-summary.ts';
import type { DoapProblemCode } from './doap-types.ts';
import { DOAP_FIXTURES, doapFixtureFiles, hasPython, python } from './test-helpers.ts';

/** An independent reading of the fixtures with Python's expat, to check our counts and lines against. */
const REFERENCE = String.raw`
import sys, json, re, xml.parsers.expat
D = 'http://usefulinc.com/ns/doap#|'
X = 'https://linkmauve.fr/ns/xmpp-doap#|'
R = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#|'
ALLOWED = {'complete', 'partial', 'planned', 'deprecated', 'removed', 'wontfix'}
out = {}
for path in sys.argv[1:]:
    p = xml.parsers.expat.ParserCreate(namespace_separator='|')
    stack = []
    r = {'name': None, 'supportedXep': 0, 'xepNumbers': [], 'statusCounts': {}, 'versions': 0, 'dates': [],
         'rfcs': [], 'misspeltLines': [], 'badStatusLines': [], 'missingStatusLines': [], 'languages': [], 'categories': 0}
    def start(name, attrs):
        stack.append({'name': name, 'line': p.CurrentLineNumber, 'text': '', 'kids': [], 'attrs': attrs})
    def end(name):
        e = stack.pop()
        parent = stack[-1]['name'] if stack else None
        if stack: stack[-1]['kids'].append(e)
        text = e['text'].strip()
        local = name.split('|')[-1]
        if name == X + 'SupportedXep':
            r['supportedXep'] += 1
            statuses = [k for k in e['kids'] if k['name'] == X + 'status']
            st = statuses[0]['text'].strip() if statuses else None
            key = st if st in ALLOWED else 'unspecified'
            r['statusCounts'][key] = r['statusCounts'].get(key, 0) + 1
            if not statuses: r['missingStatusLines'].append(e['line'])
            for k in e['kids']:
                if k['name'] == X + 'xep':
                    m = re.search(r'xep-(\d+)', k['attrs'].get(R + 'resource', ''))
                    if m: r['xepNumbers'].append(int(m.group(1)))
        if name == X + 'status' and text not in ALLOWED: r['badStatusLines'].append(e['line'])
        if name == D + 'Version' and parent == D + 'release':
            r['versions'] += 1
            for k in e['kids']:
                if k['name'] == D + 'created': r['dates'].append(k['text'].strip())
        if name == D + 'implements':
            m = re.search(r'rfc(\d+)', e['attrs'].get(R + 'resource', ''))
            if m and int(m.group(1)) not in r['rfcs']: r['rfcs'].append(int(m.group(1)))
        if local == 'programming-langauge': r['misspeltLines'].append(e['line'])
        if parent == D + 'Project':
            if name == D + 'name' and r['name'] is None: r['name'] = text
            if local in ('programming-language', 'programming-langauge'): r['languages'].append(text)
            if name == D + 'category': r['categories'] += 1
    def chars(data):
        if stack: stack[-1]['text'] += data
    p.StartElementHandler = start
    p.EndElementHandler = end
    p.CharacterDataHandler = chars
    with open(path, 'rb') as f:
        p.Parse(f.read(), True)
    out[path.split('/')[-1]] = r
print(json.dumps(out))
`;

interface Reference {
  name: string | null;
  supportedXep: number;
  xepNumbers: number[];
  statusCounts: Record<string, number>;
  versions: number;
  dates: string[];
  rfcs: number[];
  misspeltLines: number[];
  badStatusLines: number[];
  missingStatusLines: number[];
  languages: string[];
  categories: number;
}

function linesOf(code: DoapProblemCode, problems: { code: string; line: number }[]): number[] {
  return problems.filter((p) => p.code === code).map((p) => p.line);
}

describe.skipIf(!hasPython())('parseDoap on the real DOAP fixtures, checked against Python expat', () => {
  const files = doapFixtureFiles();
  const reference = python<Record<string, Reference>>(REFERENCE, files.map((f) => join(DOAP_FIXTURES, f)));

  it('has all ten fixtures', () => {
    expect(files).toHaveLength(10);
  });

  for (const file of files) {
    it(`reads ${file} like the reference does`, () => {
      const ref = reference[file]!;
      const report = parseDoap(readFileSync(join(DOAP_FIXTURES, file)));
      const project = report.project!;
      expect(report.usable).toBe(true);
      expect(project.name).toBe(ref.name);
      expect(project.supportedXeps).toHaveLength(ref.supportedXep);
      expect(project.supportedXeps.map((x) => x.number).sort((a, b) => a - b)).toEqual([...ref.xepNumbers].sort((a, b) => a - b));
      const counts = Object.fromEntries(Object.entries(countXepStatuses(project)).filter(([, n]) => n > 0));
      expect(counts).toEqual(ref.statusCounts);
      expect(project.releases).toHaveLength(ref.versions);
      const newest = newestRelease(project.releases);
      expect(newest?.created ?? null).toBe(ref.dates.length ? ref.dates.toSorted().at(-1) : null);
      expect(project.rfcs.toSorted()).toEqual(ref.rfcs.toSorted());
      expect(project.programmingLanguages).toEqual([...new Set(ref.languages)]);
      expect(project.categories).toHaveLength(ref.categories);
      expect(linesOf('misspelled-property', report.problems)).toEqual(ref.misspeltLines);
      expect(linesOf('unknown-status', report.problems)).toEqual(ref.badStatusLines);
      expect(linesOf('missing-status', report.problems)).toEqual(ref.missingStatusLines);
    });
  }

  it('finds the known quirks of the real files', () => {
    const all = files.flatMap((f) => parseDoap(readFileSync(join(DOAP_FIXTURES, f))).problems.map((p) => `${f}:${p.code}`));
    expect(all).toContain('prosody.doap:misspelled-property');
    expect(all).toContain('ejabberd.doap:misspelled-property');
    expect(all).toContain('movim.doap:unknown-status');
    expect(all).toContain('prosody.doap:missing-status');
    expect(all).toContain('movim.doap:duplicate-release');
    expect(all).toContain('movim.doap:release-date-order');
  });
});

const HEAD = `<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://usefulinc.com/ns/doap#" xmlns:xmpp="https://linkmauve.fr/ns/xmpp-doap#">
<Project>
<name>Test</name>
`;
const TAIL = `</Project>
</rdf:RDF>
`;
const doc = (body: string) => HEAD + body + TAIL;
const xep = (url: string, extra = '<xmpp:status>complete</xmpp:status>') =>
  `<implements><xmpp:SupportedXep><xmpp:xep rdf:resource="${url}"/>${extra}</xmpp:SupportedXep></implements>\n`;
/** Line of the first occurrence of `needle` in `text`, 1-based. */
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('parseDoap tolerance', () => {
  it('reads namespaces declared on Project instead of rdf:RDF', () => {
    const text = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<Project xmlns="http://usefulinc.com/ns/doap#" xmlns:xmpp="https://linkmauve.fr/ns/xmpp-doap#"><name>P</name>
${xep('https://xmpp.org/extensions/xep-0030.html')}</Project></rdf:RDF>`;
    const report = parseDoap(text);
    expect(report.problems).toEqual([]);
    expect(report.project?.supportedXeps.map((x) => x.number)).toEqual([30]);
  });

  it('accepts XEP URLs with http, https and www, and RFC URLs in every common style', () => {
    const text = doc([
      xep('http://xmpp.org/extensions/xep-0001.html'),
      xep('https://www.xmpp.org/extensions/xep-0002.html'),
      xep('http://www.xmpp.org/extensions/xep-0003'),
      xep('https://xmpp.org/extensions/attic/xep-0004-2.9.html'),
      ...['https://www.rfc-editor.org/info/rfc6120', 'https://xmpp.org/rfcs/rfc6121.html', 'https://tools.ietf.org/html/rfc6122',
        'https://datatracker.ietf.org/doc/html/rfc7590', 'https://www.rfc-editor.org/rfc/rfc7395.txt', 'http://www.ietf.org/rfc/rfc3920.txt',
        'https://datatracker.ietf.org/doc/rfc9525/'].map((u) => `<implements rdf:resource="${u}"/>\n`),
    ].join(''));
    const report = parseDoap(text);
    expect(report.problems).toEqual([]);
    expect(report.project?.supportedXeps.map((x) => x.number)).toEqual([1, 2, 3, 4]);
    expect(report.project?.rfcs).toEqual([6120, 6121, 6122, 7590, 7395, 3920, 9525]);
  });

  it('reads several Version elements in one release as several releases', () => {
    const text = doc(`<release>
<Version><revision>1.1</revision><created>2024-02-01</created></Version>
<Version><revision>1.0</revision><created>2024-01-01</created><file-release rdf:resource="https://example.org/1.0.tar.gz"/></Version>
</release>\n`);
    const report = parseDoap(text);
    expect(report.problems).toEqual([]);
    expect(report.project?.releases.map((r) => [r.revision, r.created])).toEqual([['1.1', '2024-02-01'], ['1.0', '2024-01-01']]);
    expect(report.project?.releases[1]?.fileReleases).toEqual(['https://example.org/1.0.tar.gz']);
  });

  it('treats empty elements as absent without complaint', () => {
    const report = parseDoap(doc(xep('https://xmpp.org/extensions/xep-0030.html', '<xmpp:status>partial</xmpp:status><xmpp:note/><xmpp:since></xmpp:since><xmpp:version/>') + '<shortdesc/>\n'));
    expect(report.problems).toEqual([]);
    expect(report.project?.supportedXeps[0]).toMatchObject({ number: 30, status: 'partial', note: null, since: null, version: null });
    expect(report.project?.shortdesc).toBeNull();
  });

  it('reads a file without any namespace, warning about it', () => {
    const report = parseDoap('<Project><name>Bare</name><programming-language>C</programming-language></Project>');
    expect(report.usable).toBe(true);
    expect(report.project?.programmingLanguages).toEqual(['C']);
    expect(report.problems.map((p) => p.code)).toEqual(expect.arrayContaining(['no-rdf-root', 'wrong-namespace']));
  });

  it('prefers the English variant of language-tagged text', () => {
    const report = parseDoap(doc('<shortdesc xml:lang="de">Ein Test</shortdesc>\n<shortdesc xml:lang="en">A test</shortdesc>\n'));
    expect(report.project?.shortdesc).toBe('A test');
  });

  it('reads maintainers, repositories, logo and licence', () => {
    const text = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://usefulinc.com/ns/doap#" xmlns:foaf="http://xmlns.com/foaf/0.1/" xmlns:schema="https://schema.org">
<Project><name>P</name><license rdf:resource="https://spdx.org/licenses/MIT"/><schema:logo rdf:resource="https://example.org/logo.svg"/>
<maintainer><foaf:Person><foaf:name>Ann</foaf:name><foaf:mbox rdf:resource="mailto:ann@example.org"/><foaf:jabberID>ann@example.org</foaf:jabberID></foaf:Person></maintainer>
<repository><GitRepository><location rdf:resource="https://example.org/p.git"/><browse rdf:resource="https://example.org/p"/></GitRepository></repository>
</Project></rdf:RDF>`;
    const project = parseDoap(text).project!;
    expect(project.license).toBe('https://spdx.org/licenses/MIT');
    expect(project.logo).toBe('https://example.org/logo.svg');
    expect(project.maintainers).toEqual([{ name: 'Ann', nick: null, homepage: null, email: 'ann@example.org', xmppAddress: 'ann@example.org' }]);
    expect(project.repositories).toEqual([{ kind: 'git', location: 'https://example.org/p.git', browse: 'https://example.org/p' }]);
  });
});

describe('parseDoap problems, each with its line', () => {
  it('reports XEP references that are not XEP URLs, with a hint when the number is recognisable', () => {
    const text = doc(xep('https://example.org/xep-0030.html') + xep('XEP-0045'));
    const report = parseDoap(text);
    const problems = report.problems.filter((p) => p.code === 'not-a-xep-url');
    expect(problems.map((p) => p.line)).toEqual([lineOf(text, 'example.org/xep'), lineOf(text, 'XEP-0045')]);
    expect(problems[1]?.message).toContain('https://xmpp.org/extensions/xep-0045.html');
    expect(report.project?.supportedXeps).toEqual([]);
    expect(report.usable).toBe(true);
  });

  it('reports duplicate XEPs on the second entry, naming the first line', () => {
    const text = doc(xep('https://xmpp.org/extensions/xep-0030.html') + xep('https://xmpp.org/extensions/xep-0030.html', '<xmpp:status>partial</xmpp:status>'));
    const report = parseDoap(text);
    const dup = report.problems.find((p) => p.code === 'duplicate-xep')!;
    const first = lineOf(text, 'xep-0030');
    expect(dup.severity).toBe('error');
    expect(dup.line).toBe(first + 1);
    expect(dup.message).toContain(`line ${first}`);
    expect(report.project?.supportedXeps).toHaveLength(1);
  });

  it('reports unknown statuses with a suggestion, and missing ones', () => {
    const text = doc(xep('https://xmpp.org/extensions/xep-0001.html', '<xmpp:status>compleet</xmpp:status>') + xep('https://xmpp.org/extensions/xep-0002.html', ''));
    const report = parseDoap(text);
    const unknown = report.problems.find((p) => p.code === 'unknown-status')!;
    expect(unknown.line).toBe(lineOf(text, 'compleet'));
    expect(unknown.message).toContain('"complete"');
    expect(report.problems.find((p) => p.code === 'missing-status')?.line).toBe(lineOf(text, 'xep-0002'));
    expect(report.project?.supportedXeps.map((x) => [x.status, x.rawStatus])).toEqual([[null, 'compleet'], [null, null]]);
  });

  it('reports releases without dates and invalid dates', () => {
    const text = doc('<release><Version><revision>1.0</revision></Version></release>\n<release><Version><revision>0.9</revision><created>2023-02-30</created></Version></release>\n');
    const report = parseDoap(text);
    expect(linesOf('release-without-date', report.problems)).toEqual([lineOf(text, '>1.0<'), lineOf(text, '>0.9<')]);
    expect(linesOf('invalid-date', report.problems)).toEqual([lineOf(text, '2023-02-30')]);
  });

  it('reports a release listed twice and dates that contradict the order within a branch', () => {
    const rel = (v: string, date: string) => `<release><Version><revision>${v}</revision><created>${date}</created></Version></release>\n`;
    const text = doc(rel('1.2', '2024-05-01') + rel('1.1', '2024-06-01') + rel('1.1', '2024-06-01') + rel('0.9.5', '2024-07-01') + rel('1.0.0', '2023-01-01') + rel('1.2.1', '2024-05-02'));
    const report = parseDoap(text);
    expect(report.problems.map((p) => [p.code, p.line])).toEqual([['release-date-order', 5], ['duplicate-release', 7]]);
    expect(report.problems[0]?.message).toContain('release 1.2 is dated 2024-05-01, before the lower version 1.1 (2024-06-01)');
  });

  it('detects near-misses of known property names generally and reads them as meant', () => {
    const text = doc('<programing-language>Go</programing-language>\n<bug_database rdf:resource="https://example.org/bugs"/>\n<licence rdf:resource="https://example.org/l"/>\n'
      + xep('https://xmpp.org/extensions/xep-0030.html', '<xmpp:stauts>complete</xmpp:stauts>'));
    const report = parseDoap(text);
    const misspelt = report.problems.filter((p) => p.code === 'misspelled-property');
    expect(misspelt.map((p) => p.line)).toEqual([lineOf(text, 'programing'), lineOf(text, 'bug_database'), lineOf(text, 'licence'), lineOf(text, 'stauts')]);
    expect(report.project?.programmingLanguages).toEqual(['Go']);
    expect(report.project?.bugDatabase).toBe('https://example.org/bugs');
    expect(report.project?.license).toBe('https://example.org/l');
    expect(report.project?.supportedXeps[0]?.status).toBe('complete');
  });

  it('reports unknown DOAP properties but leaves other vocabularies alone', () => {
    const text = doc('<frobnicator>x</frobnicator>\n<dc:title xmlns:dc="http://purl.org/dc/elements/1.1/">t</dc:title>\n');
    const report = parseDoap(text);
    expect(report.problems.map((p) => [p.code, p.line])).toEqual([['unknown-property', lineOf(text, 'frobnicator')]]);
  });

  it('reports values with stray whitespace and uses them trimmed', () => {
    const text = doc(xep(' https://xmpp.org/extensions/xep-0030.html', '<xmpp:status> complete\n</xmpp:status>') + '<os>Linux </os>\n');
    const report = parseDoap(text);
    expect(report.problems.filter((p) => p.code === 'stray-whitespace')).toHaveLength(3);
    expect(report.project?.supportedXeps[0]?.status).toBe('complete');
    expect(report.project?.os).toEqual(['Linux']);
  });

  it('is not usable without a name, or without a Project, or when the XML is malformed', () => {
    const noName = parseDoap('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://usefulinc.com/ns/doap#"><Project><name> </name></Project></rdf:RDF>');
    expect(noName.usable).toBe(false);
    expect(noName.problems.map((p) => p.code)).toContain('missing-name');

    const html = parseDoap('<html><body>Not found</body></html>');
    expect(html.usable).toBe(false);
    expect(html.project).toBeNull();
    expect(html.problems.map((p) => p.code)).toEqual(['no-project']);

    const text = doc('<shortdesc>unclosed\n');
    const broken = parseDoap(text);
    expect(broken.usable).toBe(false);
    expect(broken.problems.find((p) => p.code === 'xml-malformed')?.line).toBeGreaterThanOrEqual(lineOf(text, 'unclosed'));
    expect(broken.project?.name).toBe('Test');
  });

  it('reads a bare XEP URL in implements, warning that status and version are unknown', () => {
    const report = parseDoap(doc('<implements rdf:resource="https://xmpp.org/extensions/xep-0280.html"/>\n'));
    expect(report.project?.supportedXeps.map((x) => [x.number, x.status])).toEqual([[280, null]]);
    expect(report.problems.map((p) => p.code)).toEqual(['bare-xep-reference']);
  });

  it('reads a SupportedXep placed directly in Project, with a warning', () => {
    const text = doc('<xmpp:SupportedXep><xmpp:xep rdf:resource="https://xmpp.org/extensions/xep-0198.html"/><xmpp:status>complete</xmpp:status></xmpp:SupportedXep>\n');
    const report = parseDoap(text);
    expect(report.project?.supportedXeps.map((x) => [x.number, x.status])).toEqual([[198, 'complete']]);
    expect(report.problems.map((p) => [p.code, p.line])).toEqual([['unexpected-property', 5]]);
  });

  it('reads only the first of several projects', () => {
    const report = parseDoap(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://usefulinc.com/ns/doap#">
<Project><name>A</name></Project>
<Project><name>B</name></Project></rdf:RDF>`);
    expect(report.project?.name).toBe('A');
    expect(report.problems.map((p) => [p.code, p.line])).toEqual([['several-projects', 3]]);
  });

  it('caps the number of problems it lists', () => {
    const body = Array.from({ length: 50 }, (_, i) => `<frob${i}/>\n`).join('');
    const report = parseDoap(doc(body), { maxProblems: 10 });
    expect(report.problems).toHaveLength(11);
    expect(report.problems.at(-1)?.code).toBe('too-many-problems');
    expect(report.problems.at(-1)?.message).toContain('40 further');
  });
});
