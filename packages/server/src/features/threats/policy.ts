import type { Actor } from '../../authz/actor.ts';
import { definePolicy, STAFF } from '../../authz/policy.ts';
import type { ThreatStatus } from './model.ts';

/**
 * The register is public once reviewed: anyone reads the published versions and every threat
 * revision whose status is reviewed or retired. Drafts, authors and unpublished case links are
 * the team's; only the team edits and publishes.
 */
export const threatPolicy = definePolicy({
  'threat.read': { roles: 'public', scope: 'read' },
  'threat.read_drafts': { roles: STAFF, scope: 'read' },
  'threat.edit': { roles: STAFF, scope: 'threats' },
  'threat.import': { roles: STAFF, scope: 'threats' },
  'threat.export': { roles: STAFF, scope: 'read' },
  'threat.link_case': { roles: STAFF, scope: 'threats' },
  'threat.preview_tree': { roles: STAFF, scope: 'read' },
  'register.read': { roles: 'public', scope: 'read' },
  'register.preview': { roles: STAFF, scope: 'read' },
  'register.publish': { roles: STAFF, scope: 'threats' },
});

export type ThreatAction = keyof typeof threatPolicy.rules;

/** A revision with this status may be shown to the actor. */
export function canSeeRevision(actor: Actor, status: ThreatStatus): boolean {
  return status !== 'draft' ? threatPolicy.can(actor, 'threat.read') : threatPolicy.can(actor, 'threat.read_drafts');
}

/** Which revision of a threat the actor reads as its current one: the latest, or the latest public one; undefined hides the threat. */
export function visibleRevision(actor: Actor, threat: { revision: number; public_revision: number | null }): number | undefined {
  if (threatPolicy.can(actor, 'threat.read_drafts')) return threat.revision;
  if (!threatPolicy.can(actor, 'threat.read')) return undefined;
  return threat.public_revision ?? undefined;
}

/** Linked cases the actor may see: the team sees all; others only those the case feature says are public. */
export function canSeeCaseLink(actor: Actor, casePublic: boolean): boolean {
  return casePublic ? threatPolicy.can(actor, 'threat.read') : threatPolicy.can(actor, 'threat.read_drafts');
}

/** Who made a revision or published a version is shown to the team only. */
export function canSeeAuthors(actor: Actor): boolean {
  return threatPolicy.can(actor, 'threat.read_drafts');
}
