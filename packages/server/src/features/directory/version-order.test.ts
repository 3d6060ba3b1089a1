import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDoap } from './doap-parser.ts';
import { DOAP_FIXTURES, seededRandom } from './test-helpers.ts';
import { compareVersions, parseVersion, sortVersions } from './version-order.ts';

describe('compareVersions', () => {
  it('orders the precedence example of the semver 2.0.0 specification (§11)', () => {
    const spec = ['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0'];
    for (let i = 0; i < spec.length; i++) {
      for (let j = 0; j < spec.length; j++) {
        expect(compareVersions(spec[i]!, spec[j]!), `${spec[i]} vs ${spec[j]}`).toBe(Math.sign(i - j));
      }
    }
    expect(compareVersions('1.0.0+build.5', '1.0.0')).toBe(0);
  });

  it.each([
    ['0.12.3', '0.12.10', -1],
    ['0.9', '0.10', -1],
    ['23.10', '23.4', 1],
    ['24.04', '23.10', 1],
    ['1.0', '1.0.0', 0],
    ['v1.2.3', '1.2.3', 0],
    ['1.0rc1', '1.0', -1],
    ['1.0rc1', '1.0rc2', -1],
    ['1.0beta2', '1.0rc1', -1],
    ['1.0a1', '1.0b1', -1],
    ['1.0-dev', '1.0alpha1', -1],
    ['2.0.0-beta.2', '2.0.0beta3', -1],
    ['2.0.0-rc.1', '2.0rc2', -1],
    ['9.0p1', '9.0', 1],
    ['9.0p1', '9.1', -1],
    ['r1234', 'r999', 1],
    ['svn-42', 'r42', 0],
    ['2024-01-01', '2023-12-31', 1],
    ['20240101', '2023-12-31', 1],
  ] as const)('%s vs %s is %s', (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected);
    expect(compareVersions(b, a)).toBe(expected === 0 ? 0 : -expected);
  });

  it.each([
    ['r1234', '1.0'],
    ['2024-01-01', '1.0'],
    ['abc123f', '1.0'],
    ['abc123f', 'def4567'],
    ['1.0-foo', '1.0'],
    ['1.0-foo', '1.0-bar'],
    ['1.0.1a', '1.0.1'],
    ['1.0.0-0.3.7', '1.0rc1'],
    ['nightly', 'stable'],
  ] as const)('does not guess between %s and %s', (a, b) => {
    expect(compareVersions(a, b)).toBe('unknown');
    expect(compareVersions(b, a)).toBe('unknown');
  });

  it('still orders versions with unknown suffixes when the numbers differ', () => {
    expect(compareVersions('1.0-foo', '1.1')).toBe(-1);
    expect(compareVersions('2.0-ubuntu1', '1.9')).toBe(1);
  });

  it('recognises the schemes', () => {
    expect(['0.12.3', '23.10', '1.0rc1', 'r1234', '2024-05-01', 'deadbeef'].map((v) => parseVersion(v).scheme))
      .toEqual(['semver', 'numeric', 'numeric', 'revision', 'date', 'opaque']);
  });

  it('is antisymmetric and transitive on random comparable versions', () => {
    const random = seededRandom(99);
    const tags = ['', 'a1', 'b2', 'rc1', 'rc2', '-beta.3', 'p1', '-dev'];
    const make = () => `${Math.floor(random() * 3)}.${Math.floor(random() * 12)}${random() < 0.5 ? `.${Math.floor(random() * 4)}` : ''}${tags[Math.floor(random() * tags.length)]}`;
    const versions = Array.from({ length: 60 }, make);
    for (const a of versions) {
      for (const b of versions) {
        const ab = compareVersions(a, b);
        const ba = compareVersions(b, a);
        if (ab === 'unknown') {
          expect(ba, `${b} vs ${a}`).toBe('unknown');
          continue;
        }
        expect(ba, `${b} vs ${a}`).toBe(ab === 0 ? 0 : -ab);
        for (const c of versions) {
          const bc = compareVersions(b, c);
          if (ab === -1 && bc === -1) expect(compareVersions(a, c), `${a} < ${b} < ${c}`).toBe(-1);
        }
      }
    }
  });
});

describe('sortVersions', () => {
  it('orders the real Kaidan releases so that their dates never go back', () => {
    const project = parseDoap(readFileSync(join(DOAP_FIXTURES, 'kaidan.doap'))).project!;
    const result = sortVersions(project.releases.map((r) => r.revision!));
    expect(result.order).toBe('known');
    if (result.order !== 'known') return;
    const dates = result.sorted.map((v) => project.releases.find((r) => r.revision === v)!.created!);
    expect(dates).toEqual(dates.toSorted());
    expect(result.sorted).not.toEqual(project.releases.map((r) => r.revision));
  });

  it('refuses to order a list that mixes schemes, naming the pairs', () => {
    const result = sortVersions(['1.0', '1.1', 'r50']);
    expect(result).toEqual({ order: 'unknown', incomparable: [['1.0', 'r50'], ['1.1', 'r50']] });
  });
});
