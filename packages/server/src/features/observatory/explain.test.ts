import { describe, expect, it } from 'vitest';
import { compareGrades } from '@xmppsec/scanner';
import { explainReport } from './explain.ts';
import { FIXTURE_CONFIGS, fixtureReport } from './test-fixtures.ts';

describe('explainReport on real fleet reports', () => {
  it('gives the caps behind a grade, worst first, with the targets they apply to', () => {
    const report = fixtureReport('plain-before-tls');
    const { reasons } = explainReport(report);
    expect(reasons.map((r) => [r.code, r.grade])).toEqual([['plain-before-tls', 'F'], ['starttls-not-required', 'B']]);
    const c2s = report.targets.find((t) => t.endpoint.mode === 'c2s')!.id;
    expect(reasons[0]!.targets).toEqual([c2s]);
  });

  it('says how to fix each problem on Prosody and ejabberd, most severe first', () => {
    const { fixes, notes } = explainReport(fixtureReport('tls10'));
    expect(fixes.map((f) => f.code)).toEqual(['tls1.0', 'tls1.1', 'cbc-ciphers', 'non-fs-ciphers']);
    const tls10 = fixes[0]!;
    expect(tls10.fix.prosody).toMatch(/prosody\.cfg\.lua/);
    expect(tls10.fix.ejabberd).toMatch(/ejabberd\.yml/);
    expect(tls10.targets).toHaveLength(2);
    expect(notes.map((n) => n.code)).toEqual(['no-dane', 'ocsp-not-stapled']);
  });

  it('a clean A has no reasons and nothing to fix, only notes', () => {
    const { reasons, fixes, notes } = explainReport(fixtureReport('good'));
    expect(reasons).toEqual([]);
    expect(fixes).toEqual([]);
    expect(notes.length).toBeGreaterThan(0);
  });

  it('every capped grade in the fleet is explained by a reason at that grade', () => {
    for (const config of FIXTURE_CONFIGS) {
      const report = fixtureReport(config);
      const { reasons, fixes } = explainReport(report);
      for (let i = 1; i < reasons.length; i++) expect(compareGrades(reasons[i - 1]!.grade, reasons[i]!.grade), config).toBeLessThanOrEqual(0);
      if (report.grade && report.grade !== 'A' && report.grade !== 'A+') expect(reasons.some((r) => r.grade === report.grade), config).toBe(true);
      for (const fix of fixes) expect(fix.details.length, config).toBeLessThanOrEqual(5);
    }
  });
});
