import type { Actor } from '../../authz/actor.ts';
import { definePolicy, STAFF } from '../../authz/policy.ts';

/**
 * The observatory is public: anyone may ask for a scan and read results and statistics, and an
 * operator may ask for their domain to be left alone. The team decides opt-outs, sees opted-out
 * domains' results, and may scan again before the reuse window has passed.
 */
export const observatoryPolicy = definePolicy({
  'observatory.scan.request': { roles: 'public', scope: 'observatory' },
  'observatory.scan.force': { roles: STAFF, scope: 'observatory' },
  'observatory.read': { roles: 'public', scope: 'read' },
  'observatory.read_opted_out': { roles: STAFF, scope: 'read' },
  'observatory.opt_out.request': { roles: 'public', scope: 'observatory' },
  'observatory.opt_out.list': { roles: STAFF, scope: 'read' },
  'observatory.opt_out.manage': { roles: STAFF, scope: 'observatory' },
});

export type ObservatoryAction = keyof typeof observatoryPolicy.rules;

/** An opted-out domain's results look absent to everyone but the team. */
export function canSeeDomain(actor: Actor, domain: { opted_out: boolean }): boolean {
  return domain.opted_out ? observatoryPolicy.can(actor, 'observatory.read_opted_out') : observatoryPolicy.can(actor, 'observatory.read');
}

/** The team, the command line and jobs are not held to the per-requester limit or the reuse window. */
export const exemptFromRequestLimits = (actor: Actor): boolean => observatoryPolicy.can(actor, 'observatory.scan.force');
