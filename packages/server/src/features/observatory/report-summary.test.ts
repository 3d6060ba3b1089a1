import { describe, expect, it } from 'vitest';
import type { ScanReport } from '@xmppsec/scanner';
import { digestFindings, diffScans, summariseTargets } from './report-summary.ts';
import { FIXTURE_CONFIGS, fixtureReport } from './test-fixtures.ts';

const byMode = (report: ScanReport, mode: 'c2s' | 's2s') => summariseTargets(report).filter((t) => t.mode === mode);

describe('summariseTargets on real fleet reports', () => {
  it('keeps one row per target with its endpoint and grade', () => {
    for (const config of FIXTURE_CONFIGS) {
      const report = fixtureReport(config);
      const rows = summariseTargets(report);
      expect(rows.map((r) => r.target_id), config).toEqual(report.targets.map((t) => t.id));
      expect(rows.map((r) => r.grade), config).toEqual(report.targets.map((t) => t.grade.grade));
      for (const row of rows) expect(row.address, config).toBe('127.0.0.1');
    }
  });

  it('good: TLS 1.2 and 1.3 only, STARTTLS required, identity and trust fine, no DANE', () => {
    for (const row of summariseTargets(fixtureReport('good'))) {
      expect(row).toMatchObject({ reachable: true, tls10: false, tls11: false, tls12: true, tls13: true, dane: false, certificate_expired: false, trust_failure: false, identity_failure: false, starttls: 'required', starttls_not_required: false, plain_before_tls: false });
    }
    const [s2s] = byMode(fixtureReport('good'), 's2s');
    expect(s2s).toMatchObject({ dialback_only: false, channel_binding: null, registration: null });
    const [c2s] = byMode(fixtureReport('good'), 'c2s');
    // Prosody 0.12 offers SCRAM-SHA-1 and PLAIN without a -PLUS variant; registration is off.
    expect(c2s).toMatchObject({ channel_binding: false, registration: false, dialback_only: null });
  });

  it('sees each configuration\'s fault on the right targets', () => {
    expect(summariseTargets(fixtureReport('tls10')).every((r) => r.tls10 === true && r.tls11 === true)).toBe(true);
    expect(summariseTargets(fixtureReport('starttls-optional')).map((r) => [r.mode, r.starttls, r.starttls_not_required])).toEqual([['c2s', 'offered', true], ['s2s', 'offered', true]]);
    expect(byMode(fixtureReport('plain-before-tls'), 'c2s').map((r) => r.plain_before_tls)).toEqual([true]);
    expect(byMode(fixtureReport('plain-before-tls'), 's2s').map((r) => r.plain_before_tls)).toEqual([false]);
    expect(byMode(fixtureReport('dialback-only'), 's2s').map((r) => r.dialback_only)).toEqual([true]);
    expect(summariseTargets(fixtureReport('wrong-identity')).every((r) => r.identity_failure === true && r.trust_failure === false)).toBe(true);
    expect(summariseTargets(fixtureReport('expired')).every((r) => r.certificate_expired === true && r.trust_failure === true)).toBe(true);
    expect(summariseTargets(fixtureReport('dane')).every((r) => r.dane === true)).toBe(true);
  });

  it('leaves direct TLS targets out of STARTTLS facts instead of calling them fine', () => {
    const direct = summariseTargets(fixtureReport('direct-tls')).filter((r) => r.transport === 'directtls');
    expect(direct.length).toBe(2);
    for (const row of direct) expect(row).toMatchObject({ starttls: null, starttls_not_required: null, plain_before_tls: null, tls13: true });
  });

  it('marks facts of an unreachable target as unmeasured (null), not as absent', () => {
    const report = fixtureReport('good');
    const target = report.targets[0]!;
    const unreachable = { ...report, targets: [{ ...target, reachable: false, stream: null, tls: null, identity: null, dane: null, findings: [], grade: { ...target.grade, grade: null } }] };
    const [row] = summariseTargets(unreachable);
    expect(row).toMatchObject({ reachable: false, grade: null, tls10: null, dane: null, certificate_expired: null, identity_failure: null, starttls: null, plain_before_tls: null, channel_binding: null, registration: null });
  });

  it('sees in-band registration and channel binding when a server offers them', () => {
    const report = fixtureReport('good');
    const c2s = report.targets.find((t) => t.endpoint.mode === 'c2s')!;
    const after = { ...c2s.stream!.featuresAfterTls!, mechanisms: ['SCRAM-SHA-256-PLUS', 'SCRAM-SHA-256'], namespaces: ['urn:ietf:params:xml:ns:xmpp-sasl', 'http://jabber.org/features/iq-register'] };
    const [row] = summariseTargets({ ...report, targets: [{ ...c2s, stream: { ...c2s.stream!, featuresAfterTls: after } }] });
    expect(row).toMatchObject({ channel_binding: true, registration: true });
  });
});

describe('digestFindings and diffScans', () => {
  it('lists every finding once with the modes it was seen in', () => {
    const digest = digestFindings(fixtureReport('plain-before-tls'));
    expect(digest.map((d) => d.code)).toEqual([...digest.map((d) => d.code)].sort());
    expect(digest.find((d) => d.code === 'plain-before-tls')).toMatchObject({ severity: 'critical', modes: ['c2s'] });
    expect(digest.find((d) => d.code === 'no-dane')?.modes).toEqual(['c2s', 's2s']);
  });

  it('reports findings added and removed and the grade change between consecutive scans', () => {
    const good = fixtureReport('good');
    const tls10 = fixtureReport('tls10');
    const worse = diffScans({ id: 'scan-1', grade: good.grade, findings: digestFindings(good) }, { grade: tls10.grade, findings: digestFindings(tls10) });
    expect(worse).toMatchObject({ previousScanId: 'scan-1', gradeFrom: 'A', gradeTo: 'B', removed: [] });
    expect(worse.added.map((a) => a.code)).toEqual(['cbc-ciphers', 'non-fs-ciphers', 'tls1.0', 'tls1.1']);
    expect(worse.added.find((a) => a.code === 'tls1.0')?.modes).toEqual(['c2s', 's2s']);
    const better = diffScans({ id: 'scan-2', grade: tls10.grade, findings: digestFindings(tls10) }, { grade: good.grade, findings: digestFindings(good) });
    expect(better.removed.map((a) => a.code)).toEqual(worse.added.map((a) => a.code));
    expect(better.added).toEqual([]);
    const same = diffScans({ id: 'scan-3', grade: good.grade, findings: digestFindings(good) }, { grade: good.grade, findings: digestFindings(good) });
    expect(same).toMatchObject({ gradeFrom: 'A', gradeTo: 'A', added: [], removed: [] });
  });

  it('tells a fix on one mode from a fix on both', () => {
    const tls10 = fixtureReport('tls10');
    const half = { ...tls10, targets: tls10.targets.map((t) => (t.endpoint.mode === 's2s' ? { ...t, findings: t.findings.filter((f) => f.code !== 'tls1.0') } : t)) };
    const change = diffScans({ id: 'p', grade: 'B', findings: digestFindings(tls10) }, { grade: 'B', findings: digestFindings(half) });
    expect(change.removed).toEqual([expect.objectContaining({ code: 'tls1.0', modes: ['s2s'] })]);
    expect(change.added).toEqual([]);
  });
});
