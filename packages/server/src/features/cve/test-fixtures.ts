import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CnaIdentity } from './build-record.ts';
import type { CveDraft } from './draft.ts';
import type { CveRecord } from './record-types.ts';

/** The real data the tests and the benchmark run on (see fixtures/ SOURCE.md files). */
export const FIXTURES_DIR = join(import.meta.dirname, 'fixtures');

export interface RecordFixture {
  file: string;
  path: string;
  text: string;
  record: CveRecord;
}

export function fixtureRecords(): RecordFixture[] {
  const dir = join(FIXTURES_DIR, 'records');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const path = join(dir, file);
      const text = readFileSync(path, 'utf8');
      return { file, path, text, record: JSON.parse(text) as CveRecord };
    });
}

export function advancedExample(): CveRecord {
  return JSON.parse(readFileSync(join(FIXTURES_DIR, 'examples', 'full-record-advanced-example.json'), 'utf8')) as CveRecord;
}

export function rejectedContainerExample(): { cnaContainer: Record<string, unknown> } {
  return JSON.parse(readFileSync(join(FIXTURES_DIR, 'examples', 'cnaContainer-rejected-example.json'), 'utf8')) as { cnaContainer: Record<string, unknown> };
}

/** An example CNA identity (a made-up version 4 UUID). */
export const TEST_CNA: CnaIdentity = { orgId: '4a0ea5a1-8a53-4a5e-9c2c-0c5c5a5e5f5a', shortName: 'XSF' };

/** A draft like one the XSF security team would write, modelled on CVE-2022-0217. */
export function sampleDraft(): CveDraft {
  return {
    title: 'Prosody: XML entity expansion through util.xml',
    description:
      'An internal Prosody library that loads XML with libexpat does not restrict the XML features allowed, so recursive entity references from DTDs are expanded (CWE-776).',
    otherDescriptions: [{ lang: 'de', value: 'Eine interne Prosody-Bibliothek schränkt die erlaubten XML-Funktionen nicht ein.' }],
    affected: [
      {
        vendor: 'Prosody',
        product: 'Prosody',
        repo: 'https://hg.prosody.im/prosody/',
        versionType: 'semver',
        defaultStatus: 'unaffected',
        ranges: [{ introduced: '0.11.0', fixed: '0.11.12' }, { fixed: '0.10.3' }],
      },
      {
        collectionURL: 'https://www.npmjs.com',
        packageName: '@xmpp/xml',
        packageURL: 'pkg:npm/%40xmpp/xml',
        versionType: 'semver',
        ranges: [{ introduced: '0.13.0', lastAffected: '0.13.1' }],
      },
    ],
    problemTypes: [{ cweId: 'CWE-776' }],
    impacts: [{ capecId: 'CAPEC-197', description: 'CAPEC-197 Exponential Data Expansion' }],
    metrics: [{ vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H' }, { vector: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:H/SC:N/SI:N/SA:N' }],
    credits: [
      { name: 'Matthew Wild', type: 'remediation developer' },
      { name: 'XSF security team', type: 'coordinator' },
    ],
    references: [
      { url: 'https://prosody.im/security/advisory_20220113/', name: 'Prosody advisory 2022-01-13', tags: ['vendor-advisory'] },
      { url: 'https://prosody.im/security/advisory_20220113/1.patch', tags: ['patch'] },
    ],
    timeline: [
      { time: '2022-01-10T09:00:00Z', value: 'Reported to the Prosody developers' },
      { time: '2022-01-13T12:00:00Z', value: 'Fixed releases published' },
    ],
    solutions: ['Upgrade to Prosody 0.11.12 or later.'],
    workarounds: ['Disable mod_websocket and mod_bosh until upgraded.'],
    datePublic: '2022-01-13T12:00:00Z',
    source: { discovery: 'INTERNAL' },
  };
}
