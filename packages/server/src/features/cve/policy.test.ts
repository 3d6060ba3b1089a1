import { describe, expect, it } from 'vitest';
import type { Actor } from '../../authz/actor.ts';
import { anonymous, cliActor, jobActor } from '../../authz/actor.ts';
import { ROLES } from '../accounts/tables.ts';
import { canReadUnpublished, cvePolicy } from './policy.ts';

const user = (role: (typeof ROLES)[number], scopes?: string[]): Actor => ({ kind: 'user', userId: 'u', email: 'u@example.org', role, via: 'web', ...(scopes ? { scopes } : {}) });

type Who = 'anonymous' | 'reporter' | 'maintainer' | 'team' | 'admin' | 'cli';
const everyone: Record<Who, boolean> = { anonymous: true, reporter: true, maintainer: true, team: true, admin: true, cli: true };
const teamOnly: Record<Who, boolean> = { anonymous: false, reporter: false, maintainer: false, team: true, admin: true, cli: true };
const adminOnly: Record<Who, boolean> = { anonymous: false, reporter: false, maintainer: false, team: false, admin: true, cli: true };

// The whole matrix, written out: a change to the policy must change this table too.
const EXPECTED: Record<keyof typeof cvePolicy.rules, Record<Who, boolean>> = {
  'cve.read': everyone,
  'cve.read_drafts': teamOnly,
  'cve.validate': everyone,
  'cve.reserve': teamOnly,
  'cve.edit': teamOnly,
  'cve.publish': teamOnly,
  'cve.reject': teamOnly,
  'cve.import': teamOnly,
  'cve.settings_read': teamOnly,
  'cve.settings_write': adminOnly,
};

const actors = (): [Who, Actor][] => [['anonymous', anonymous()], ...ROLES.map((role): [Who, Actor] => [role, user(role)]), ['cli', cliActor]];

describe('CVE policy', () => {
  for (const [action, row] of Object.entries(EXPECTED) as [keyof typeof EXPECTED, Record<Who, boolean>][]) {
    it(`${action}: role × action`, () => {
      for (const [who, actor] of actors()) expect(cvePolicy.can(actor, action), who).toBe(row[who]);
      expect(cvePolicy.can(jobActor('publication'), action)).toBe(true);
    });
  }

  it('limits API tokens to their scopes', () => {
    expect(cvePolicy.can(user('team', ['read']), 'cve.read_drafts')).toBe(true);
    expect(cvePolicy.can(user('team', ['read']), 'cve.edit')).toBe(false);
    expect(cvePolicy.can(user('team', ['cve']), 'cve.publish')).toBe(true);
    expect(cvePolicy.can(user('team', ['cve']), 'cve.read')).toBe(false);
    expect(cvePolicy.can(user('team', ['cases']), 'cve.reserve')).toBe(false);
    expect(cvePolicy.can(user('admin', ['cve']), 'cve.settings_write')).toBe(false);
    expect(cvePolicy.can(user('admin', ['admin']), 'cve.settings_write')).toBe(true);
    expect(cvePolicy.can(user('maintainer', ['cve']), 'cve.edit')).toBe(false);
  });

  it('shows unpublished records to the team, and to case participants only when the case hook allows', () => {
    const row: Record<Who, [boolean, boolean]> = {
      anonymous: [false, false],
      reporter: [false, true],
      maintainer: [false, true],
      team: [true, true],
      admin: [true, true],
      cli: [true, true],
    };
    for (const [who, actor] of actors()) expect([canReadUnpublished(actor, false), canReadUnpublished(actor, true)], who).toEqual(row[who]);
    // A token that may not read gets nothing through the hook either.
    expect(canReadUnpublished(user('maintainer', ['cases']), true)).toBe(false);
  });

  it('throws 401 for anonymous callers and 403 for signed-in ones', () => {
    expect(() => cvePolicy.assert(anonymous(), 'cve.publish')).toThrow(expect.objectContaining({ status: 401 }));
    expect(() => cvePolicy.assert(user('maintainer'), 'cve.publish')).toThrow(expect.objectContaining({ status: 403 }));
    expect(() => cvePolicy.assert(user('team'), 'cve.settings_write')).toThrow(expect.objectContaining({ status: 403 }));
  });
});
