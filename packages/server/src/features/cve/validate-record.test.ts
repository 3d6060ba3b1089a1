import { describe, expect, it } from 'vitest';
import { buildCveRecord } from './build-record.ts';
import { damageRecord, varyRecord } from './record-variations.ts';
import { listCveSchemaVersions } from './schema-registry.ts';
import { recordPassesSchema } from './schema-validators.ts';
import { seededRandom } from '../../util/seeded-random.ts';
import { TEST_CNA, advancedExample, fixtureRecords, rejectedContainerExample, sampleDraft } from './test-fixtures.ts';
import { validateCnaBody, validateCveRecord } from './validate-record.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests poke into parsed JSON

function openfire(): Json {
  const fixture = fixtureRecords().find((f) => f.file === 'CVE-2023-32315.json');
  if (!fixture) throw new Error('fixture missing');
  return structuredClone(fixture.record) as Json;
}

function messages(record: unknown): string[] {
  return validateCveRecord(record).errors.map((e) => `${e.path}: ${e.message}`);
}

describe('real records', () => {
  for (const f of fixtureRecords()) {
    it(`${f.file} (dataVersion ${String(f.record.dataVersion)}) is valid`, () => {
      const result = validateCveRecord(f.record);
      expect(result.errors).toEqual([]);
      expect(result).toMatchObject({ valid: true, cveId: f.file.replace('.json', ''), state: 'PUBLISHED' });
    });
  }

  it('accepts the upstream 5.2 advanced example', () => {
    expect(validateCveRecord(advancedExample()).errors).toEqual([]);
  });

  it('checks against the newest shipped schema release', () => {
    expect(validateCveRecord(openfire()).schemaVersion).toBe(listCveSchemaVersions().at(-1));
  });
});

describe('worded schema errors', () => {
  it('a copy without an English description names the field', () => {
    const record = openfire();
    record.containers.cna.descriptions[0].lang = 'de';
    expect(messages(record)).toEqual(["containers.cna.descriptions: needs an entry with lang 'en'"]);
  });

  it('a malformed CVSS vector names the field and the problem', () => {
    const record = openfire();
    record.containers.cna.metrics[0].cvssV3_1.vectorString = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:L';
    expect(messages(record)).toEqual([
      'containers.cna.metrics[0].cvssV3_1.vectorString: is not a valid CVSS vector: missing base metric A (every CVSS 3.1 vector has AV, AC, PR, UI, S, C, I, A)',
    ]);
    record.containers.cna.metrics[0].cvssV3_1.vectorString = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:L/A:Q';
    const found = messages(record);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^containers\.cna\.metrics\[0\]\.cvssV3_1\.vectorString: is not a valid CVSS vector: 'A:Q' is not allowed/);
  });

  it('scores and metric fields that disagree with the vector are named', () => {
    const record = openfire();
    record.containers.cna.metrics[0].cvssV3_1.vectorString = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H';
    expect(messages(record)).toEqual([
      'containers.cna.metrics[0].cvssV3_1.baseScore: is 8.6 but the vector CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H scores 9.8',
      "containers.cna.metrics[0].cvssV3_1.baseSeverity: is 'HIGH' but the vector's score 9.8 is 'CRITICAL'",
      'containers.cna.metrics[0].cvssV3_1.integrityImpact: is "LOW" but the vector says I:H (HIGH)',
      'containers.cna.metrics[0].cvssV3_1.availabilityImpact: is "LOW" but the vector says A:H (HIGH)',
    ]);
  });

  it('a severity that contradicts its own score is one message, not anyOf noise', () => {
    const record = openfire();
    record.containers.cna.metrics[0].cvssV3_1.baseSeverity = 'LOW';
    expect(messages(record)).toEqual(["containers.cna.metrics[0].cvssV3_1.baseSeverity: 'LOW' does not match baseScore 8.6: a score of 8.6 is 'HIGH'"]);
  });

  const cases: Array<[string, (r: Json) => void, string[]]> = [
    ['missing vendor', (r) => delete r.containers.cna.affected[0].vendor, ["containers.cna.affected[0]: missing 'vendor' (required together with 'product')"]],
    [
      'a range without versionType',
      (r) => (r.containers.cna.affected[0].versions[0].lessThan = '4.6.8'),
      ["containers.cna.affected[0].versions[0]: missing 'versionType' (required together with 'lessThan')"],
    ],
    [
      'both lessThan and lessThanOrEqual',
      (r) => Object.assign(r.containers.cna.affected[0].versions[0], { versionType: 'semver', lessThan: '1', lessThanOrEqual: '1' }),
      ['containers.cna.affected[0].versions[0]: use only one of lessThan, lessThanOrEqual'],
    ],
    [
      'an unknown reference tag',
      (r) => r.containers.cna.references[0].tags.push('nonsense'),
      [
        "containers.cna.references[0].tags[1]: 'nonsense' is not allowed here: use one of: broken-link, customer-entitlement, exploit, government-resource, issue-tracking, mailing-list, mitigation, not-applicable, patch, permissions-required, media-coverage, product, related, release-notes, signature, technical-description, third-party-advisory, vendor-advisory, vdb-entry, or an extension value starting with 'x_'",
      ],
    ],
    ['an empty metric', (r) => r.containers.cna.metrics.push({}), ['containers.cna.metrics[1]: needs one of cvssV4_0, cvssV3_1, cvssV3_0, cvssV2_0, other']],
    ['an unknown field', (r) => (r.containers.cna.foo = 1), ["containers.cna.foo: is not a known field here (extension fields must start with 'x_')"]],
    ['a title of the wrong type', (r) => (r.containers.cna.title = 5), ['containers.cna.title: must be a string, not a number (5)']],
    ['affected not a list', (r) => (r.containers.cna.affected = { vendor: 'x' }), ['containers.cna.affected: must be a list (JSON array), not an object']],
    ['a bad CVE ID', (r) => (r.cveMetadata.cveId = 'CVE-23-1'), ["cveMetadata.cveId: must be a CVE ID like 'CVE-2024-12345' (is 'CVE-23-1')"]],
    ['a relative URL', (r) => (r.containers.cna.references[1].url = 'not a url'), ["containers.cna.references[1].url: must be an absolute URL like 'https://example.org/advisory' (is 'not a url')"]],
    ['a bad CWE ID', (r) => (r.containers.cna.problemTypes[0].descriptions[0].cweId = 'CWE-0'), ["containers.cna.problemTypes[0].descriptions[0].cweId: must be a CWE ID like 'CWE-79' (is 'CWE-0')"]],
    ['a bad timestamp', (r) => (r.cveMetadata.dateUpdated = '2024-02-30T10:00:00Z'), [/^cveMetadata\.dateUpdated: must be a date and time like '2024-05-01T12:00:00Z'/.source]],
    ['a missing state', (r) => delete r.cveMetadata.state, ["cveMetadata.state: must be 'PUBLISHED' or 'REJECTED'"]],
    ['no references', (r) => delete r.containers.cna.references, ['containers.cna.references: required field is missing']],
    ['an empty description', (r) => (r.containers.cna.descriptions[0].value = ''), ['containers.cna.descriptions[0].value: must not be empty']],
    ['a whitespace-only description', (r) => (r.containers.cna.descriptions[0].value = '   '), ['containers.cna.descriptions[0].value: contains only whitespace']],
    [
      'two English descriptions with the same tag',
      (r) => r.containers.cna.descriptions.push({ lang: 'en', value: 'Another text.' }),
      ["containers.cna.descriptions[1]: is a second entry with lang 'en' (first at [0]): CVE Services accepts one entry per English language tag"],
    ],
    ['a CVSS 4.0 vector in cvssV3_1', (r) => (r.containers.cna.metrics[0].cvssV3_1.vectorString = 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N'), [
      'containers.cna.metrics[0].cvssV3_1.vectorString: is a CVSS 4.0 vector but sits in cvssV3_1: use cvssV4_0',
    ]],
  ];
  for (const [name, damage, expected] of cases) {
    it(name, () => {
      const record = openfire();
      damage(record);
      const found = messages(record);
      expect(found).toHaveLength(expected.length);
      expected.forEach((e, i) => (e.startsWith('^') ? expect(found[i]).toMatch(new RegExp(e)) : expect(found[i]).toBe(e)));
    });
  }

  it('a published record marked REJECTED lists what a rejected record may not have', () => {
    const record = openfire();
    record.cveMetadata.state = 'REJECTED';
    const found = messages(record);
    expect(found).toContain('containers.cna.rejectedReasons: required field is missing');
    expect(found).toContain('containers.adp: is not a known field here');
  });

  it('input that is not a record object gets one clear error', () => {
    for (const value of [null, 'text', 42, [openfire()]]) {
      expect(messages(value)).toEqual(['(record): must be a JSON object']);
    }
  });

  it('deep nesting is refused before any recursive walk', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const record = openfire();
    record.containers.cna.x_deep = deep;
    expect(messages(record)).toEqual(['(record): is nested more than 64 levels deep']);
  });

  it('a record with thousands of problems reports a bounded list', () => {
    const record = openfire();
    record.containers.cna.affected = Array.from({ length: 20_000 }, () => ({ vendor: 1 }));
    const result = validateCveRecord(record);
    expect(result.valid).toBe(false);
    expect(result.errors.length).toBe(200);
    expect(result.errors[0]?.path).toMatch(/^containers\.cna\.affected\[0\]/);
  });

  it('a problem far down a long list is still found and named', () => {
    const record = openfire();
    const product = record.containers.cna.affected[0];
    record.containers.cna.affected = Array.from({ length: 5000 }, () => structuredClone(product));
    record.containers.cna.affected[4321].versions[0].status = 'broken';
    expect(messages(record)).toEqual(["containers.cna.affected[4321].versions[0].status: must be one of: affected, unaffected, unknown (is 'broken')"]);
  });
});

describe('warnings', () => {
  it('repeated reference URLs, CWE mismatches and discouraged CWEs are warned about, not rejected', () => {
    const record = openfire();
    record.containers.cna.references.push({ url: record.containers.cna.references[0].url });
    record.containers.cna.problemTypes[0].descriptions[0].cweId = 'CWE-20';
    const result = validateCveRecord(record);
    expect(result.valid).toBe(true);
    expect(result.warnings.map((w) => w.code).sort()).toEqual(['CWE_MISMATCH', 'CWE_USAGE', 'DUPLICATE_REFERENCE']);
  });

  it('surrounding whitespace is a warning, because CVE Services trims it', () => {
    const record = openfire();
    record.containers.cna.title = ' Openfire ';
    expect(validateCveRecord(record).warnings).toEqual([
      { path: 'containers.cna.title', message: 'starts or ends with whitespace, which CVE Services removes on submission', code: 'WHITESPACE' },
    ]);
  });

  it('an empty range is flagged', () => {
    const record = openfire();
    record.containers.cna.affected[0].versions = [{ version: '4.7.5', lessThan: '4.7.0', status: 'affected', versionType: 'semver' }];
    expect(validateCveRecord(record).warnings.map((w) => w.code)).toEqual(['EMPTY_RANGE']);
  });

  it('problems in other organisations’ ADP containers are warnings', () => {
    const record = openfire();
    record.containers.adp[0].metrics = [{ cvssV3_1: { version: '3.1', vectorString: 'CVSS:3.1/AV:N', baseScore: 5, baseSeverity: 'MEDIUM' } }];
    const result = validateCveRecord(record);
    expect(result.valid).toBe(true);
    expect(result.warnings[0]?.path).toBe('containers.adp[0].metrics[0].cvssV3_1.vectorString');
  });
});

describe('CNA container bodies', () => {
  it('accepts a built container and the upstream rejected example', () => {
    const record = buildCveRecord(sampleDraft(), TEST_CNA, { cveId: 'CVE-2022-0217' });
    expect(validateCnaBody({ cnaContainer: record.containers.cna }, 'published')).toEqual({ valid: true, errors: [], warnings: [] });
    expect(validateCnaBody(rejectedContainerExample(), 'rejected').errors).toEqual([]);
  });

  it('names problems under cnaContainer', () => {
    const result = validateCnaBody({ cnaContainer: { providerMetadata: { orgId: 'x' } } }, 'rejected');
    expect(result.errors.map((e) => e.path)).toEqual(['cnaContainer.rejectedReasons', 'cnaContainer.providerMetadata.orgId']);
    expect(result.errors[1]?.message).toMatch(/version 4 UUID/);
    expect(validateCnaBody({}, 'published').errors[0]).toMatchObject({ path: 'cnaContainer', message: 'required field is missing' });
  });
});

describe('generated records', () => {
  it('valid variations of the real records all validate', () => {
    const random = seededRandom(5);
    const bases = [...fixtureRecords().map((f) => f.record), advancedExample()];
    for (let i = 0; i < 300; i++) {
      const record = varyRecord(bases[i % bases.length], random, i);
      const result = validateCveRecord(record);
      expect(result.errors, JSON.stringify(record).slice(0, 200)).toEqual([]);
    }
  });

  it('damaged records: invalid exactly when Ajv says so (or a CVE rule fails), every error worded with a path', () => {
    const random = seededRandom(11);
    const bases = [...fixtureRecords().map((f) => f.record), advancedExample()];
    let invalid = 0;
    for (let i = 0; i < 1500; i++) {
      const { record, damage } = damageRecord(bases[i % bases.length], random);
      const result = validateCveRecord(record);
      const schemaOnly = result.errors.filter((e) => e.code === 'SCHEMA' || e.code === 'ENGLISH_DESCRIPTION' || e.code === 'STATE');
      const passes = recordPassesSchema(record);
      if (!passes) {
        invalid++;
        expect(result.valid, damage).toBe(false);
        expect(result.errors.length, damage).toBeGreaterThan(0);
      } else {
        expect(schemaOnly, damage).toEqual([]);
      }
      for (const e of result.errors) {
        expect(e.path.length, damage).toBeGreaterThan(0);
        expect(e.message, damage).not.toMatch(/must match (exactly one|a) schema/);
      }
    }
    expect(invalid).toBeGreaterThan(500);
  });
});
