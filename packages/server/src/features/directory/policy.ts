import type { Actor } from '../../authz/actor.ts';
import { definePolicy, STAFF } from '../../authz/policy.ts';
import { forbidden, unauthenticated } from '../../errors.ts';
import type { Role } from '../accounts/tables.ts';

const STAFF_AND_MAINTAINERS: readonly Role[] = ['admin', 'team', 'maintainer'];

/**
 * The directory is public to read. The team imports, edits, archives and manages maintainers;
 * a maintainer edits only the projects they maintain (the object rules below) and confirms them.
 */
export const directoryPolicy = definePolicy({
  'directory.read': { roles: 'public', scope: 'read' },
  'directory.import': { roles: STAFF, scope: 'directory' },
  'directory.refresh': { roles: STAFF, scope: 'directory' },
  'directory.review': { roles: STAFF, scope: 'read' },
  'directory.settings': { roles: STAFF, scope: 'directory' },
  'project.create': { roles: STAFF, scope: 'directory' },
  /** The fields no DOAP file carries (logo, security contact, CVE product names, notes). */
  'project.edit': { roles: STAFF_AND_MAINTAINERS, scope: 'directory' },
  /** Name, slug, DOAP URL, in-scope decision. */
  'project.edit_listing': { roles: STAFF, scope: 'directory' },
  'project.archive': { roles: STAFF, scope: 'directory' },
  'project.maintainers_read': { roles: STAFF_AND_MAINTAINERS, scope: 'read' },
  'project.maintainers_manage': { roles: STAFF, scope: 'directory' },
  /** A maintainer's own contact details on a project. */
  'project.maintainer_edit': { roles: STAFF_AND_MAINTAINERS, scope: 'directory' },
  /** Only a maintainer can say "this project is still maintained". */
  'project.confirm': { roles: ['maintainer'], scope: 'directory', system: false },
  'project.request_confirmation': { roles: STAFF, scope: 'directory' },
});

export type DirectoryAction = keyof typeof directoryPolicy.rules;

/** Actions where a maintainer's permission depends on the project. */
export type ProjectAction = 'project.edit' | 'project.maintainers_read' | 'project.maintainer_edit' | 'project.confirm';

/**
 * Whether `actor` may do `action` on a project maintained by `maintainerIds`. Staff may act on any
 * project (except confirming, which is the maintainers' statement); a maintainer only on their
 * own, and for `project.maintainer_edit` only on their own entry (`entryUserId`).
 */
export function canOnProject(actor: Actor, action: ProjectAction, maintainerIds: readonly string[], entryUserId?: string): boolean {
  if (!directoryPolicy.can(actor, action)) return false;
  if (actor.kind !== 'user' || actor.role !== 'maintainer') return true;
  if (!maintainerIds.includes(actor.userId)) return false;
  return action !== 'project.maintainer_edit' || entryUserId === undefined || entryUserId === actor.userId;
}

/** Projects are public, so a refusal is a plain 401/403 (nothing to hide about their existence). */
export function assertOnProject(actor: Actor, action: ProjectAction, maintainerIds: readonly string[], entryUserId?: string): void {
  if (canOnProject(actor, action, maintainerIds, entryUserId)) return;
  throw actor.kind === 'anonymous' ? unauthenticated() : forbidden();
}
