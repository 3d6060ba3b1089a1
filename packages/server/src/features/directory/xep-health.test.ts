import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDoap } from './doap-parser.ts';
import { DOAP_FIXTURES, FIXTURES, doapFixtureFiles, hasPython, python } from './test-helpers.ts';
import { xepHealthReport } from './xep-health.ts';
import type { XepInfo } from './xep-list.ts';
import { parseXepList } from './xep-list.ts';

/** The same three lists computed with ElementTree straight from the files. */
const REFERENCE = String.raw`
import sys, json, re, xml.etree.ElementTree as ET
X = '{https://linkmauve.fr/ns/xmpp-doap#}'
R = '{http://www.w3.org/1999/02/22-rdf-syntax-ns#}resource'
xeplist, cutoff, doaps = sys.argv[1], sys.argv[2], sys.argv[3:]
declared = {}
for path in doaps:
    name = path.split('/')[-1][:-5]
    seen = set()
    for s in ET.parse(path).getroot().iter(X + 'SupportedXep'):
        m = re.search(r'xep-(\d+)', s.find(X + 'xep').get(R))
        n = int(m.group(1))
        if n in seen: continue
        seen.add(n)
        st = s.findtext(X + 'status')
        declared.setdefault(n, []).append((name, st.strip() if st else None))
stale, advance, retired = [], [], []
for x in ET.parse(xeplist).getroot().findall('xep'):
    if x.get('accepted') != 'true': continue
    n = int(x.findtext('number')); status = x.findtext('status')
    impls = declared.get(n, [])
    if status == 'Experimental':
        if x.findtext('last-revision/date') < cutoff: stale.append(n)
        if sum(1 for _, st in impls if st == 'complete') >= 2: advance.append(n)
    if status in ('Deprecated', 'Obsolete'):
        using = sorted(p for p, st in impls if st in ('complete', 'partial'))
        if using: retired.append([n, using])
print(json.dumps({'stale': sorted(stale), 'advance': sorted(advance), 'retired': sorted(retired)}))
`;

const list = parseXepList(readFileSync(join(FIXTURES, 'xeplist.xml')));
const files = doapFixtureFiles();
const projects = files.map((f) => ({ project: f.slice(0, -5), xeps: parseDoap(readFileSync(join(DOAP_FIXTURES, f))).project!.supportedXeps }));

describe.skipIf(!hasPython())('xepHealthReport on the real XEP list and DOAP files', () => {
  const now = new Date('2026-11-01T00:00:00Z');
  const reference = python<{ stale: number[]; advance: number[]; retired: [number, string[]][] }>(
    REFERENCE, [join(FIXTURES, 'xeplist.xml'), '2025-11-01', ...files.map((f) => join(DOAP_FIXTURES, f))],
  );
  const report = xepHealthReport(list.xeps, projects, { now });

  it('lists the Experimental XEPs without a revision for 12 months', () => {
    expect(report.dueForDeferral.map((x) => x.number)).toEqual(reference.stale);
    expect(reference.stale.length).toBeGreaterThan(0);
    for (const x of report.dueForDeferral) expect(x.monthsSinceRevision).toBeGreaterThanOrEqual(12);
  });

  it('lists the Experimental XEPs with at least two complete implementations', () => {
    expect(report.advancementCandidates.map((x) => x.number).toSorted((a, b) => a - b)).toEqual(reference.advance);
    const counts = report.advancementCandidates.map((x) => x.completeImplementations.length);
    expect(counts).toEqual(counts.toSorted((a, b) => b - a));
  });

  it('lists the Deprecated and Obsolete XEPs still declared as implemented, with the projects', () => {
    expect(report.retiredButImplemented.map((x) => [x.number, x.implementations.map((i) => i.project).toSorted()])).toEqual(reference.retired);
  });
});

describe('xepHealthReport rules', () => {
  const xep = (number: number, status: string, date: string): XepInfo => ({
    number, accepted: true, protoName: null, title: `XEP ${number}`, abstract: null, type: 'Standards Track', status,
    approver: 'Council', sig: 'Standards', shortname: null, lastRevision: { version: '0.1.0', date, initials: null, remark: null },
    lastCall: null, tags: [], supersedes: [], supersededBy: [], line: 1,
  });
  const now = new Date('2026-06-15T00:00:00Z');

  it('uses the calendar month for staleness and counts whole months', () => {
    const report = xepHealthReport([xep(1, 'Experimental', '2025-06-15'), xep(2, 'Experimental', '2025-06-14'), xep(3, 'Draft', '2010-01-01')], [], { now });
    expect(report.dueForDeferral).toEqual([{ number: 2, title: 'XEP 2', lastRevision: { version: '0.1.0', date: '2025-06-14' }, monthsSinceRevision: 12 }]);
  });

  it('needs the configured number of distinct complete implementations', () => {
    const projects = [
      { project: 'a', xeps: [{ number: 5, status: 'complete' as const, version: '0.2' }, { number: 5, status: 'complete' as const, version: '0.2' }] },
      { project: 'b', xeps: [{ number: 5, status: 'partial' as const, version: null }] },
      { project: 'c', xeps: [{ number: 5, status: 'complete' as const, version: null }] },
    ];
    const xeps = [xep(5, 'Experimental', '2026-06-01')];
    expect(xepHealthReport(xeps, projects, { now }).advancementCandidates.map((c) => c.completeImplementations.map((i) => i.project))).toEqual([['a', 'c']]);
    expect(xepHealthReport(xeps, projects, { now, minCompleteImplementations: 3 }).advancementCandidates).toEqual([]);
  });

  it('does not count removed or deprecated declarations as implementations of retired XEPs', () => {
    const projects = [
      { project: 'a', xeps: [{ number: 7, status: 'removed' as const, version: null }] },
      { project: 'b', xeps: [{ number: 7, status: 'partial' as const, version: '1.0' }] },
    ];
    const report = xepHealthReport([xep(7, 'Obsolete', '2015-01-01')], projects, { now });
    expect(report.retiredButImplemented).toEqual([{ number: 7, title: 'XEP 7', status: 'Obsolete', implementations: [{ project: 'b', status: 'partial', version: '1.0' }] }]);
  });
});
