import { describe, expect, it } from 'vitest';
import { newestRelease } from './doap-summary.ts';
import type { DoapRelease } from './doap-types.ts';

const rel = (revision: string | null, created: string | null, line = 1): DoapRelease => ({ revision, created, name: null, branch: null, fileReleases: [], line });

describe('newestRelease', () => {
  it('takes the latest date, and the higher version on the same day', () => {
    expect(newestRelease([rel('1.0', '2024-01-01'), rel('1.2', '2024-03-01'), rel('1.1', '2024-02-01')])?.revision).toBe('1.2');
    expect(newestRelease([rel('0.33', '2026-04-24'), rel('0.33.1', '2026-04-24')])?.revision).toBe('0.33.1');
  });

  it('prefers a dated release over undated ones', () => {
    expect(newestRelease([rel('9.0', null), rel('1.0', '2020-01-01')])?.revision).toBe('1.0');
  });

  it('orders undated releases by version, and gives up when they cannot be ordered', () => {
    expect(newestRelease([rel('1.10', null), rel('1.9', null)])?.revision).toBe('1.10');
    expect(newestRelease([rel('1.0', null), rel('r77', null)])).toBeNull();
    expect(newestRelease([])).toBeNull();
  });
});
