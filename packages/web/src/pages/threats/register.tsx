import { api } from '../../api/client.ts';
import { ErrorMessage, Loading } from '../../components/feedback.tsx';
import { Page } from '../../components/page.tsx';
import { useResource } from '../../components/resource.ts';
import { Badge } from '../../components/ui.tsx';
import { Link } from '../../router/router.tsx';
import { formatCost, PRIORITY, STATUS } from './labels.ts';

export function RegisterPage() {
  const threats = useResource((signal) => api.get('/api/v1/threats', { signal }), 'threats');
  return (
    <Page
      title="Threat register"
      lede="Known threats to XMPP, analysed with the Security SIG's template: an attack tree, likelihood and damage, the approaches that exist, the gap, and a recommendation. One evolving document, ordered by priority."
    >
      <p>
        <Link to="/threats/versions">Published versions</Link> · <a href="/api/v1/register">The current version as one document</a> · <a href="/api/v1/register?format=md">as Markdown</a>
      </p>
      <ErrorMessage error={threats.error} />
      {threats.status === 'loading' ? <Loading /> : null}
      {threats.status === 'ready' && threats.data.threats.length === 0 ? <p>The register has no published threat yet.</p> : null}
      {threats.status === 'ready' && threats.data.threats.length > 0 ? (
        <div className="table-wrap" role="region" aria-label="Threats by priority" tabIndex={0}>
          <table>
            <caption>{threats.data.threats.length} threats, highest priority first</caption>
            <thead>
              <tr>
                <th scope="col">Threat</th>
                <th scope="col">Priority</th>
                <th scope="col">Likelihood</th>
                <th scope="col">Damage</th>
                <th scope="col">Cheapest attack</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {threats.data.threats.map((threat) => (
                <tr key={threat.slug}>
                  <th scope="row">
                    <Link to={`/threats/${threat.slug}`}>{threat.name}</Link>
                    {threat.tags.length > 0 ? <div className="muted small">{threat.tags.join(', ')}</div> : null}
                  </th>
                  <td>
                    <Badge tone={PRIORITY[threat.priority.priority].tone}>{PRIORITY[threat.priority.priority].label}</Badge>
                  </td>
                  <td>{threat.likelihood}</td>
                  <td>{threat.damage}</td>
                  <td>{threat.cheapestAttack ? `${formatCost(threat.cheapestAttack.cost)}, ${threat.cheapestAttack.skill} skill` : 'none feasible'}</td>
                  <td>
                    <Badge tone={STATUS[threat.status].tone}>{STATUS[threat.status].label}</Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Page>
  );
}
