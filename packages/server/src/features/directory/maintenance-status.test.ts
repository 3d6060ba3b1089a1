import { describe, expect, it } from 'vitest';
import { maintenanceStatus, monthsBefore } from './maintenance-status.ts';

const now = new Date('2026-11-15T12:00:00Z');
const d = (iso: string) => new Date(iso);
const base = { newestReleaseAt: null, newestDoapChangeAt: null, lastConfirmedAt: null, archived: false, now };

describe('maintenanceStatus', () => {
  it('is active with a recent confirmation and some recent signal', () => {
    const s = maintenanceStatus({ ...base, newestReleaseAt: d('2026-06-01T00:00:00Z'), lastConfirmedAt: d('2026-01-10T00:00:00Z') });
    expect(s.state).toBe('active');
    expect(s.archivalCandidate).toBe(false);
    expect(s.signals).toEqual([
      { kind: 'release', at: '2026-06-01T00:00:00.000Z', ageDays: 167, fresh: true },
      { kind: 'doap-change', at: null, ageDays: null, fresh: false },
      { kind: 'confirmation', at: '2026-01-10T00:00:00.000Z', ageDays: 309, fresh: true },
    ]);
  });

  it('is unconfirmed after 13 months without confirmation, even with fresh releases', () => {
    const s = maintenanceStatus({ ...base, newestReleaseAt: d('2026-10-01T00:00:00Z'), lastConfirmedAt: d('2025-10-14T00:00:00Z') });
    expect(s.state).toBe('unconfirmed');
    expect(s.reasons).toEqual(['last confirmed 2025-10-14, more than 13 months ago']);
    expect(maintenanceStatus({ ...base, newestReleaseAt: d('2026-10-01T00:00:00Z') }).reasons).toEqual(['the maintainers have never confirmed the entry']);
  });

  it('puts the 13-month edge exactly on the calendar month', () => {
    const edge = monthsBefore(now, 13);
    expect(edge.toISOString()).toBe('2025-10-15T12:00:00.000Z');
    expect(maintenanceStatus({ ...base, newestReleaseAt: now, lastConfirmedAt: edge }).state).toBe('active');
    expect(maintenanceStatus({ ...base, newestReleaseAt: now, lastConfirmedAt: new Date(edge.getTime() - 1) }).state).toBe('unconfirmed');
  });

  it('is quiet after two years without any signal, and suggests archival with the evidence', () => {
    const s = maintenanceStatus({ ...base, newestReleaseAt: d('2023-05-01T00:00:00Z'), newestDoapChangeAt: d('2024-11-14T00:00:00Z'), lastConfirmedAt: null });
    expect(s.state).toBe('quiet');
    expect(s.archivalCandidate).toBe(true);
    expect(s.reasons).toEqual([
      'no signal in the last 24 months',
      'last release 2023-05-01 (1294 days ago)',
      'last change to the DOAP file 2024-11-14 (731 days ago)',
      'no maintainer confirmation on record',
    ]);
  });

  it('counts any one signal within two years against quiet', () => {
    for (const key of ['newestReleaseAt', 'newestDoapChangeAt', 'lastConfirmedAt'] as const) {
      const s = maintenanceStatus({ ...base, [key]: d('2025-01-01T00:00:00Z') });
      expect(s.state, key).not.toBe('quiet');
    }
    expect(maintenanceStatus(base).state).toBe('quiet');
  });

  it('shows archived projects as archived and never as candidates', () => {
    const s = maintenanceStatus({ ...base, archived: true, archivedAt: d('2026-02-02T00:00:00Z') });
    expect(s).toMatchObject({ state: 'archived', archivedAt: '2026-02-02T00:00:00.000Z', archivalCandidate: false });
  });

  it('does not let a date in the future count as more than now', () => {
    const s = maintenanceStatus({ ...base, newestReleaseAt: d('2030-01-01T00:00:00Z'), lastConfirmedAt: now });
    expect(s.state).toBe('active');
    expect(s.signals[0]?.ageDays).toBe(0);
  });

  it('moves the 31st back to the last day of a shorter month', () => {
    expect(monthsBefore(d('2026-03-31T00:00:00Z'), 1).toISOString()).toBe('2026-02-28T00:00:00.000Z');
    expect(monthsBefore(d('2024-03-31T00:00:00Z'), 13).toISOString()).toBe('2023-02-28T00:00:00.000Z');
  });
});
