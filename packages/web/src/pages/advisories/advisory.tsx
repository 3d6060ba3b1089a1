import { api } from '../../api/client.ts';
import { ErrorMessage, Loading } from '../../components/feedback.tsx';
import { Page } from '../../components/page.tsx';
import { Prose } from '../../components/prose.tsx';
import { useResource } from '../../components/resource.ts';
import { Time } from '../../components/time.tsx';
import { Badge, ExternalLink, Facts } from '../../components/ui.tsx';
import { Link } from '../../router/router.tsx';
import { cveUrl, PROJECT_STATUS, SEVERITY } from './labels.ts';
import type { Advisory } from './labels.ts';

export function AdvisoryPage({ id }: { id: string }) {
  const advisory = useResource((signal) => api.get('/api/v1/advisories/{id}', { params: { id }, signal }), id);
  if (advisory.status === 'loading') return <Loading />;
  if (advisory.status === 'failed') {
    return (
      <Page title={`Advisory ${id}`}>
        <ErrorMessage error={advisory.error} />
        <p>
          <Link to="/advisories">All advisories</Link>
        </p>
      </Page>
    );
  }
  return <AdvisoryView advisory={advisory.data} />;
}

function AdvisoryView({ advisory }: { advisory: Advisory }) {
  const { content } = advisory;
  return (
    <Page title={`${advisory.id}: ${content.title}`}>
      <Facts
        items={[
          ['Published', <Time iso={advisory.publishedAt} />],
          ['Revision', advisory.revision > 1 ? <>{advisory.revision}, <Time iso={advisory.updatedAt} /></> : null],
          ['Severity', content.severity ? <Badge tone={SEVERITY[content.severity].tone}>{SEVERITY[content.severity].label}</Badge> : null],
          [
            'CVE IDs',
            content.cveIds.length > 0 ? (
              <span className="inline-links">
                {content.cveIds.map((cve) => (
                  <ExternalLink key={cve} href={cveUrl(cve)}>
                    {cve}
                  </ExternalLink>
                ))}
              </span>
            ) : null,
          ],
        ]}
      />
      <h2>Summary</h2>
      <Prose text={content.summary} />

      <section aria-labelledby="projects">
        <h2 id="projects">Affected projects</h2>
        <div className="table-wrap" role="region" aria-labelledby="projects" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">Project</th>
                <th scope="col">Status</th>
                <th scope="col">Fixed in</th>
                <th scope="col">Statement</th>
              </tr>
            </thead>
            <tbody>
              {content.projects.map((project) => (
                <tr key={project.slug ?? project.name}>
                  <th scope="row">{project.slug ? <Link to={`/directory/${encodeURIComponent(project.slug)}`}>{project.name}</Link> : project.name}</th>
                  <td>
                    <Badge tone={PROJECT_STATUS[project.status].tone}>{PROJECT_STATUS[project.status].label}</Badge>
                  </td>
                  <td>{[project.fixedIn, ...project.fixedVersions.filter((version) => version !== project.fixedIn)].filter(Boolean).join(', ') || '—'}</td>
                  <td>{project.statement}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {content.workarounds.trim() ? (
        <>
          <h2>Workarounds</h2>
          <Prose text={content.workarounds} />
        </>
      ) : null}

      {content.credits.length > 0 ? (
        <>
          <h2>Credits</h2>
          <ul>
            {content.credits.map((credit, index) => (
              <li key={index}>
                {credit.name} <span className="muted">({credit.role})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {content.timeline.length > 0 ? (
        <>
          <h2>Timeline</h2>
          <ol className="timeline">
            {content.timeline.map((entry, index) => (
              <li key={index}>
                <Time iso={entry.at} withTime={false} />: {entry.event}
              </li>
            ))}
          </ol>
        </>
      ) : null}

      {content.references.length > 0 ? (
        <>
          <h2>References</h2>
          <ul>
            {content.references.map((reference) => (
              <li key={reference.url}>
                <ExternalLink href={reference.url}>{reference.name || reference.url}</ExternalLink>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <Link to="/advisories">All advisories</Link>
      </p>
    </Page>
  );
}
