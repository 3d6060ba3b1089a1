import { forbidden, unauthenticated } from '../errors.ts';
import type { Role } from '../features/accounts/tables.ts';
import type { Actor } from './actor.ts';

/**
 * What an API token may be limited to. `read` covers reading whatever the owner may read; the
 * others allow changes in one capability. A token never exceeds its owner's role.
 */
export const SCOPES = ['read', 'cases', 'cve', 'directory', 'threats', 'observatory', 'admin'] as const;
export type Scope = (typeof SCOPES)[number];

export interface ActionRule {
  /** Signed-in roles allowed; `'public'` allows anyone, signed in or not. */
  roles: readonly Role[] | 'public';
  /** The API token scope the action needs. */
  scope: Scope;
  /** Whether the command line and jobs may do it (they act for the operator). Default: yes. */
  system?: boolean;
}

export type Policy<A extends string> = {
  can(actor: Actor, action: A): boolean;
  /** Throws 401 for anonymous callers, 403 for signed-in ones. */
  assert(actor: Actor, action: A): void;
  rules: Readonly<Record<A, ActionRule>>;
};

/** Role-level authorisation for one feature, declared as data so it can be tested as a matrix. */
export function definePolicy<A extends string>(rules: Record<A, ActionRule>): Policy<A> {
  const can = (actor: Actor, action: A): boolean => {
    const rule = rules[action];
    if (actor.kind === 'system') return rule.system !== false;
    if (rule.roles === 'public') return actor.kind === 'anonymous' || tokenAllows(actor.scopes, rule.scope);
    if (actor.kind === 'anonymous') return false;
    return rule.roles.includes(actor.role) && tokenAllows(actor.scopes, rule.scope);
  };
  return {
    can,
    assert(actor, action) {
      if (can(actor, action)) return;
      throw actor.kind === 'anonymous' ? unauthenticated() : forbidden();
    },
    rules,
  };
}

function tokenAllows(scopes: readonly string[] | undefined, needed: Scope): boolean {
  return scopes === undefined || scopes.includes(needed);
}

export const STAFF: readonly Role[] = ['admin', 'team'];
export const SIGNED_IN: readonly Role[] = ['admin', 'team', 'maintainer', 'reporter'];
