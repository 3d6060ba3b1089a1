import { describe, expect, it } from 'vitest';
import { manualClock, utcText } from './clock.ts';

describe('clock', () => {
  it('writes instants for people in UTC, with seconds only when there are any', () => {
    expect(utcText(new Date('2026-08-01T14:00:00+02:00'))).toBe('2026-08-01 12:00 UTC');
    expect(utcText(new Date('2026-08-01T12:00:30.500Z'))).toBe('2026-08-01 12:00:30 UTC');
  });

  it('moves only when told', () => {
    const clock = manualClock('2026-01-01T00:00:00Z');
    clock.advance(1500);
    expect(clock.now().toISOString()).toBe('2026-01-01T00:00:01.500Z');
    clock.set('2027-01-01T00:00:00Z');
    expect(clock.now().getUTCFullYear()).toBe(2027);
  });
});
