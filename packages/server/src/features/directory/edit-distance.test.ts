import { describe, expect, it } from 'vitest';
import { editDistance, nearestKnownName } from './edit-distance.ts';
import { PROJECT_PROPERTIES } from './doap-vocabulary.ts';

describe('editDistance', () => {
  it.each([
    ['language', 'language', 0],
    ['langauge', 'language', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['ca', 'abc', 3],
  ] as const)('%s → %s is %i', (a, b, n) => {
    expect(editDistance(a, b)).toBe(n);
    expect(editDistance(b, a)).toBe(n);
  });

  it('stops early above the limit', () => {
    expect(editDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3);
  });
});

describe('nearestKnownName', () => {
  it('finds the property a typo was meant to be', () => {
    expect(nearestKnownName('programming-langauge', PROJECT_PROPERTIES)).toBe('programming-language');
    expect(nearestKnownName('bugDatabase', PROJECT_PROPERTIES)).toBe('bug-database');
    expect(nearestKnownName('homepgae', PROJECT_PROPERTIES)).toBe('homepage');
  });

  it('does not guess for names too far away, too short, or equally close to two', () => {
    expect(nearestKnownName('changelog', PROJECT_PROPERTIES)).toBeUndefined();
    expect(nearestKnownName('ox', PROJECT_PROPERTIES)).toBeUndefined();
    expect(nearestKnownName('abcd', ['abce', 'abcf'])).toBeUndefined();
  });
});
