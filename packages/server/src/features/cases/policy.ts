import { definePolicy, SIGNED_IN, STAFF } from '../../authz/policy.ts';

/**
 * Role-level rules for reports and cases. Which case a signed-in caller may see, and which parts of
 * it, is decided per case by access.ts; these rules decide what each role may attempt at all.
 */
export const casePolicy = definePolicy({
  'report.submit': { roles: 'public', scope: 'cases' },
  'report.list': { roles: STAFF, scope: 'read' },
  'report.read': { roles: STAFF, scope: 'read' },
  'report.triage': { roles: STAFF, scope: 'cases' },
  'report.reply': { roles: STAFF, scope: 'cases' },
  'case.create': { roles: STAFF, scope: 'cases' },
  'case.list': { roles: SIGNED_IN, scope: 'read' },
  'case.read': { roles: SIGNED_IN, scope: 'read' },
  'case.update': { roles: STAFF, scope: 'cases' },
  'case.embargo': { roles: STAFF, scope: 'cases' },
  'case.manage_participants': { roles: STAFF, scope: 'cases' },
  'case.manage_projects': { roles: STAFF, scope: 'cases' },
  'case.project_status': { roles: ['admin', 'team', 'maintainer'], scope: 'cases' },
  'case.post': { roles: SIGNED_IN, scope: 'cases' },
  'case.post_team_only': { roles: STAFF, scope: 'cases' },
  'case.dashboard': { roles: STAFF, scope: 'read' },
  'settings.team_key': { roles: ['admin'], scope: 'admin' },
});

export type CaseAction = keyof typeof casePolicy.rules;
