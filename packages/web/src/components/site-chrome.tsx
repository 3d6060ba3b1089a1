import { Link, NavLink } from '../router/router.tsx';
import { useSession } from '../session/session.ts';

export function SiteHeader() {
  const session = useSession();
  const signedIn = session.status === 'active' && session.session.state === 'signed_in';
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link to="/" className="brand">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span>xmppsec</span>
        </Link>
        <nav aria-label="Main" className="site-nav">
          <ul>
            <li>
              <NavLink to="/" exact>
                Home
              </NavLink>
            </li>
            <li>
              <NavLink to="/advisories">Advisories</NavLink>
            </li>
            <li>
              <NavLink to="/directory">Directory</NavLink>
            </li>
            <li>
              <NavLink to="/xeps">XEPs</NavLink>
            </li>
            <li>
              <NavLink to="/threats">Threats</NavLink>
            </li>
            <li>
              <NavLink to="/observatory">Observatory</NavLink>
            </li>
            <li>
              <NavLink to="/report">Report a vulnerability</NavLink>
            </li>
            <li>
              <a href="/api/v1/docs">API</a>
            </li>
            <li>
              {signedIn ? <NavLink to="/console">Console</NavLink> : <NavLink to="/sign-in">Sign in</NavLink>}
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        xmppsec — the security hub of the XMPP ecosystem, run by the XMPP Standards Foundation's security team. Machine-readable:{' '}
        <a href="/api/v1/openapi.json">OpenAPI document</a>, <a href="/advisories.atom">advisories feed</a>. <Link to="/transparency">Transparency</Link>.
      </p>
    </footer>
  );
}
