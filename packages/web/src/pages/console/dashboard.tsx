import { api } from '../../api/client.ts';
import { ErrorMessage, Loading } from '../../components/feedback.tsx';
import { Page } from '../../components/page.tsx';
import { useResource } from '../../components/resource.ts';
import { Link } from '../../router/router.tsx';
import { isStaff } from '../../session/session.ts';
import type { SessionUser } from '../../session/session.ts';
import { ChainStatus } from './audit.tsx';
import { WorkQueue } from './work-queue.tsx';

export function DashboardPage({ user }: { user: SessionUser }) {
  return (
    <Page title="Console" lede={`Welcome, ${user.displayName || user.email}.`}>
      {isStaff(user.role) ? <WorkQueue /> : null}
      <div className="cards">
        {isStaff(user.role) ? <AuditSummary /> : null}
        <section className="card" aria-labelledby="tokens-card">
          <h2 id="tokens-card">API tokens</h2>
          <p>For the command-line tool and for automation. Each token is shown once, has scopes and expires.</p>
          <p>
            <Link to="/console/tokens">Manage your tokens</Link>
          </p>
        </section>
        {user.role === 'maintainer' || user.role === 'reporter' ? (
          <section className="card" aria-labelledby="cases-card">
            <h2 id="cases-card">My cases</h2>
            <p>The security cases that concern you, with their embargo and the status of your projects.</p>
            <p>
              <Link to="/console/cases">Open my cases</Link>
            </p>
          </section>
        ) : null}
        {user.role === 'maintainer' ? (
          <section className="card" aria-labelledby="projects-card">
            <h2 id="projects-card">My projects</h2>
            <p>Your projects in the directory, and the yearly confirmation that they are maintained.</p>
            <p>
              <Link to="/console/projects">Open my projects</Link>
            </p>
          </section>
        ) : null}
        {!user.totpEnabled ? (
          <section className="card" aria-labelledby="two-factor-card">
            <h2 id="two-factor-card">Two-factor authentication</h2>
            <p>Your account has no second factor yet.</p>
            <p>
              <Link to="/account/two-factor">Set it up</Link>
            </p>
          </section>
        ) : null}
      </div>
    </Page>
  );
}

function AuditSummary() {
  const chain = useResource((signal) => api.get('/api/v1/audit/verify', { signal }), 'verify');
  return (
    <section className="card" aria-labelledby="audit-card">
      <h2 id="audit-card">Audit log</h2>
      {chain.status === 'loading' ? <Loading label="Checking the audit chain…" /> : null}
      <ErrorMessage error={chain.error} />
      {chain.status === 'ready' ? <ChainStatus result={chain.data} /> : null}
      <p>
        <Link to="/console/audit">Open the audit log</Link>
      </p>
    </section>
  );
}
