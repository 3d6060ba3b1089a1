import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { ApiResponse } from '../../api/client.ts';
import { ErrorMessage, Loading, Notice } from '../../components/feedback.tsx';
import { Page } from '../../components/page.tsx';
import { useResource } from '../../components/resource.ts';
import { Badge } from '../../components/ui.tsx';
import { Link } from '../../router/router.tsx';
import { MAINTENANCE } from '../directory/labels.ts';

type ProjectSummary = ApiResponse<'/api/v1/projects', 'get'>['projects'][number];

/** A maintainer's projects, with the yearly "still maintained" confirmation one click away. */
export function MyProjectsPage() {
  const projects = useResource((signal) => api.get('/api/v1/projects', { query: { mine: 'true', limit: 500 }, signal }), 'mine');
  return (
    <Page title="My projects" lede="The projects you maintain in the directory. Confirm once a year that each is still maintained; the security team then knows whom to reach.">
      <ErrorMessage error={projects.error} />
      {projects.status === 'loading' && !projects.data ? <Loading /> : null}
      {projects.data && projects.data.projects.length === 0 ? <p>No project lists you as a maintainer. The security team links maintainers to projects.</p> : null}
      {projects.data && projects.data.projects.length > 0 ? (
        <div className="table-wrap" role="region" aria-label="My projects" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">Project</th>
                <th scope="col">Maintenance</th>
                <th scope="col">Confirmation</th>
              </tr>
            </thead>
            <tbody>
              {projects.data.projects.map((project) => (
                <ProjectRow key={project.slug} project={project} onConfirmed={projects.reload} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Page>
  );
}

function ProjectRow({ project, onConfirmed }: { project: ProjectSummary; onConfirmed: () => void }) {
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<unknown>();
  const maintenance = MAINTENANCE[project.maintenance];

  async function confirm() {
    setBusy(true);
    setError(undefined);
    try {
      await api.post('/api/v1/projects/{slug}/confirm', { params: { slug: project.slug } });
      setDone(true);
      onConfirmed();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <tr>
      <th scope="row">
        <Link to={`/directory/${encodeURIComponent(project.slug)}`}>{project.name}</Link>
      </th>
      <td>
        <Badge tone={maintenance.tone} title={maintenance.description}>
          {maintenance.label}
        </Badge>
      </td>
      <td>
        {done ? (
          <Notice kind="success">Confirmed. Thank you.</Notice>
        ) : (
          <button type="button" className="button small" onClick={confirm} disabled={busy || project.archived} aria-label={`Confirm still maintained: ${project.name}`}>
            Confirm still maintained
          </button>
        )}
        <ErrorMessage error={error} />
      </td>
    </tr>
  );
}
