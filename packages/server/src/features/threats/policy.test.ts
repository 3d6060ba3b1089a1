import { describe, expect, it } from 'vitest';
import type { Actor } from '../../authz/actor.ts';
import { anonymous, cliActor, jobActor } from '../../authz/actor.ts';
import { ROLES } from '../accounts/tables.ts';
import { canSeeAuthors, canSeeCaseLink, canSeeRevision, threatPolicy, visibleRevision } from './policy.ts';

const user = (role: (typeof ROLES)[number], scopes?: string[]): Actor => ({ kind: 'user', userId: 'u', email: 'u@example.org', role, via: 'web', ...(scopes ? { scopes } : {}) });

type Who = 'anonymous' | 'reporter' | 'maintainer' | 'team' | 'admin' | 'cli';
const everyone = (value: boolean): Record<Who, boolean> => ({ anonymous: value, reporter: value, maintainer: value, team: value, admin: value, cli: value });
const teamOnly: Record<Who, boolean> = { anonymous: false, reporter: false, maintainer: false, team: true, admin: true, cli: true };

// The whole matrix, written out: a change to the policy must change this table too.
const EXPECTED: Record<keyof typeof threatPolicy.rules, Record<Who, boolean>> = {
  'threat.read': everyone(true),
  'threat.read_drafts': teamOnly,
  'threat.edit': teamOnly,
  'threat.import': teamOnly,
  'threat.export': teamOnly,
  'threat.link_case': teamOnly,
  'threat.preview_tree': teamOnly,
  'register.read': everyone(true),
  'register.preview': teamOnly,
  'register.publish': teamOnly,
};

const actors = (): [Who, Actor][] => [['anonymous', anonymous()], ...ROLES.map((role): [Who, Actor] => [role, user(role)]), ['cli', cliActor]];

describe('threat policy', () => {
  for (const [action, row] of Object.entries(EXPECTED) as [keyof typeof EXPECTED, Record<Who, boolean>][]) {
    it(`${action}: role × action`, () => {
      for (const [who, actor] of actors()) expect(threatPolicy.can(actor, action), who).toBe(row[who]);
      expect(threatPolicy.can(jobActor('seed'), action)).toBe(true);
    });
  }

  it('limits API tokens to their scopes', () => {
    expect(threatPolicy.can(user('team', ['read']), 'threat.read_drafts')).toBe(true);
    expect(threatPolicy.can(user('team', ['read']), 'threat.edit')).toBe(false);
    expect(threatPolicy.can(user('team', ['read']), 'register.publish')).toBe(false);
    expect(threatPolicy.can(user('team', ['threats']), 'threat.edit')).toBe(true);
    expect(threatPolicy.can(user('team', ['threats']), 'register.publish')).toBe(true);
    expect(threatPolicy.can(user('team', ['cases']), 'threat.edit')).toBe(false);
    expect(threatPolicy.can(user('maintainer', ['threats']), 'threat.edit')).toBe(false);
  });

  it('shows drafts to the team only, reviewed and retired revisions to everyone', () => {
    const row: Record<Who, [boolean, boolean, boolean]> = {
      anonymous: [false, true, true],
      reporter: [false, true, true],
      maintainer: [false, true, true],
      team: [true, true, true],
      admin: [true, true, true],
      cli: [true, true, true],
    };
    for (const [who, actor] of actors()) {
      expect((['draft', 'reviewed', 'retired'] as const).map((status) => canSeeRevision(actor, status)), who).toEqual(row[who]);
    }
  });

  it('picks the revision each caller reads as current', () => {
    const onlyDrafts = { revision: 3, public_revision: null };
    const reworked = { revision: 5, public_revision: 2 };
    for (const [who, actor] of actors()) {
      const team = teamOnly[who];
      expect(visibleRevision(actor, onlyDrafts), who).toBe(team ? 3 : undefined);
      expect(visibleRevision(actor, reworked), who).toBe(team ? 5 : 2);
    }
    // A token that may not read sees nothing, not even the public revision.
    expect(visibleRevision(user('reporter', ['cases']), reworked)).toBeUndefined();
  });

  it('shows case links once the case is public, and authors to the team', () => {
    for (const [who, actor] of actors()) {
      expect(canSeeCaseLink(actor, true), who).toBe(true);
      expect(canSeeCaseLink(actor, false), who).toBe(teamOnly[who]);
      expect(canSeeAuthors(actor), who).toBe(teamOnly[who]);
    }
  });

  it('throws 401 for anonymous callers and 403 for signed-in ones', () => {
    expect(() => threatPolicy.assert(anonymous(), 'threat.edit')).toThrow(expect.objectContaining({ status: 401 }));
    expect(() => threatPolicy.assert(user('maintainer'), 'register.publish')).toThrow(expect.objectContaining({ status: 403 }));
  });
});
