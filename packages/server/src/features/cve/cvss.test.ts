import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CVSS_METRIC_KEYS, CVSS_METRIC_TABLES, CvssError, cvssMetricObject, cvssSeverity, parseCvss } from './cvss.ts';
import { randomCvssVector } from './record-variations.ts';
import { isRejected } from './record-types.ts';
import { loadCveSchemaSet } from './schema-registry.ts';
import { seededRandom } from '../../util/seeded-random.ts';
import { FIXTURES_DIR, advancedExample, fixtureRecords } from './test-fixtures.ts';

/** `<vector> - (a, b, c)` or `<vector> - a` lines of the reference files. */
function referenceVectors(file: string): Array<{ vector: string; scores: number[] }> {
  return readFileSync(join(FIXTURES_DIR, 'cvss', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((line) => {
      const [vector, scores] = line.split(' - ');
      return {
        vector: (vector ?? '').trim(),
        scores: (scores ?? '')
          .replace(/[()]/g, '')
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== '')
          .map(Number),
      };
    });
}

describe('parseCvss scores like the reference implementations', () => {
  it('matches the base score of all 2592 CVSS 3.1 reference vectors', () => {
    const vectors = referenceVectors('vectors_simple31');
    expect(vectors).toHaveLength(2592);
    const wrong = vectors.filter((v) => parseCvss(v.vector).baseScore !== v.scores[0]);
    expect(wrong).toEqual([]);
  });

  for (const file of ['vectors_simple4', 'vectors_security4', 'vectors_threat4', 'vectors_supplemental4']) {
    it(`matches every CVSS 4.0 score in ${file}`, () => {
      const vectors = referenceVectors(file);
      expect(vectors.length).toBeGreaterThan(5);
      const wrong = vectors.filter((v) => parseCvss(v.vector).score !== v.scores[0]).map((v) => v.vector);
      expect(wrong).toEqual([]);
    });
  }

  it('matches the base, temporal and environmental scores of the FIRST-calculator CVSS 3.0 vectors', () => {
    for (const v of referenceVectors('vectors_calculator3')) {
      const parsed = parseCvss(v.vector);
      const [base, temporal, environmental] = v.scores;
      expect(parsed.version).toBe('3.0');
      expect(parsed.baseScore).toBe(base);
      expect(parsed.temporalScore).toBe(temporal);
      if (parsed.environmentalScore !== undefined) expect(parsed.environmentalScore).toBe(environmental);
    }
  });

  it('scores the examples of FIRST’s CVSS 3.1 examples document', () => {
    const examples: Array<[string, number, string]> = [
      ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N', 7.5, 'HIGH'], // CVE-2014-0160 Heartbleed
      ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8, 'CRITICAL'], // CVE-2014-6271 Shellshock
      ['CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N', 6.1, 'MEDIUM'], // CVE-2013-1937 phpMyAdmin XSS
      ['CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N', 3.1, 'LOW'], // CVE-2014-3566 POODLE
      ['CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H', 9.9, 'CRITICAL'], // CVE-2012-1516 VMware
    ];
    for (const [vector, score, severity] of examples) {
      const parsed = parseCvss(vector);
      expect([parsed.baseScore, parsed.baseSeverity]).toEqual([score, severity]);
    }
  });

  it('accepts CVSS 3.1 metrics in any order, as the specification allows', () => {
    expect(parseCvss('CVSS:3.1/S:U/AV:N/AC:L/PR:N/UI:N/C:H/I:H/A:H').baseScore).toBe(9.8);
  });

  it('keeps the base-only score apart from the score with threat metrics for CVSS 4.0', () => {
    const parsed = parseCvss('CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:P/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:U');
    expect(parsed).toMatchObject({ baseScore: 7.7, score: 5.2, nomenclature: 'CVSS-BT' });
  });
});

describe('metric objects', () => {
  it('rebuilds the CVSS objects of real records from their vectors', () => {
    const records = [...fixtureRecords().map((f) => f.record), advancedExample()];
    let compared = 0;
    for (const record of records) {
      if (isRejected(record)) continue;
      for (const metric of record.containers.cna.metrics ?? []) {
        for (const key of Object.values(CVSS_METRIC_KEYS)) {
          const object = metric[key];
          if (!object) continue;
          compared++;
          const rebuilt = cvssMetricObject(parseCvss(object.vectorString));
          // Records that spell out the metric fields match exactly; others (only score and
          // severity, as the 5.2 example's 4.0 entry) are a subset of what xmppsec writes.
          if ('attackVector' in object) expect(rebuilt).toEqual(object);
          else expect(rebuilt).toMatchObject(object);
        }
      }
    }
    expect(compared).toBeGreaterThanOrEqual(4);
  });

  it('uses only property names and values that the CVE schema defines', () => {
    const schema = loadCveSchemaSet().record as { definitions: { metrics: { items: { properties: Record<string, { properties: Record<string, { $ref?: string; enum?: string[] }>; definitions: Record<string, { enum?: string[] }> }> } } } };
    for (const [version, table] of Object.entries(CVSS_METRIC_TABLES)) {
      const cvss = schema.definitions.metrics.items.properties[CVSS_METRIC_KEYS[version as keyof typeof CVSS_METRIC_KEYS]];
      expect(cvss).toBeDefined();
      for (const def of Object.values(table)) {
        const property = cvss?.properties[def.json];
        expect(property, `${version} ${def.json}`).toBeDefined();
        const ref = property?.$ref?.split('/').at(-1);
        const allowed = property?.enum ?? (ref ? cvss?.definitions[ref]?.enum : undefined);
        for (const value of Object.values(def.values)) expect(allowed, `${version} ${def.json}`).toContain(value);
      }
    }
  });

  it('puts temporal and environmental scores only where the vector has such metrics', () => {
    const plain = cvssMetricObject(parseCvss('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'));
    expect(plain).not.toHaveProperty('temporalScore');
    const parsed = parseCvss('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:U/CR:L');
    const full = cvssMetricObject(parsed);
    expect(full).toMatchObject({ exploitCodeMaturity: 'UNPROVEN', confidentialityRequirement: 'LOW', temporalScore: 9, temporalSeverity: 'CRITICAL' });
    expect(full.environmentalScore).toBe(parsed.environmentalScore);
    expect(full.environmentalSeverity).toBe(cvssSeverity(parsed.environmentalScore ?? -1));
  });
});

describe('malformed vectors get a message that says what is wrong', () => {
  const cases: Array<[unknown, RegExp]> = [
    ['', /empty/],
    ['AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', /must start with 'CVSS:3.1\/' or 'CVSS:4.0\/'/],
    ['AV:N/AC:L/Au:N/C:P/I:P/A:P', /CVSS 2.0 vectors are not supported/],
    ['CVSS:3.2/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', /unknown CVSS version '3.2'/],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:L', /missing base metric A\b/],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/AV:L', /metric 'AV' appears more than once/],
    ['CVSS:3.1/AV:Q/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', /'AV:Q' is not allowed: AV \(attackVector\) must be one of N, A, L, P/],
    ['CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', /'AV:X' is not allowed/],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/FOO:1', /unknown metric 'FOO'/],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/', /empty metric at position 9/],
    ['CVSS:3.1/AV:N/AC:L//PR:N/UI:N/S:U/C:H/I:H/A:H', /empty metric at position 3/],
    ['CVSS:3.1/AVN/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', /'AVN' is not a metric/],
    [' CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', /spaces/],
    ['CVSS:4.0/AC:L/AV:N/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', /'AV' is out of order/],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N', /missing base metric SA/],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/U:Purple', /'U:Purple' is not allowed/],
    [`CVSS:3.1/${'AV:N/'.repeat(200)}`, /too long/],
    [42, /must be a string, not number/],
    [null, /must be a string, not null/],
  ];
  for (const [vector, message] of cases) {
    it(`${JSON.stringify(vector).slice(0, 60)}`, () => {
      expect(() => parseCvss(vector)).toThrow(CvssError);
      expect(() => parseCvss(vector)).toThrow(message);
    });
  }
});

describe('generated vectors', () => {
  it('scores every random well-formed vector within 0–10 with the matching severity', () => {
    const random = seededRandom(31);
    for (let i = 0; i < 2000; i++) {
      const vector = randomCvssVector(random, i % 2 === 0 ? '3.1' : '4.0');
      const parsed = parseCvss(vector);
      expect(parsed.baseScore).toBeGreaterThanOrEqual(0);
      expect(parsed.baseScore).toBeLessThanOrEqual(10);
      expect(parsed.baseSeverity).toBe(cvssSeverity(parsed.baseScore));
      expect(parseCvss(cvssMetricObject(parsed).vectorString)).toEqual(parsed);
    }
  });

  it('either parses or throws CvssError for damaged vectors, never anything else', () => {
    const random = seededRandom(77);
    const alphabet = 'CVSS:3.14.0/AVNLPHXRUC:EMISTQ ';
    let rejected = 0;
    for (let i = 0; i < 3000; i++) {
      const chars = [...randomCvssVector(random, random() < 0.5 ? '3.1' : '4.0')];
      for (let k = 0, n = 1 + Math.floor(random() * 3); k < n; k++) {
        const at = Math.floor(random() * chars.length);
        const op = random();
        if (op < 0.33) chars.splice(at, 1);
        else if (op < 0.66) chars.splice(at, 0, alphabet[Math.floor(random() * alphabet.length)] ?? 'X');
        else chars[at] = alphabet[Math.floor(random() * alphabet.length)] ?? 'X';
      }
      try {
        const parsed = parseCvss(chars.join(''));
        expect(parsed.baseScore).toBeGreaterThanOrEqual(0);
        expect(parsed.baseScore).toBeLessThanOrEqual(10);
      } catch (e) {
        expect(e).toBeInstanceOf(CvssError);
        rejected++;
      }
    }
    expect(rejected).toBeGreaterThan(1000);
  });
});
