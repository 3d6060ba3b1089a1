import { describe, expect, it } from 'vitest';
import { buildCveRecord, buildRejectedRecord } from './build-record.ts';
import { csafFileName, toCsaf, validateCsaf } from './csaf.ts';
import type { CveRecord } from './record-types.ts';
import { TEST_CNA, advancedExample, fixtureRecords, sampleDraft } from './test-fixtures.ts';

const NOW = new Date('2022-01-13T12:00:00.000Z');
const XSF = { name: 'XMPP Standards Foundation', namespace: 'https://xmpp.org', category: 'coordinator' as const };

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read the generated JSON

function csafFor(record: CveRecord): Json {
  return toCsaf(record, XSF, { now: NOW, canonicalUrl: `https://xmpp.org/advisories/csaf/${csafFileName(record.cveMetadata.cveId)}`, generator: { name: 'xmppsec', version: '0.1.0' } });
}

describe('toCsaf', () => {
  const records: Array<[string, CveRecord]> = [
    ...fixtureRecords().map((f) => [f.file, f.record] as [string, CveRecord]),
    ['advanced example', advancedExample()],
    ['built record', buildCveRecord(sampleDraft(), TEST_CNA, { cveId: 'CVE-2022-0217', now: NOW })],
    ['rejected record', buildRejectedRecord({ reasons: ['Duplicate.'] }, TEST_CNA, { cveId: 'CVE-2022-0218', now: NOW })],
  ];
  for (const [name, record] of records) {
    it(`${name} exports to a CSAF 2.0 document passing the strict schema and every mandatory test`, async () => {
      const result = await validateCsaf(csafFor(record));
      expect(result.errors).toEqual([]);
      expect(result.valid).toBe(true);
    });
  }

  const doc = csafFor(buildCveRecord(sampleDraft(), TEST_CNA, { cveId: 'CVE-2022-0217', now: NOW }));
  const vulnerability = doc.vulnerabilities[0];

  it('builds the product tree with ranges and fixed versions', () => {
    const prosody = doc.product_tree.branches.find((b: Json) => b.name === 'Prosody').branches[0];
    expect(prosody.branches.map((b: Json) => `${b.category} ${b.name}`)).toEqual([
      'product_version_range vers:semver/>=0.11.0|<0.11.12',
      'product_version 0.11.12',
      'product_version_range vers:semver/<0.10.3',
      'product_version 0.10.3',
    ]);
    expect(vulnerability.product_status).toEqual({ fixed: ['CSAFPID-0002', 'CSAFPID-0004'], known_affected: ['CSAFPID-0001', 'CSAFPID-0003', 'CSAFPID-0005'] });
  });

  it('carries scores, CWE, remediations, notes and acknowledgments', () => {
    expect(vulnerability.scores).toEqual([{ products: ['CSAFPID-0001', 'CSAFPID-0003', 'CSAFPID-0005'], cvss_v3: expect.objectContaining({ baseScore: 7.5, version: '3.1' }) }]);
    expect(vulnerability.cwe).toEqual({ id: 'CWE-776', name: "Improper Restriction of Recursive Entity References in DTDs ('XML Entity Expansion')" });
    expect(vulnerability.remediations.map((r: Json) => r.category)).toEqual(['vendor_fix', 'workaround']);
    expect(vulnerability.notes.map((n: Json) => n.title)).toEqual(['Description', 'Description (de)', 'CVSS 4.0 (2)']);
    expect(vulnerability.acknowledgments).toEqual([{ names: ['Matthew Wild'], summary: 'remediation developer' }, { names: ['XSF security team'], summary: 'coordinator' }]);
    expect(doc.document.tracking).toMatchObject({ id: 'CVE-2022-0217', status: 'final', version: '1' });
  });

  it('the validator finds real problems: a score for an unknown product', async () => {
    const broken = structuredClone(doc);
    broken.vulnerabilities[0].scores[0].products.push('CSAFPID-9999');
    const result = await validateCsaf(broken);
    expect(result.valid).toBe(false);
    expect(result.errors.map((e) => e.path)).toContain('vulnerabilities[0].scores[0].products[3]');
  });

  it('the validator finds schema problems', async () => {
    const broken = structuredClone(doc);
    delete broken.document.publisher;
    const result = await validateCsaf(broken);
    expect(result.valid).toBe(false);
    expect(result.errors.some((e) => e.path === 'document' && /publisher/.test(e.message))).toBe(true);
  });
});
