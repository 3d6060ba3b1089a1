import type { Actor } from '../../authz/actor.ts';
import { definePolicy, STAFF } from '../../authz/policy.ts';

/**
 * CVE records: anyone reads the public ones (released, and past their case's publication instant)
 * and their CVE/OSV/CSAF forms, and may validate a record or parse a CVSS vector (pure checks, no
 * data). The team reserves IDs, writes drafts, publishes, rejects and imports; admins change the
 * CNA settings. Maintainers see drafts only through the case hook (`canReadUnpublished`).
 */
export const cvePolicy = definePolicy({
  'cve.read': { roles: 'public', scope: 'read' },
  'cve.read_drafts': { roles: STAFF, scope: 'read' },
  'cve.validate': { roles: 'public', scope: 'read' },
  'cve.reserve': { roles: STAFF, scope: 'cve' },
  'cve.edit': { roles: STAFF, scope: 'cve' },
  'cve.publish': { roles: STAFF, scope: 'cve' },
  'cve.reject': { roles: STAFF, scope: 'cve' },
  'cve.import': { roles: STAFF, scope: 'cve' },
  'cve.settings_read': { roles: STAFF, scope: 'read' },
  'cve.settings_write': { roles: ['admin'], scope: 'admin' },
});

export type CveAction = keyof typeof cvePolicy.rules;

/**
 * Whether the actor may read a record that is not public (its draft, revisions, a release still
 * under embargo): the team always; a case participant when the case feature says so
 * (`caseAllows`, e.g. a maintainer invited to the record's case), and only with a token that may read.
 */
export function canReadUnpublished(actor: Actor, caseAllows: boolean): boolean {
  if (cvePolicy.can(actor, 'cve.read_drafts')) return true;
  return caseAllows && actor.kind === 'user' && cvePolicy.can(actor, 'cve.read');
}
