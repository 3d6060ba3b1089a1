import { describe, expect, it } from 'vitest';
import type { Actor } from '../../authz/actor.ts';
import { anonymous, cliActor, jobActor } from '../../authz/actor.ts';
import { accountPolicy } from './policy.ts';
import { ROLES } from './tables.ts';

const user = (role: (typeof ROLES)[number], scopes?: string[]): Actor => ({ kind: 'user', userId: 'u', email: 'u@example.org', role, via: 'web', ...(scopes ? { scopes } : {}) });

// The whole matrix, written out: a change to the policy must change this table too.
const EXPECTED: Record<keyof typeof accountPolicy.rules, Record<'anonymous' | 'reporter' | 'maintainer' | 'team' | 'admin' | 'cli', boolean>> = {
  'user.create': { anonymous: false, reporter: false, maintainer: false, team: false, admin: true, cli: true },
  'user.list': { anonymous: false, reporter: false, maintainer: false, team: true, admin: true, cli: true },
  'user.disable': { anonymous: false, reporter: false, maintainer: false, team: false, admin: true, cli: true },
  'user.update_role': { anonymous: false, reporter: false, maintainer: false, team: false, admin: true, cli: true },
  'token.manage_own': { anonymous: false, reporter: true, maintainer: true, team: true, admin: true, cli: false },
  'profile.read_own': { anonymous: false, reporter: true, maintainer: true, team: true, admin: true, cli: false },
  'audit.read': { anonymous: false, reporter: false, maintainer: false, team: true, admin: true, cli: true },
};

describe('account policy', () => {
  for (const [action, row] of Object.entries(EXPECTED) as [keyof typeof EXPECTED, (typeof EXPECTED)[keyof typeof EXPECTED]][]) {
    it(`${action}: role × action`, () => {
      expect(accountPolicy.can(anonymous(), action)).toBe(row.anonymous);
      for (const role of ROLES) expect(accountPolicy.can(user(role), action), role).toBe(row[role]);
      expect(accountPolicy.can(cliActor, action)).toBe(row.cli);
    });
  }

  it('limits API tokens to their scopes', () => {
    expect(accountPolicy.can(user('admin', ['read']), 'user.list')).toBe(true);
    expect(accountPolicy.can(user('admin', ['read']), 'user.create')).toBe(false);
    expect(accountPolicy.can(user('admin', ['admin']), 'user.create')).toBe(true);
    expect(accountPolicy.can(user('maintainer', ['admin']), 'user.create')).toBe(false);
  });

  it('throws 401 for anonymous callers and 403 for signed-in ones', () => {
    expect(() => accountPolicy.assert(anonymous(), 'user.list')).toThrow(expect.objectContaining({ status: 401 }));
    expect(() => accountPolicy.assert(user('reporter'), 'user.list')).toThrow(expect.objectContaining({ status: 403 }));
    expect(() => accountPolicy.assert(jobActor('x'), 'user.list')).not.toThrow();
  });
});
