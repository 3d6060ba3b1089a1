import { definePolicy, STAFF } from '../../authz/policy.ts';

export const advisoryPolicy = definePolicy({
  'advisory.read_published': { roles: 'public', scope: 'read' },
  'advisory.edit': { roles: STAFF, scope: 'cases' },
  'advisory.approve': { roles: STAFF, scope: 'cases' },
  'advisory.revise': { roles: STAFF, scope: 'cases' },
  'advisory.publication_status': { roles: STAFF, scope: 'read' },
  'subscription.manage': { roles: 'public', scope: 'read' },
  'subscription.list': { roles: STAFF, scope: 'read' },
  'transparency.read': { roles: 'public', scope: 'read' },
});
