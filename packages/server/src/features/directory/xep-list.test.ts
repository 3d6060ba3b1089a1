import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSpecReference, parseXepList } from './xep-list.ts';
import { FIXTURES, hasPython, python } from './test-helpers.ts';

/** Every entry of the XEP list read with ElementTree, as the reference. */
const REFERENCE = String.raw`
import sys, json, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
def t(e, name):
    v = e.findtext(name)
    return v.strip() if v and v.strip() else None
out = []
for x in root.findall('xep'):
    lr = x.find('last-revision')
    out.append({
        'accepted': x.get('accepted') == 'true', 'number': t(x, 'number'), 'title': t(x, 'title'),
        'status': t(x, 'status'), 'type': t(x, 'type'), 'shortname': t(x, 'shortname'), 'protoName': t(x, 'proto-name'),
        'version': t(lr, 'version') if lr is not None else None, 'date': t(lr, 'date') if lr is not None else None,
        'tags': [g.text.strip() for g in x.findall('tags/tag')],
        'supersedes': [s.text.strip() for s in x.findall('supersedes/spec')],
        'supersededBy': [s.text.strip() for s in x.findall('supersededby/spec')],
        'lastCall': t(x, 'lastcall'),
    })
print(json.dumps(out))
`;

interface RefEntry {
  accepted: boolean;
  number: string | null;
  title: string;
  status: string;
  type: string | null;
  shortname: string | null;
  protoName: string | null;
  version: string | null;
  date: string | null;
  tags: string[];
  supersedes: string[];
  supersededBy: string[];
  lastCall: string | null;
}

const xeplist = join(FIXTURES, 'xeplist.xml');

describe.skipIf(!hasPython())('parseXepList on the real xeplist.xml, checked against ElementTree', () => {
  const reference = python<RefEntry[]>(REFERENCE, [xeplist]);
  const list = parseXepList(readFileSync(xeplist));

  it('reads every entry, complete and without problems', () => {
    expect(list.complete).toBe(true);
    expect(list.problems).toEqual([]);
    expect(list.xeps).toHaveLength(reference.length);
    expect(list.xeps.filter((x) => x.accepted)).toHaveLength(reference.filter((r) => r.accepted).length);
  });

  it('has the same fields as the reference for every entry', () => {
    list.xeps.forEach((x, i) => {
      const r = reference[i]!;
      expect(x.accepted).toBe(r.accepted);
      expect(x.number).toBe(r.accepted ? Number(r.number) : null);
      expect(x.title).toBe(r.title);
      expect(x.type).toBe(r.type);
      expect(x.shortname).toBe(r.shortname);
      expect(x.protoName).toBe(r.protoName);
      expect(x.lastRevision?.version ?? null).toBe(r.version);
      expect(x.lastRevision?.date ?? null).toBe(r.date);
      expect(x.tags).toEqual(r.tags);
      expect(x.supersedes.map((s) => s.text)).toEqual(r.supersedes);
      expect(x.supersededBy.map((s) => s.text)).toEqual(r.supersededBy);
      expect(x.lastCall).toBe(r.lastCall);
      if (r.status?.toLowerCase().startsWith('proto')) expect(x.status).toBe('ProtoXEP');
      else expect(x.status).toBe(r.status);
    });
  });

  it('links supersedes references to XEP and RFC numbers', () => {
    const x = list.xeps.find((e) => e.number === 487)!;
    expect(x.supersedes).toEqual([{ text: 'XEP-0156', xep: 156, rfc: null }, { text: 'RFC 7711', xep: null, rfc: 7711 }]);
    expect(parseSpecReference('RFC6120')).toEqual({ text: 'RFC6120', xep: null, rfc: 6120 });
    expect(parseSpecReference('XMPP Core')).toEqual({ text: 'XMPP Core', xep: null, rfc: null });
  });
});

describe('parseXepList on bad input', () => {
  it('flags duplicates, missing numbers and unknown statuses', () => {
    const text = `<xep-infos>
<xep accepted="true"><number>1</number><title>A</title><status>Active</status><last-revision><date>2020-01-01</date><version>1.0</version></last-revision></xep>
<xep accepted="true"><number>1</number><title>A again</title><status>Active</status></xep>
<xep accepted="true"><number>xxxx</number><title>B</title><status>Draft</status></xep>
<xep accepted="true"><number>3</number><title>C</title><status>Sleeping</status><last-revision><date>2020-02-31</date><version>1</version></last-revision></xep>
</xep-infos>`;
    const list = parseXepList(text);
    expect(list.xeps.map((x) => x.number)).toEqual([1, 3]);
    expect(list.problems.map((p) => [p.code, p.line])).toEqual([['duplicate-number', 3], ['missing-number', 4], ['unknown-status', 5], ['invalid-date', 5]]);
    expect(list.complete).toBe(true);
  });

  it('is incomplete when the XML is broken or not a XEP list', () => {
    const truncated = parseXepList(readFileSync(xeplist).subarray(0, 100_000));
    expect(truncated.complete).toBe(false);
    expect(truncated.xeps.length).toBeGreaterThan(0);
    const other = parseXepList('<rss/>');
    expect(other.complete).toBe(false);
    expect(other.problems.map((p) => p.code)).toEqual(['not-a-xep-list']);
    expect(parseXepList('<!DOCTYPE x [<!ENTITY a "b">]><xep-infos/>').problems.map((p) => p.code)).toEqual(['doctype-forbidden']);
  });
});
