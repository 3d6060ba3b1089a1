import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cveTimestampToUtc, importCveRecord, importCveRecordText } from './import-record.ts';
import { exportCveJson, normaliseCveRecord } from './normalise.ts';
import { buildRejectedRecord } from './build-record.ts';
import { TEST_CNA, advancedExample, fixtureRecords } from './test-fixtures.ts';

describe('importing the real records', () => {
  for (const f of fixtureRecords()) {
    it(`${f.file} imports, and exports back byte for byte`, () => {
      const result = importCveRecordText(readFileSync(f.path));
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      const { record, metadata, normalised } = result.value;
      expect(normalised).toEqual([]);
      expect(record).toEqual(f.record);
      expect(exportCveJson(record)).toBe(f.text);
      expect(metadata).toMatchObject({ cveId: f.file.replace('.json', ''), state: 'PUBLISHED', dataVersion: '5.1', schemaVersion: '5.2.0' });
    });
  }

  it('the upstream 5.2 example round-trips too', () => {
    const example = advancedExample();
    const result = importCveRecord(example);
    expect(result.ok && result.value.record).toEqual(example);
  });

  it('reads n/a vendors as unknown and keeps product names for matching', () => {
    const byFile = new Map(fixtureRecords().map((f) => [f.file, importCveRecord(f.record)]));
    const prosody = byFile.get('CVE-2022-0217.json');
    const gajim = byFile.get('CVE-2021-41055.json');
    const openfire = byFile.get('CVE-2023-32315.json');
    expect(prosody?.ok && prosody.value.metadata.products).toEqual([{ vendor: null, product: 'prosody' }]);
    expect(gajim?.ok && gajim.value.metadata.products).toEqual([{ vendor: null, product: null }]);
    expect(openfire?.ok && openfire.value.metadata).toMatchObject({
      products: [{ vendor: 'igniterealtime', product: 'Openfire' }],
      cweIds: ['CWE-22'],
      title: 'Openfire administration console authentication bypass',
      assignerShortName: 'GitHub_M',
    });
  });

  it('reads timestamps without a zone as UTC', () => {
    const gajim = importCveRecord(fixtureRecords().find((f) => f.file === 'CVE-2021-41055.json')?.record);
    expect(gajim.ok && gajim.value.metadata.dates).toEqual({
      reserved: '2021-09-13T00:00:00.000Z',
      published: '2021-10-11T02:40:43.000Z',
      updated: '2024-08-04T02:59:31.361Z',
    });
    expect(cveTimestampToUtc('2023-08-24T00:00:00+02:00')).toBe('2023-08-23T22:00:00.000Z');
    expect(cveTimestampToUtc('garbage')).toBeUndefined();
  });

  it('imports rejected records', () => {
    const rejected = buildRejectedRecord({ reasons: ['Not a vulnerability.'] }, TEST_CNA, { cveId: 'CVE-2024-0001', now: new Date('2024-02-01T00:00:00Z') });
    const result = importCveRecord(JSON.parse(JSON.stringify(rejected)));
    expect(result.ok && result.value.metadata).toMatchObject({ state: 'REJECTED', products: [], dates: { rejected: '2024-02-01T00:00:00.000Z' } });
  });
});

describe('normalisation', () => {
  it('trims strings, as CVE Services does, and says where', () => {
    const record = structuredClone(fixtureRecords()[0]?.record) as { containers: { cna: { descriptions: Array<{ value: string }> } } };
    const original = record.containers.cna.descriptions[0]?.value ?? '';
    record.containers.cna.descriptions[0] = { ...record.containers.cna.descriptions[0], value: `  ${original}\n` } as { value: string };
    const result = importCveRecord(record);
    expect(result.ok && result.value.normalised).toEqual(['/containers/cna/descriptions/0/value']);
    expect(result.ok && (result.value.record.containers.cna as { descriptions: Array<{ value: string }> }).descriptions[0]?.value).toBe(original);
  });

  it('changes nothing else', () => {
    for (const f of fixtureRecords()) expect(normaliseCveRecord(f.record)).toEqual({ value: f.record, changed: [] });
  });
});

describe('bad input is refused whole, with a clear error', () => {
  const cases: Array<[string, string | Uint8Array, RegExp]> = [
    ['not JSON', '{"dataType": "CVE_RECORD",', /^\(record\): is not valid JSON: /],
    ['not UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), /not valid UTF-8/],
    ['a list', '[]', /must be a JSON object \(one CVE record per file\)/],
    ['a number', '42', /must be a JSON object/],
    ['too large', ' '.repeat(9 * 1024 * 1024), /larger than 8\.0 MiB/],
    ['too deep', `${'['.repeat(5000)}${']'.repeat(5000)}`, /nested more than 64 levels deep/],
    ['wrong types inside', '{"dataType":"CVE_RECORD","dataVersion":5,"cveMetadata":{"cveId":"CVE-2024-1234","assignerOrgId":"4a0ea5a1-8a53-4a5e-9c2c-0c5c5a5e5f5a","state":"PUBLISHED"},"containers":{"cna":[]}}', /dataVersion: must be a string/],
  ];
  for (const [name, input, message] of cases) {
    it(name, () => {
      const result = importCveRecordText(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n')).toMatch(message);
    });
  }

  it('a byte-order mark is accepted', () => {
    const f = fixtureRecords()[0];
    expect(importCveRecordText(`\uFEFF${f?.text ?? ''}`).ok).toBe(true);
  });
});
