import { describe, expect, it } from 'vitest';
import { buildCveRecord, buildRejectedRecord } from './build-record.ts';
import { parsePurl, toOsv, validateOsv, OSV_SCHEMA_VERSION } from './osv.ts';
import type { CveRecord, PublishedCveRecord } from './record-types.ts';
import { TEST_CNA, advancedExample, fixtureRecords, sampleDraft } from './test-fixtures.ts';

const NOW = new Date('2022-01-13T12:00:00.000Z');

describe('toOsv', () => {
  const records: Array<[string, CveRecord]> = [
    ...fixtureRecords().map((f) => [f.file, f.record] as [string, CveRecord]),
    ['advanced example', advancedExample()],
    ['built record', buildCveRecord(sampleDraft(), TEST_CNA, { cveId: 'CVE-2022-0217', now: NOW })],
    ['rejected record', buildRejectedRecord({ reasons: ['Duplicate.'] }, TEST_CNA, { cveId: 'CVE-2022-0218', now: NOW })],
  ];
  for (const [name, record] of records) {
    it(`${name} exports to a document the official OSV schema accepts`, () => {
      const doc = toOsv(record, { now: NOW });
      expect(validateOsv(doc)).toEqual({ valid: true, errors: [] });
      expect(doc).toMatchObject({ schema_version: OSV_SCHEMA_VERSION, id: record.cveMetadata.cveId });
    });
  }

  it('maps ranges, packages, severity, references and credits of a built record', () => {
    const doc = toOsv(buildCveRecord(sampleDraft(), TEST_CNA, { cveId: 'CVE-2022-0217', now: NOW }));
    expect(doc.modified).toBe('2022-01-13T12:00:00.000Z');
    expect(doc.affected).toEqual([
      {
        ranges: [
          { type: 'SEMVER', events: [{ introduced: '0.11.0' }, { fixed: '0.11.12' }] },
          { type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '0.10.3' }] },
        ],
        database_specific: { vendor: 'Prosody', product: 'Prosody', repo: 'https://hg.prosody.im/prosody/', default_status: 'unaffected' },
      },
      {
        package: { ecosystem: 'npm', name: '@xmpp/xml', purl: 'pkg:npm/%40xmpp/xml' },
        ranges: [{ type: 'SEMVER', events: [{ introduced: '0.13.0' }, { last_affected: '0.13.1' }] }],
      },
    ]);
    expect(doc.severity).toEqual([
      { type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H' },
      { type: 'CVSS_V4', score: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:H/SC:N/SI:N/SA:N' },
    ]);
    expect(doc.references).toEqual([
      { type: 'ADVISORY', url: 'https://prosody.im/security/advisory_20220113/' },
      { type: 'FIX', url: 'https://prosody.im/security/advisory_20220113/1.patch' },
    ]);
    expect(doc.credits).toEqual([
      { name: 'Matthew Wild', type: 'REMEDIATION_DEVELOPER' },
      { name: 'XSF security team', type: 'COORDINATOR' },
    ]);
    expect(doc.database_specific).toEqual({ cwe_ids: ['CWE-776'], cna: 'XSF' });
  });

  it('keeps versions it cannot express as OSV ranges instead of dropping them', () => {
    const openfire = fixtureRecords().find((f) => f.file === 'CVE-2023-32315.json')?.record as PublishedCveRecord;
    const doc = toOsv(openfire);
    expect(doc.affected).toEqual([
      { database_specific: { vendor: 'igniterealtime', product: 'Openfire', cve_versions: openfire.containers.cna.affected[0]?.versions } },
    ]);
    expect(doc.published).toBe('2023-05-26T22:33:07.974Z');
  });

  it('leaves out products and versions that are only n/a', () => {
    const gajim = fixtureRecords().find((f) => f.file === 'CVE-2021-41055.json')?.record as PublishedCveRecord;
    expect(toOsv(gajim).affected).toBeUndefined();
  });

  it('follows changes inside a range, and uses the purl ecosystem', () => {
    const doc = toOsv(advancedExample());
    expect(doc.affected?.[0]?.package).toEqual({ ecosystem: 'npm', name: 'example', purl: 'pkg:npm/example' });
    expect(doc.affected?.[0]?.ranges).toEqual([
      { type: 'SEMVER', events: [{ introduced: '1.0.0' }, { fixed: '1.0.6' }] },
      { type: 'SEMVER', events: [{ introduced: '2.1.6' }, { fixed: '2.1.9' }] },
    ]);
  });

  it('uses GIT ranges only with full commit hashes and a repository', () => {
    const draft = sampleDraft();
    const commit = (c: string) => c.repeat(40);
    draft.affected = [{ vendor: 'Prosody', product: 'Prosody', repo: 'https://github.com/bjc/prosody', versionType: 'git', ranges: [{ introduced: commit('a'), fixed: commit('b') }] }];
    const doc = toOsv(buildCveRecord(draft, TEST_CNA, { cveId: 'CVE-2022-0217' }));
    expect(doc.affected?.[0]?.ranges).toEqual([{ type: 'GIT', repo: 'https://github.com/bjc/prosody', events: [{ introduced: commit('a') }, { fixed: commit('b') }] }]);
    expect(validateOsv(doc).valid).toBe(true);
  });

  it('marks rejected records as withdrawn', () => {
    const doc = toOsv(buildRejectedRecord({ reasons: ['Duplicate of CVE-2022-0217.'] }, TEST_CNA, { cveId: 'CVE-2022-0218', now: NOW }));
    expect(doc).toMatchObject({ withdrawn: NOW.toISOString(), details: 'Duplicate of CVE-2022-0217.' });
  });
});

describe('validateOsv', () => {
  it('names what is wrong', () => {
    const result = validateOsv({ id: 'CVE-2022-0217', modified: '2022-01-13', affected: [{ package: { ecosystem: 'Nope', name: 'x' } }] });
    expect(result.valid).toBe(false);
    expect(result.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['modified', 'affected[0].package.ecosystem']));
  });
});

describe('parsePurl', () => {
  it('reads type, namespace, name and version', () => {
    expect(parsePurl('pkg:maven/org.igniterealtime.smack/smack-core@4.4.6')).toEqual({ type: 'maven', namespace: 'org.igniterealtime.smack', name: 'smack-core', version: '4.4.6' });
    expect(parsePurl('pkg:npm/%40xmpp/client')).toEqual({ type: 'npm', namespace: '@xmpp', name: 'client' });
    expect(parsePurl('not a purl')).toBeUndefined();
  });
});
