import { describe, expect, it } from 'vitest';
import { describeChange, diffJson, jsonEqual } from './diff.ts';
import { fixtureRecords } from './test-fixtures.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests edit parsed JSON

function openfire(): Json {
  const f = fixtureRecords().find((x) => x.file === 'CVE-2023-32315.json');
  if (!f) throw new Error('fixture missing');
  return structuredClone(f.record) as Json;
}

describe('diffJson', () => {
  it('finds nothing between a record and its copy with keys in another order', () => {
    const a = openfire();
    const b = JSON.parse(JSON.stringify(a, Object.keys(a).reverse())) as Json;
    expect(diffJson(a, structuredClone(a))).toEqual([]);
    expect(jsonEqual(a, { ...b, ...a })).toBe(true);
  });

  it('reports a changed version bound by its full path with old and new value', () => {
    const a = openfire();
    const b = openfire();
    b.containers.cna.affected[0].versions[1].version = '>= 4.7.0, < 4.7.6';
    expect(diffJson(a, b)).toEqual([
      {
        kind: 'changed',
        path: 'containers.cna.affected[0].versions[1].version',
        segments: ['containers', 'cna', 'affected', 0, 'versions', 1, 'version'],
        oldValue: '>= 4.7.0, < 4.7.5',
        newValue: '>= 4.7.0, < 4.7.6',
      },
    ]);
  });

  it('reports an inserted reference as one addition, not every later entry as changed', () => {
    const a = openfire();
    const b = openfire();
    b.containers.cna.references.unshift({ url: 'https://example.org/new' });
    const changes = diffJson(a, b);
    expect(changes.map(describeChange)).toEqual(['containers.cna.references[0]: added {"url":"https://example.org/new"}']);
  });

  it('reports removed and added fields, and changes of type', () => {
    const a = openfire();
    const b = openfire();
    delete b.containers.cna.title;
    b.containers.cna.x_generator = { engine: 'xmppsec' };
    b.containers.cna.source = 'advisory';
    expect(diffJson(a, b).map((c) => `${c.kind} ${c.path}`)).toEqual(['removed containers.cna.title', 'changed containers.cna.source', 'added containers.cna.x_generator']);
  });

  it('compares entries that changed in place field by field', () => {
    const a = openfire();
    const b = openfire();
    b.containers.cna.references[1].tags = ['exploit'];
    b.containers.cna.references[0].name = 'GHSA-gw42-f939-fhvm';
    expect(diffJson(a, b).map((c) => c.path)).toEqual(['containers.cna.references[0].name', 'containers.cna.references[1].tags']);
  });

  it('leaves out ignored paths (e.g. timestamps set by CVE Services)', () => {
    const a = openfire();
    const b = openfire();
    b.cveMetadata.dateUpdated = '2030-01-01T00:00:00.000Z';
    b.containers.cna.providerMetadata.dateUpdated = '2030-01-01T00:00:00.000Z';
    expect(diffJson(a, b, { ignore: (s) => s.at(-1) === 'dateUpdated' })).toEqual([]);
  });

  it('handles removals at the end and long lists', () => {
    const a = { list: Array.from({ length: 3000 }, (_, i) => i) };
    const b = { list: [...a.list.slice(0, 2999)] };
    expect(diffJson(a, b).map(describeChange)).toEqual(['list[2999]: removed (was 2999)']);
    const c = { list: [9, ...a.list.slice(1)] };
    expect(diffJson(a, c).map(describeChange)).toEqual(['list[0]: changed from 0 to 9']);
  });
});
