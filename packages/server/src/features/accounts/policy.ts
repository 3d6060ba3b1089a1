import { definePolicy, SIGNED_IN, STAFF } from '../../authz/policy.ts';

export const accountPolicy = definePolicy({
  'user.create': { roles: ['admin'], scope: 'admin' },
  'user.list': { roles: STAFF, scope: 'read' },
  'user.disable': { roles: ['admin'], scope: 'admin' },
  'user.update_role': { roles: ['admin'], scope: 'admin' },
  'token.manage_own': { roles: SIGNED_IN, scope: 'admin', system: false },
  'profile.read_own': { roles: SIGNED_IN, scope: 'read', system: false },
  'audit.read': { roles: STAFF, scope: 'read' },
});
