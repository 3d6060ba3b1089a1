import { describe, expect, it } from 'vitest';
import type { Actor } from '../../authz/actor.ts';
import { anonymous, cliActor, jobActor } from '../../authz/actor.ts';
import { ROLES } from '../accounts/tables.ts';
import type { Role } from '../accounts/tables.ts';
import { assertOnProject, canOnProject, directoryPolicy } from './policy.ts';
import type { ProjectAction } from './policy.ts';

const user = (role: Role, userId = 'u', scopes?: string[]): Actor => ({ kind: 'user', userId, email: `${userId}@example.org`, role, via: 'web', ...(scopes ? { scopes } : {}) });

type Column = 'anonymous' | Role | 'cli';

// The whole matrix, written out: a change to the policy must change this table too.
const EXPECTED: Record<keyof typeof directoryPolicy.rules, Record<Column, boolean>> = {
  'directory.read': { anonymous: true, reporter: true, maintainer: true, team: true, admin: true, cli: true },
  'directory.import': { anonymous: false, reporter: false, maintainer: false, team: true, admin: true, cli: true },
  'directory.refresh': { anonymous: false, reporter: false, maintainer: false, team: true, admin: true, cli: true },
  'directory.review': { anonymous: false, reporter: false, maintainer: false, team: true, admin: true, cli: true },
  'directory.settings': { anonymous: false, reporter: false, maintainer: false, team: true, admin: true, cli: true },
  'project.create': { anonymous: false, reporter: false, maintainer: false, team: true, admin: true, cli: true },
  'project.edit': { anonymous: false, reporter: false, maintainer: true, team: true, admin: true, cli: true },
  'project.edit_listing': { anonymous: false, reporter: false, maintainer: false, team: true, admin: true, cli: true },
  'project.archive': { anonymous: false, reporter: false, maintainer: false, team: true, admin: true, cli: true },
  'project.maintainers_read': { anonymous: false, reporter: false, maintainer: true, team: true, admin: true, cli: true },
  'project.maintainers_manage': { anonymous: false, reporter: false, maintainer: false, team: true, admin: true, cli: true },
  'project.maintainer_edit': { anonymous: false, reporter: false, maintainer: true, team: true, admin: true, cli: true },
  'project.confirm': { anonymous: false, reporter: false, maintainer: true, team: false, admin: false, cli: false },
  'project.request_confirmation': { anonymous: false, reporter: false, maintainer: false, team: true, admin: true, cli: true },
};

/** Per project: who may act when the project is maintained by "m1" (and on whose maintainer entry). */
const OBJECT_EXPECTED: Record<ProjectAction, Record<'ownMaintainer' | 'otherMaintainer' | 'team' | 'reporter' | 'anonymous' | 'job', boolean>> = {
  'project.edit': { ownMaintainer: true, otherMaintainer: false, team: true, reporter: false, anonymous: false, job: true },
  'project.maintainers_read': { ownMaintainer: true, otherMaintainer: false, team: true, reporter: false, anonymous: false, job: true },
  'project.maintainer_edit': { ownMaintainer: true, otherMaintainer: false, team: true, reporter: false, anonymous: false, job: true },
  'project.confirm': { ownMaintainer: true, otherMaintainer: false, team: false, reporter: false, anonymous: false, job: false },
};

describe('directory policy', () => {
  for (const [action, row] of Object.entries(EXPECTED) as [keyof typeof EXPECTED, Record<Column, boolean>][]) {
    it(`${action}: role × action`, () => {
      expect(directoryPolicy.can(anonymous(), action)).toBe(row.anonymous);
      for (const role of ROLES) expect(directoryPolicy.can(user(role), action), role).toBe(row[role]);
      expect(directoryPolicy.can(cliActor, action)).toBe(row.cli);
    });
  }

  it('covers every action in the matrix', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(directoryPolicy.rules).sort());
  });

  for (const [action, row] of Object.entries(OBJECT_EXPECTED) as [ProjectAction, (typeof OBJECT_EXPECTED)[ProjectAction]][]) {
    it(`${action}: only on the maintainer's own project`, () => {
      const maintainers = ['m1', 'm2'];
      expect(canOnProject(user('maintainer', 'm1'), action, maintainers, 'm1')).toBe(row.ownMaintainer);
      expect(canOnProject(user('maintainer', 'stranger'), action, maintainers, 'm1')).toBe(row.otherMaintainer);
      expect(canOnProject(user('team'), action, maintainers, 'm1')).toBe(row.team);
      expect(canOnProject(user('reporter'), action, maintainers, 'm1')).toBe(row.reporter);
      expect(canOnProject(anonymous(), action, maintainers, 'm1')).toBe(row.anonymous);
      expect(canOnProject(jobActor('x'), action, maintainers, 'm1')).toBe(row.job);
    });
  }

  it("lets a maintainer edit only their own entry among a project's maintainers", () => {
    expect(canOnProject(user('maintainer', 'm1'), 'project.maintainer_edit', ['m1', 'm2'], 'm2')).toBe(false);
    expect(canOnProject(user('maintainer', 'm1'), 'project.maintainer_edit', ['m1', 'm2'], 'm1')).toBe(true);
    expect(canOnProject(user('team'), 'project.maintainer_edit', ['m1', 'm2'], 'm2')).toBe(true);
    // Other actions do not care whose entry it is.
    expect(canOnProject(user('maintainer', 'm1'), 'project.edit', ['m1', 'm2'], 'm2')).toBe(true);
  });

  it('limits API tokens to their scopes', () => {
    expect(directoryPolicy.can(user('team', 't', ['read']), 'directory.read')).toBe(true);
    expect(directoryPolicy.can(user('team', 't', ['read']), 'directory.import')).toBe(false);
    expect(directoryPolicy.can(user('team', 't', ['directory']), 'directory.import')).toBe(true);
    expect(canOnProject(user('maintainer', 'm1', ['read']), 'project.edit', ['m1'])).toBe(false);
    expect(canOnProject(user('maintainer', 'm1', ['directory']), 'project.edit', ['m1'])).toBe(true);
    expect(directoryPolicy.can(user('maintainer', 'm1', ['cases']), 'directory.read')).toBe(false);
  });

  it('refuses with 401 for anonymous callers and 403 for signed-in ones', () => {
    expect(() => assertOnProject(anonymous(), 'project.edit', ['m1'])).toThrow(expect.objectContaining({ status: 401 }));
    expect(() => assertOnProject(user('maintainer', 'm2'), 'project.edit', ['m1'])).toThrow(expect.objectContaining({ status: 403 }));
    expect(() => directoryPolicy.assert(user('reporter'), 'directory.import')).toThrow(expect.objectContaining({ status: 403 }));
    expect(() => assertOnProject(user('maintainer', 'm1'), 'project.edit', ['m1'])).not.toThrow();
  });
});
