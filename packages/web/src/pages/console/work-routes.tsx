import { lazy, Suspense } from 'react';
import type { ComponentType, LazyExoticComponent, ReactNode } from 'react';
import { Loading } from '../../components/feedback.tsx';
import type { Role, SessionUser } from '../../session/session.ts';
import type { RouteParams } from '../../router/match.ts';

/**
 * The console's working pages: triage, cases, CVE records, directory administration, the threat
 * editor and the profile. Each group is its own chunk, loaded when first opened, so the console's
 * first page stays small (and the OpenPGP library loads only when someone decrypts a report).
 */
const ReportsArea = lazy(() => import('./reports/reports-area.tsx'));
const CasesArea = lazy(() => import('./cases/cases-area.tsx'));
const CveArea = lazy(() => import('./cve/cve-area.tsx'));
const DirectoryAdminArea = lazy(() => import('./directory-admin/directory-admin-area.tsx'));
const ThreatEditorArea = lazy(() => import('./threat-editor/threat-editor-area.tsx'));
const ProfileArea = lazy(() => import('./profile/profile-area.tsx'));

export interface WorkRoute {
  path: string;
  /** The menu entry; pages reached from a list (a case, a record) have none. */
  label?: string;
  roles: readonly Role[] | 'all';
  render: (user: SessionUser, params: RouteParams) => ReactNode;
}

export interface AreaProps {
  page: string;
  params: RouteParams;
  user: SessionUser;
}

const STAFF: readonly Role[] = ['admin', 'team'];
const PARTICIPANTS: readonly Role[] = ['maintainer', 'reporter'];

/** Its own Suspense boundary, so the console's menu stays while a page's chunk loads. */
function area(Area: LazyExoticComponent<ComponentType<AreaProps>>, page: string) {
  return (user: SessionUser, params: RouteParams) => (
    <Suspense fallback={<Loading />}>
      <Area page={page} params={params} user={user} />
    </Suspense>
  );
}

export const WORK_ROUTES: WorkRoute[] = [
  { path: '/console/reports', label: 'Reports', roles: STAFF, render: area(ReportsArea, 'queue') },
  { path: '/console/reports/:id', roles: STAFF, render: area(ReportsArea, 'report') },
  { path: '/console/cases', label: 'Cases', roles: STAFF, render: area(CasesArea, 'list') },
  { path: '/console/cases', label: 'My cases', roles: PARTICIPANTS, render: area(CasesArea, 'list') },
  { path: '/console/cases/:id', roles: 'all', render: area(CasesArea, 'case') },
  { path: '/console/cve', label: 'CVE records', roles: STAFF, render: area(CveArea, 'list') },
  { path: '/console/cve/:id', roles: STAFF, render: area(CveArea, 'record') },
  { path: '/console/directory', label: 'Directory', roles: STAFF, render: area(DirectoryAdminArea, 'overview') },
  { path: '/console/directory/:slug', roles: [...STAFF, 'maintainer'], render: area(DirectoryAdminArea, 'project') },
  { path: '/console/threats', label: 'Threat register', roles: STAFF, render: area(ThreatEditorArea, 'list') },
  { path: '/console/threats/new', roles: STAFF, render: area(ThreatEditorArea, 'new') },
  { path: '/console/threats/:slug', roles: STAFF, render: area(ThreatEditorArea, 'edit') },
];

export const ACCOUNT_ROUTES: WorkRoute[] = [{ path: '/console/profile', label: 'Profile', roles: 'all', render: area(ProfileArea, 'profile') }];
