import { useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../../api/client.ts';
import { SelectField, TextField } from '../../../components/fields.tsx';
import { Notice } from '../../../components/feedback.tsx';
import { Time } from '../../../components/time.tsx';
import { Badge } from '../../../components/ui.tsx';
import { Link } from '../../../router/router.tsx';
import { PROJECT_STATUS } from '../../advisories/labels.ts';
import { useAction } from '../shared/action.ts';
import { ActionError } from '../shared/action-error.tsx';
import { TextAreaField } from '../shared/fields.tsx';
import { STATUS_CHOICES } from './labels.ts';
import type { Case, CaseProject, ProjectStatus } from './labels.ts';

/**
 * The per-project status table. "Not yet assessed" is shown in words of its own: silence is never
 * "not affected". The team states any project's status; a maintainer their own projects'.
 */
export function ProjectsPanel({ kase, team, onChanged }: { kase: Case; team: boolean; onChanged: () => void }) {
  const editable = kase.projects.filter((project) => team || kase.myProjectKeys.includes(project.projectKey));
  return (
    <section aria-labelledby="projects">
      <h2 id="projects">Affected projects</h2>
      {kase.projects.length === 0 ? <p>No project is in this case yet.</p> : <StatusTable kase={kase} />}
      {team ? <SharingToggle kase={kase} onChanged={onChanged} /> : null}
      {editable.map((project) =>
        team ? (
          <details key={project.projectKey} className="status-details">
            <summary>Change the status of {project.displayName}</summary>
            <StatusForm caseId={kase.id} project={project} onChanged={onChanged} />
          </details>
        ) : (
          <StatusForm key={project.projectKey} caseId={kase.id} project={project} onChanged={onChanged} />
        ),
      )}
      {team ? <AddProjectForm kase={kase} onChanged={onChanged} /> : null}
    </section>
  );
}

function StatusTable({ kase }: { kase: Case }) {
  return (
    <div className="table-wrap" role="region" aria-label="Status per project" tabIndex={0}>
      <table className="status-table">
        <thead>
          <tr>
            <th scope="col">Project</th>
            <th scope="col">Status</th>
            <th scope="col">Fixed in</th>
            <th scope="col">Introduced in</th>
            <th scope="col">Statement</th>
            <th scope="col">Response due</th>
          </tr>
        </thead>
        <tbody>
          {kase.projects.map((project) => {
            const status = PROJECT_STATUS[project.status];
            return (
              <tr key={project.projectKey} data-project={project.projectKey}>
                <th scope="row">{project.projectSlug ? <Link to={`/directory/${encodeURIComponent(project.projectSlug)}`}>{project.displayName}</Link> : project.displayName}</th>
                <td>
                  <Badge tone={status.tone}>{status.label}</Badge>
                </td>
                <td>
                  {project.fixedIn ?? '—'}
                  {project.fixedVersions.length > 0 ? <span className="muted"> (also {project.fixedVersions.join(', ')})</span> : null}
                </td>
                <td>{project.introducedIn ?? '—'}</td>
                <td className="statement">{project.statement || <span className="muted">none yet</span>}</td>
                <td className="nowrap">
                  {project.firstResponseAt ? (
                    <span>
                      answered <Time iso={project.firstResponseAt} withTime={false} />
                    </span>
                  ) : project.responseDueAt ? (
                    <Time iso={project.responseDueAt} withTime={false} />
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function SharingToggle({ kase, onChanged }: { kase: Case; onChanged: () => void }) {
  const action = useAction();
  const toggle = () => action.run(() => api.patch('/api/v1/cases/{id}', { params: { id: kase.id }, body: { expectedVersion: kase.version, statusesShared: !kase.statusesShared } })).then((done) => done && onChanged());
  return (
    <div className="sharing">
      <p>
        {kase.statusesShared ? 'Every participant sees the whole status table.' : 'Maintainers see only their own projects\u2019 rows.'}{' '}
        <button type="button" className="button small" onClick={toggle} disabled={action.busy}>
          {kase.statusesShared ? 'Show maintainers only their own rows' : 'Share the whole table with the participants'}
        </button>
      </p>
      <ActionError
        error={action.error}
        onReload={() => {
          action.clear();
          onChanged();
        }}
        reloadLabel="Reload the case"
      />
    </div>
  );
}

function StatusForm({ caseId, project, onChanged }: { caseId: string; project: CaseProject; onChanged: () => void }) {
  const [status, setStatus] = useState<ProjectStatus>(project.status);
  const [fixedIn, setFixedIn] = useState(project.fixedIn ?? '');
  const [introducedIn, setIntroducedIn] = useState(project.introducedIn ?? '');
  const [others, setOthers] = useState(project.fixedVersions.join(', '));
  const [statement, setStatement] = useState(project.statement);
  const [saved, setSaved] = useState(false);
  const action = useAction();
  const needsFix = status === 'fixed' && fixedIn.trim() === '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const done = await action.run(() =>
      api.put('/api/v1/cases/{id}/projects/{projectKey}/status', {
        params: { id: caseId, projectKey: project.projectKey },
        body: {
          status,
          statement,
          fixedIn: fixedIn.trim() || null,
          introducedIn: introducedIn.trim() || null,
          fixedVersions: others.split(',').map((version) => version.trim()).filter(Boolean),
        },
      }),
    );
    if (done) {
      setSaved(true);
      onChanged();
    }
  }

  return (
    <form className="form status-form" onSubmit={submit} aria-label={`Status of ${project.displayName}`}>
      <h3>Status of {project.displayName}</h3>
      <div className="form-row">
        <SelectField label="Status" name="status" value={status} onChange={(event) => setStatus(event.currentTarget.value as ProjectStatus)}>
          {STATUS_CHOICES.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </SelectField>
        <TextField label="Fixed in (version)" name="fixedIn" error={needsFix ? 'Say in which version it is fixed.' : undefined} value={fixedIn} onChange={(event) => setFixedIn(event.currentTarget.value)} />
        <TextField label="Introduced in (version)" hint="The first affected version, if known." name="introducedIn" value={introducedIn} onChange={(event) => setIntroducedIn(event.currentTarget.value)} />
        <TextField label="Other fixed versions" hint="Backports, comma-separated." name="fixedVersions" value={others} onChange={(event) => setOthers(event.currentTarget.value)} />
      </div>
      <TextAreaField label="Statement" hint="Shown in the advisory's status table." name="statement" rows={3} value={statement} onChange={(event) => setStatement(event.currentTarget.value)} />
      <ActionError error={action.error} />
      {saved && !action.error ? <Notice kind="success">Status saved.</Notice> : null}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={action.busy || needsFix}>
          Save the status of {project.displayName}
        </button>
      </div>
    </form>
  );
}

function AddProjectForm({ kase, onChanged }: { kase: Case; onChanged: () => void }) {
  const [slug, setSlug] = useState('');
  const [name, setName] = useState('');
  const action = useAction();
  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = { expectedVersion: kase.version, ...(slug.trim() ? { slug: slug.trim() } : {}), ...(name.trim() ? { name: name.trim() } : {}) };
    const done = await action.run(() => api.post('/api/v1/cases/{id}/projects', { params: { id: kase.id }, body }));
    if (done) {
      setSlug('');
      setName('');
      onChanged();
    }
  }
  return (
    <details className="status-details">
      <summary>Add an affected project</summary>
      <form className="form" onSubmit={submit}>
        <div className="form-row">
          <TextField label="Directory slug" hint="Its maintainers on record are invited." name="slug" value={slug} onChange={(event) => setSlug(event.currentTarget.value)} />
          <TextField label="Or the name of an unlisted project" name="name" value={name} onChange={(event) => setName(event.currentTarget.value)} />
        </div>
        <ActionError
          error={action.error}
          onReload={() => {
            action.clear();
            onChanged();
          }}
          reloadLabel="Reload the case"
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={action.busy || (slug.trim() === '' && name.trim() === '')}>
            Add the project
          </button>
        </div>
      </form>
    </details>
  );
}
