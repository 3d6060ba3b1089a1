import { describe, expect, it } from 'vitest';
import type { Actor } from '../../authz/actor.ts';
import { anonymous, cliActor, jobActor } from '../../authz/actor.ts';
import { ROLES } from '../accounts/tables.ts';
import { canSeeDomain, exemptFromRequestLimits, observatoryPolicy } from './policy.ts';

const user = (role: (typeof ROLES)[number], scopes?: string[]): Actor => ({ kind: 'user', userId: 'u', email: 'u@example.org', role, via: 'web', ...(scopes ? { scopes } : {}) });

type Who = 'anonymous' | 'reporter' | 'maintainer' | 'team' | 'admin' | 'cli';

// The whole matrix, written out: a change to the policy must change this table too.
const EXPECTED: Record<keyof typeof observatoryPolicy.rules, Record<Who, boolean>> = {
  'observatory.scan.request': { anonymous: true, reporter: true, maintainer: true, team: true, admin: true, cli: true },
  'observatory.scan.force': { anonymous: false, reporter: false, maintainer: false, team: true, admin: true, cli: true },
  'observatory.read': { anonymous: true, reporter: true, maintainer: true, team: true, admin: true, cli: true },
  'observatory.read_opted_out': { anonymous: false, reporter: false, maintainer: false, team: true, admin: true, cli: true },
  'observatory.opt_out.request': { anonymous: true, reporter: true, maintainer: true, team: true, admin: true, cli: true },
  'observatory.opt_out.list': { anonymous: false, reporter: false, maintainer: false, team: true, admin: true, cli: true },
  'observatory.opt_out.manage': { anonymous: false, reporter: false, maintainer: false, team: true, admin: true, cli: true },
};

describe('observatory policy', () => {
  for (const [action, row] of Object.entries(EXPECTED) as [keyof typeof EXPECTED, Record<Who, boolean>][]) {
    it(`${action}: role × action`, () => {
      expect(observatoryPolicy.can(anonymous(), action)).toBe(row.anonymous);
      for (const role of ROLES) expect(observatoryPolicy.can(user(role), action), role).toBe(row[role]);
      expect(observatoryPolicy.can(cliActor, action)).toBe(row.cli);
      expect(observatoryPolicy.can(jobActor('observatory.run-scans'), action)).toBe(row.cli);
    });
  }

  it('covers every action in the matrix', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(observatoryPolicy.rules).sort());
  });

  it('limits API tokens to their scopes', () => {
    expect(observatoryPolicy.can(user('reporter', ['read']), 'observatory.read')).toBe(true);
    expect(observatoryPolicy.can(user('reporter', ['read']), 'observatory.scan.request')).toBe(false);
    expect(observatoryPolicy.can(user('reporter', ['observatory']), 'observatory.scan.request')).toBe(true);
    expect(observatoryPolicy.can(user('team', ['read']), 'observatory.opt_out.manage')).toBe(false);
    expect(observatoryPolicy.can(user('team', ['observatory']), 'observatory.opt_out.manage')).toBe(true);
    expect(observatoryPolicy.can(user('maintainer', ['observatory']), 'observatory.opt_out.manage')).toBe(false);
  });

  it('hides opted-out domains from everyone but the team', () => {
    const optedOut = { opted_out: true };
    const listed = { opted_out: false };
    expect(canSeeDomain(anonymous(), optedOut)).toBe(false);
    for (const role of ROLES) expect(canSeeDomain(user(role), optedOut), role).toBe(role === 'team' || role === 'admin');
    for (const role of ROLES) expect(canSeeDomain(user(role), listed), role).toBe(true);
    expect(canSeeDomain(anonymous(), listed)).toBe(true);
    expect(canSeeDomain(cliActor, optedOut)).toBe(true);
  });

  it('exempts the team and the system from request limits, nobody else', () => {
    expect(exemptFromRequestLimits(anonymous())).toBe(false);
    for (const role of ROLES) expect(exemptFromRequestLimits(user(role)), role).toBe(role === 'team' || role === 'admin');
    expect(exemptFromRequestLimits(cliActor)).toBe(true);
  });

  it('throws 401 for anonymous callers and 403 for signed-in ones', () => {
    expect(() => observatoryPolicy.assert(anonymous(), 'observatory.opt_out.manage')).toThrow(expect.objectContaining({ status: 401 }));
    expect(() => observatoryPolicy.assert(user('maintainer'), 'observatory.opt_out.manage')).toThrow(expect.objectContaining({ status: 403 }));
  });
});
