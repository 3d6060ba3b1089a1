import { describe, expect, it } from 'vitest';
import { buildCnaContainer, buildCveRecord, buildRejectedRecord, CveDraftError } from './build-record.ts';
import { cvssMetricObject, parseCvss } from './cvss.ts';
import { cveDraftSchema, type CveDraft } from './draft.ts';
import { randomCvssVector } from './record-variations.ts';
import { CREDIT_TYPES, REFERENCE_TAGS } from './record-types.ts';
import { recordPassesSchema } from './schema-validators.ts';
import { pick, seededRandom } from '../../util/seeded-random.ts';
import { TEST_CNA, sampleDraft } from './test-fixtures.ts';
import { validateCnaBody, validateCveRecord } from './validate-record.ts';

const NOW = new Date('2022-01-13T12:00:00.000Z');

function hasUndefined(value: unknown): boolean {
  if (value === undefined) return true;
  if (Array.isArray(value)) return value.some(hasUndefined);
  if (value !== null && typeof value === 'object') return Object.values(value).some(hasUndefined);
  return false;
}

describe('buildCveRecord', () => {
  const record = buildCveRecord(sampleDraft(), TEST_CNA, { cveId: 'CVE-2022-0217', now: NOW, generator: 'xmppsec 0.1.0', dateReserved: '2022-01-11T08:00:00.000Z' });
  const cna = record.containers.cna;

  it('builds a record that passes the official schema and the CVE rules', () => {
    expect(recordPassesSchema(record)).toBe(true);
    expect(validateCveRecord(record)).toMatchObject({ valid: true, errors: [], warnings: [] });
    expect(validateCnaBody({ cnaContainer: cna }, 'published').valid).toBe(true);
    expect(hasUndefined(record)).toBe(false);
  });

  it('fills the metadata from the CNA and the options', () => {
    expect(record.cveMetadata).toEqual({
      cveId: 'CVE-2022-0217',
      assignerOrgId: TEST_CNA.orgId,
      assignerShortName: 'XSF',
      state: 'PUBLISHED',
      dateReserved: '2022-01-11T08:00:00.000Z',
      datePublished: '2022-01-13T12:00:00.000Z',
      dateUpdated: '2022-01-13T12:00:00.000Z',
    });
    expect(cna.providerMetadata).toEqual({ orgId: TEST_CNA.orgId, shortName: 'XSF', dateUpdated: '2022-01-13T12:00:00.000Z' });
    expect(cna.x_generator).toEqual({ engine: 'xmppsec 0.1.0' });
  });

  it('puts the English description first and keeps other languages', () => {
    expect(cna.descriptions.map((d) => d.lang)).toEqual(['en', 'de']);
  });

  it('turns introduced/fixed/last-affected into CVE version ranges', () => {
    expect(cna.affected[0]).toEqual({
      vendor: 'Prosody',
      product: 'Prosody',
      repo: 'https://hg.prosody.im/prosody/',
      defaultStatus: 'unaffected',
      versions: [
        { version: '0.11.0', status: 'affected', versionType: 'semver', lessThan: '0.11.12' },
        { version: '0', status: 'affected', versionType: 'semver', lessThan: '0.10.3' },
      ],
    });
    expect(cna.affected[1]).toEqual({
      collectionURL: 'https://www.npmjs.com',
      packageName: '@xmpp/xml',
      packageURL: 'pkg:npm/%40xmpp/xml',
      versions: [{ version: '0.13.0', status: 'affected', versionType: 'semver', lessThanOrEqual: '0.13.1' }],
    });
  });

  it('names CWEs from the shipped table and CAPEC impacts as given', () => {
    expect(cna.problemTypes).toEqual([
      { descriptions: [{ lang: 'en', cweId: 'CWE-776', description: "CWE-776 Improper Restriction of Recursive Entity References in DTDs ('XML Entity Expansion')", type: 'CWE' }] },
    ]);
    expect(cna.impacts).toEqual([{ capecId: 'CAPEC-197', descriptions: [{ lang: 'en', value: 'CAPEC-197 Exponential Data Expansion' }] }]);
  });

  it('scores CVSS vectors into metric objects', () => {
    expect(cna.metrics?.[0]).toEqual({ format: 'CVSS', cvssV3_1: cvssMetricObject(parseCvss('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H')) });
    expect(cna.metrics?.[0]?.cvssV3_1).toMatchObject({ baseScore: 7.5, baseSeverity: 'HIGH', availabilityImpact: 'HIGH' });
    expect(cna.metrics?.[1]?.cvssV4_0).toMatchObject({ baseScore: 8.7, baseSeverity: 'HIGH', vulnAvailabilityImpact: 'HIGH' });
  });

  it('writes credits, timeline, solutions and workarounds', () => {
    expect(cna.credits).toEqual([
      { lang: 'en', value: 'Matthew Wild', type: 'remediation developer' },
      { lang: 'en', value: 'XSF security team', type: 'coordinator' },
    ]);
    expect(cna.timeline?.[0]).toEqual({ time: '2022-01-10T09:00:00Z', lang: 'en', value: 'Reported to the Prosody developers' });
    expect(cna.solutions).toEqual([{ lang: 'en', value: 'Upgrade to Prosody 0.11.12 or later.' }]);
    expect(cna.workarounds).toEqual([{ lang: 'en', value: 'Disable mod_websocket and mod_bosh until upgraded.' }]);
    expect(cna.source).toEqual({ discovery: 'INTERNAL' });
  });

  it('accepts every CVE credit type and reference tag', () => {
    const draft = sampleDraft();
    draft.credits = CREDIT_TYPES.map((type, i) => ({ name: `Person ${i}`, type }));
    draft.references = [{ url: 'https://example.org/a', tags: [...REFERENCE_TAGS, 'x_custom'] }];
    expect(validateCveRecord(buildCveRecord(draft, TEST_CNA, { cveId: 'CVE-2022-0001' })).errors).toEqual([]);
  });

  it('trims text so the record equals what CVE Services would store', () => {
    const draft = { ...sampleDraft(), description: '  padded text  ' };
    expect(buildCnaContainer(draft, TEST_CNA).descriptions[0]?.value).toBe('padded text');
  });
});

describe('draft errors name the draft field', () => {
  function issuesOf(draft: unknown): string[] {
    try {
      buildCveRecord(draft as CveDraft, TEST_CNA, { cveId: 'CVE-2022-0001' });
    } catch (e) {
      if (e instanceof CveDraftError) return e.issues.map((i) => `${i.path}: ${i.message}`);
      throw e;
    }
    return [];
  }

  it('missing English description, products and references', () => {
    expect(issuesOf({ description: ' ', affected: [], references: [] })).toEqual([
      'description: must not be empty',
      'affected: needs at least one affected product',
      'references: needs at least one reference',
    ]);
  });

  it('a malformed CVSS vector', () => {
    const draft = { ...sampleDraft(), metrics: [{ vector: 'CVSS:3.1/AV:N/AC:L' }] };
    expect(issuesOf(draft)).toEqual(['metrics[0].vector: missing base metrics PR, UI, S, C, I, A (every CVSS 3.1 vector has AV, AC, PR, UI, S, C, I, A)']);
  });

  it('a product without names or versions, a CWE without a name, an English "other" description', () => {
    const draft = {
      ...sampleDraft(),
      affected: [{ vendor: 'x' }],
      problemTypes: [{ cweId: 'CWE-99999' }],
      otherDescriptions: [{ lang: 'en-GB', value: 'x' }],
    };
    expect(issuesOf(draft)).toEqual([
      'affected[0]: needs vendor and product, or collectionURL and packageName',
      'affected[0]: needs ranges, versions or defaultStatus',
      "problemTypes[0].name: this CWE is not in xmppsec's CWE table: give its name too",
      "otherDescriptions[0].lang: the English description goes in 'description'",
    ]);
  });

  it('wrong types', () => {
    expect(issuesOf({ ...sampleDraft(), affected: 'Prosody' })[0]).toMatch(/^affected: /);
    expect(issuesOf(null)[0]).toMatch(/^\(record\): /);
  });
});

describe('rejected records', () => {
  it('builds a valid REJECTED record with reasons and replacements', () => {
    const record = buildRejectedRecord({ reasons: ['This candidate duplicates CVE-2022-0217.'], replacedBy: ['CVE-2022-0217'] }, TEST_CNA, { cveId: 'CVE-2022-0218', now: NOW });
    expect(validateCveRecord(record)).toMatchObject({ valid: true, state: 'REJECTED' });
    expect(record.containers.cna).toEqual({
      providerMetadata: { orgId: TEST_CNA.orgId, shortName: 'XSF', dateUpdated: NOW.toISOString() },
      rejectedReasons: [{ lang: 'en', value: 'This candidate duplicates CVE-2022-0217.' }],
      replacedBy: ['CVE-2022-0217'],
    });
    expect(record.cveMetadata.dateRejected).toBe(NOW.toISOString());
  });

  it('needs an English reason', () => {
    expect(() => buildRejectedRecord({ reasons: [{ lang: 'de', value: 'Doppelt.' }] }, TEST_CNA, { cveId: 'CVE-2022-0218' })).toThrow(/needs an English reason/);
  });
});

/** Random drafts within what the Zod schema accepts. */
function randomDraft(random: () => number): CveDraft {
  const version = () => `${Math.floor(random() * 3)}.${Math.floor(random() * 15)}.${Math.floor(random() * 20)}`;
  const word = () => pick(random, ['Prosody', 'ejabberd', 'Openfire', 'Gajim', 'Dino', 'Smack', 'Converse.js', 'Movim', 'Kaidan', 'libstrophe']);
  const affected: CveDraft['affected'] = Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
    const ranges = Array.from({ length: Math.floor(random() * 3) }, () => {
      const r = random();
      return r < 0.4 ? { introduced: version(), fixed: version() } : r < 0.6 ? { fixed: version() } : r < 0.8 ? { introduced: version(), lastAffected: version() } : { introduced: version() };
    });
    const base = random() < 0.7 ? { vendor: word(), product: word() } : { collectionURL: 'https://www.npmjs.com', packageName: `@xmpp/${word().toLowerCase()}` };
    return {
      ...base,
      versionType: pick(random, ['semver', 'custom', 'git']),
      ...(ranges.length > 0 ? { ranges } : { defaultStatus: pick(random, ['affected', 'unaffected', 'unknown'] as const) }),
      ...(random() < 0.3 ? { versions: [{ version: version(), status: pick(random, ['affected', 'unaffected', 'unknown'] as const) }] } : {}),
      ...(random() < 0.3 ? { repo: `https://github.com/example/${word().toLowerCase()}` } : {}),
      ...(random() < 0.2 ? { platforms: ['Linux', 'Windows'] } : {}),
    };
  });
  return {
    description: `${word()} mishandles ${pick(random, ['stanzas', 'roster pushes', 'MUC presence', 'SASL', 'HTTP upload'])}.`,
    ...(random() < 0.5 ? { title: `${word()}: a problem` } : {}),
    affected,
    references: Array.from({ length: 1 + Math.floor(random() * 3) }, (_, i) => ({ url: `https://example.org/${i}`, ...(random() < 0.5 ? { tags: [pick(random, REFERENCE_TAGS)] } : {}) })),
    ...(random() < 0.6 ? { metrics: [{ vector: randomCvssVector(random, random() < 0.5 ? '3.1' : '4.0') }] } : {}),
    ...(random() < 0.5 ? { problemTypes: [pick(random, [{ cweId: 'CWE-79' }, { cweId: 'CWE-400' }, { cweId: 'CWE-295' }, { text: 'Logic error' }])] } : {}),
    ...(random() < 0.4 ? { credits: [{ name: 'Someone', type: pick(random, CREDIT_TYPES) }] } : {}),
    ...(random() < 0.3 ? { solutions: ['Upgrade.'] } : {}),
    ...(random() < 0.3 ? { timeline: [{ time: '2024-05-01T12:00:00Z', value: 'Reported' }] } : {}),
  };
}

describe('generated drafts', () => {
  it('every draft the schema accepts builds a record the official schema accepts', () => {
    const random = seededRandom(2024);
    for (let i = 0; i < 400; i++) {
      const draft = randomDraft(random);
      expect(cveDraftSchema.safeParse(draft).success).toBe(true);
      const record = buildCveRecord(draft, TEST_CNA, { cveId: `CVE-2024-${String(10000 + i)}` });
      const result = validateCveRecord(record);
      expect(result.errors, JSON.stringify(draft)).toEqual([]);
    }
  });
});
