import '../../styles/forms.css';
import '../../styles/console.css';
import '../../styles/console-work.css';
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { ErrorMessage, Loading } from '../../components/feedback.tsx';
import { findRoute } from '../../router/match.ts';
import type { RouteParams } from '../../router/match.ts';
import { navigate, NavLink, useLocation } from '../../router/router.tsx';
import { loadSession, signOut, useSession } from '../../session/session.ts';
import type { Role, SessionUser } from '../../session/session.ts';
import { NotFoundPage } from '../public/not-found.tsx';
import { roleLabel } from './roles.ts';
import { AuditPage } from './audit.tsx';
import { DashboardPage } from './dashboard.tsx';
import { MyProjectsPage } from './my-projects.tsx';
import { TokensPage } from './tokens.tsx';
import { UsersPage } from './users.tsx';
import { ACCOUNT_ROUTES, WORK_ROUTES } from './work-routes.tsx';

interface ConsoleRoute {
  path: string;
  /** The menu entry; pages reached from a list have none. */
  label?: string;
  /** Who sees it; the API enforces the same rule, this only keeps the menu honest. */
  roles: readonly Role[] | 'all';
  render: (user: SessionUser, params: RouteParams) => ReactNode;
}

const STAFF: readonly Role[] = ['admin', 'team'];

const ROUTES: ConsoleRoute[] = [
  { path: '/console', label: 'Overview', roles: 'all', render: (user) => <DashboardPage user={user} /> },
  ...WORK_ROUTES,
  { path: '/console/users', label: 'Users', roles: STAFF, render: (user) => <UsersPage user={user} /> },
  { path: '/console/audit', label: 'Audit log', roles: STAFF, render: () => <AuditPage /> },
  { path: '/console/projects', label: 'My projects', roles: ['maintainer'], render: () => <MyProjectsPage /> },
  { path: '/console/tokens', label: 'API tokens', roles: 'all', render: () => <TokensPage /> },
  ...ACCOUNT_ROUTES,
];

const allowed = (route: ConsoleRoute, role: Role) => route.roles === 'all' || route.roles.includes(role);

/** The team console: only for a fully signed-in session; otherwise off to sign in (and back here after). */
export default function ConsoleArea({ pathname }: { pathname: string }) {
  const session = useSession();
  const { search } = useLocation();
  const here = pathname + (search.size > 0 ? `?${search.toString()}` : '');

  useEffect(() => {
    loadSession().catch(() => undefined);
  }, []);

  useEffect(() => {
    if (session.status === 'anonymous' || (session.status === 'active' && session.session.state === 'totp_required')) {
      navigate(`/sign-in?next=${encodeURIComponent(here)}`, { replace: true });
    } else if (session.status === 'active' && session.session.state === 'totp_enrolment_required') {
      navigate(`/account/two-factor?next=${encodeURIComponent(here)}`, { replace: true });
    }
  }, [session, here]);

  if (session.status !== 'active' || session.session.state !== 'signed_in') return <Loading />;
  const user = session.session.user;
  // Routes of other roles look absent; one path may serve several roles under different names.
  const found = findRoute(ROUTES.filter((route) => allowed(route, user.role)), pathname);
  return (
    <div className="console">
      <ConsoleNav user={user} />
      <div className="console-content">{found ? found.route.render(user, found.params) : <NotFoundPage />}</div>
    </div>
  );
}

function ConsoleNav({ user }: { user: SessionUser }) {
  const [error, setError] = useState<unknown>();
  async function handleSignOut() {
    setError(undefined);
    try {
      await signOut();
      navigate('/', { replace: true });
    } catch (failure) {
      setError(failure);
    }
  }
  return (
    <aside className="console-nav">
      <nav aria-label="Console">
        <ul>
          {ROUTES.filter((route) => route.label !== undefined && allowed(route, user.role)).map((route) => (
            <li key={route.path}>
              <NavLink to={route.path} exact={route.path === '/console'}>
                {route.label}
              </NavLink>
            </li>
          ))}
          <li>
            <NavLink to="/account/two-factor">Two-factor</NavLink>
          </li>
        </ul>
      </nav>
      <div className="console-user">
        <p>
          <span className="visually-hidden">Signed in as </span>
          <strong>{user.displayName || user.email}</strong>
          <br />
          <span className="muted">
            {user.email} · {roleLabel(user.role)}
          </span>
        </p>
        <button type="button" className="button small" onClick={handleSignOut}>
          Sign out
        </button>
        <ErrorMessage error={error} />
      </div>
    </aside>
  );
}
