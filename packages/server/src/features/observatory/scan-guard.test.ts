import { describe, expect, it } from 'vitest';
import { assertResolverAllowed, disallowedAddresses, refuseIfDisallowed } from './scan-guard.ts';
import { fixtureReport } from './test-fixtures.ts';

describe('scan guard', () => {
  it('under tests, refuses the system resolver and any resolver off loopback', () => {
    expect(() => assertResolverAllowed(undefined)).toThrow(expect.objectContaining({ code: 'scan_resolver_not_loopback' }));
    expect(() => assertResolverAllowed('9.9.9.9:53')).toThrow(/only use a resolver on loopback/);
    expect(() => assertResolverAllowed('127.0.0.1:5353')).not.toThrow();
    expect(() => assertResolverAllowed('[::1]:5353')).not.toThrow();
    expect(() => assertResolverAllowed(undefined, {})).not.toThrow();
  });

  it('finds the addresses of a real report that a rule forbids', () => {
    const report = fixtureReport('good');
    expect(disallowedAddresses(report, 'loopback-only')).toEqual([]);
    expect(disallowedAddresses(report, 'public-only')).toEqual(['127.0.0.1']);
    expect(disallowedAddresses(report, 'any')).toEqual([]);
  });

  it('refuses with a message naming the domain and the addresses', () => {
    expect(() => refuseIfDisallowed('evil.example', ['8.8.8.8', '10.0.0.5', '10.0.0.5'], 'public-only')).toThrow(
      expect.objectContaining({ code: 'scan_target_not_allowed', message: expect.stringMatching(/^evil\.example points at 10\.0\.0\.5, on a private/) }),
    );
    expect(() => refuseIfDisallowed('fine.example', ['8.8.8.8'], 'public-only')).not.toThrow();
    expect(() => refuseIfDisallowed('x.example', ['8.8.8.8'], 'loopback-only')).toThrow(/tests may only scan the loopback test fleet/);
  });
});
