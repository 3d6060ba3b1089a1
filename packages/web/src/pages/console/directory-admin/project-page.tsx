import { useState } from 'react';
import type { FormEvent } from 'react';
import { api, ApiError } from '../../../api/client.ts';
import type { ApiResponse } from '../../../api/client.ts';
import { SelectField, TextField } from '../../../components/fields.tsx';
import { ErrorMessage, Loading, Notice } from '../../../components/feedback.tsx';
import { Page } from '../../../components/page.tsx';
import { useResource } from '../../../components/resource.ts';
import { Time } from '../../../components/time.tsx';
import { Badge, Facts } from '../../../components/ui.tsx';
import { Link } from '../../../router/router.tsx';
import { isStaff } from '../../../session/session.ts';
import type { SessionUser } from '../../../session/session.ts';
import { MAINTENANCE } from '../../directory/labels.ts';
import type { Project } from '../../directory/labels.ts';
import { useAction } from '../shared/action.ts';
import { ActionError } from '../shared/action-error.tsx';
import { TextAreaField } from '../shared/fields.tsx';
import { ArchiveForm } from './archive-form.tsx';

type Maintainer = ApiResponse<'/api/v1/projects/{slug}/maintainers', 'get'>['maintainers'][number];
type Refresh = ApiResponse<'/api/v1/projects/{slug}/refresh', 'post'>;

/** One project's administration: what the DOAP file does not carry, archival, maintainers, a DOAP refresh. */
export function ProjectAdminPage({ slug, user }: { slug: string; user: SessionUser }) {
  const project = useResource((signal) => api.get('/api/v1/projects/{slug}', { params: { slug }, signal }), slug);
  const team = isStaff(user.role);
  if (project.status === 'loading' && !project.data) return <Loading />;
  if (!project.data) {
    const missing = project.error instanceof ApiError && project.error.status === 404;
    return (
      <Page title={missing ? 'Project not found' : 'Project'}>
        {missing ? <p>There is no project {slug} in the directory.</p> : <ErrorMessage error={project.error} />}
        <p>{team ? <Link to="/console/directory">Directory administration</Link> : <Link to="/console/projects">My projects</Link>}</p>
      </Page>
    );
  }
  const data = project.data;
  const maintenance = MAINTENANCE[data.maintenance];
  return (
    <Page title={`${data.name}: administration`} actions={<Link to={`/directory/${encodeURIComponent(data.slug)}`}>Public page</Link>}>
      <Facts
        items={[
          ['Maintenance', <Badge tone={maintenance.tone}>{maintenance.label}</Badge>],
          ['Archived', data.archivedAt ? <><Time iso={data.archivedAt} withTime={false} />: {data.archivedReason}</> : null],
          ['DOAP file', data.doapUrl],
          ['DOAP last checked', data.doapCheckedAt ? <Time iso={data.doapCheckedAt} /> : null],
          ['Last confirmed by a maintainer', data.lastConfirmedAt ? <Time iso={data.lastConfirmedAt} withTime={false} /> : 'never'],
          ['Releases on record', String(data.releases.length)],
        ]}
      />
      {data.maintenanceStatus.reasons.length > 0 ? (
        <ul className="compact-list">
          {data.maintenanceStatus.reasons.map((reason, index) => (
            <li key={index}>{reason}</li>
          ))}
        </ul>
      ) : null}
      <EditForm project={data} team={team} onSaved={project.reload} />
      {team ? <RefreshPanel slug={data.slug} hasDoap={data.doapUrl !== null} onRefreshed={project.reload} /> : null}
      {team ? <ArchiveForm key={String(data.archivedAt !== null)} slug={data.slug} name={data.name} archived={data.archivedAt !== null} onDone={project.reload} /> : null}
      <MaintainersPanel slug={data.slug} team={team} />
    </Page>
  );
}

function EditForm({ project, team, onSaved }: { project: Project; team: boolean; onSaved: () => void }) {
  const initial = {
    name: project.name,
    doapUrl: project.doapUrl ?? '',
    inScope: project.inScopeDecision === null ? '' : String(project.inScopeDecision),
    logoUrl: project.edited.logoUrl ?? '',
    securityContact: project.edited.securityContact ?? '',
    securityPolicyUrl: project.securityPolicyUrl ?? '',
    cveVendor: project.cve.vendor ?? '',
    cveProduct: project.cve.product ?? '',
    packageCollectionUrl: project.cve.collectionUrl ?? '',
    packageName: project.cve.packageName ?? '',
    notes: project.notes,
  };
  const [values, setValues] = useState(initial);
  const [saved, setSaved] = useState(false);
  const action = useAction();
  const field = (key: keyof typeof values) => ({ name: key, value: values[key], onChange: (event: { currentTarget: { value: string } }) => { setSaved(false); setValues({ ...values, [key]: event.currentTarget.value }); } });
  const nullable = (value: string) => (value.trim() === '' ? null : value.trim());

  async function submit(event: FormEvent) {
    event.preventDefault();
    const changed = (key: keyof typeof values) => values[key] !== initial[key];
    const body = {
      ...(team && changed('name') ? { name: values.name.trim() } : {}),
      ...(team && changed('doapUrl') ? { doapUrl: nullable(values.doapUrl) } : {}),
      ...(team && changed('inScope') ? { inScope: values.inScope === '' ? null : values.inScope === 'true' } : {}),
      ...(changed('logoUrl') ? { logoUrl: nullable(values.logoUrl) } : {}),
      ...(changed('securityContact') ? { securityContact: nullable(values.securityContact) } : {}),
      ...(changed('securityPolicyUrl') ? { securityPolicyUrl: nullable(values.securityPolicyUrl) } : {}),
      ...(changed('cveVendor') ? { cveVendor: nullable(values.cveVendor) } : {}),
      ...(changed('cveProduct') ? { cveProduct: nullable(values.cveProduct) } : {}),
      ...(changed('packageCollectionUrl') ? { packageCollectionUrl: nullable(values.packageCollectionUrl) } : {}),
      ...(changed('packageName') ? { packageName: nullable(values.packageName) } : {}),
      ...(changed('notes') ? { notes: values.notes } : {}),
    };
    const done = await action.run(() => api.patch('/api/v1/projects/{slug}', { params: { slug: project.slug }, body }));
    if (done) {
      setSaved(true);
      onSaved();
    }
  }

  const unchanged = (Object.keys(values) as (keyof typeof values)[]).every((key) => values[key] === initial[key]);
  return (
    <section aria-labelledby="edit-project" className="panel">
      <h2 id="edit-project">What the DOAP file does not say</h2>
      <form className="form" onSubmit={submit}>
        {team ? (
          <div className="form-row">
            <TextField label="Name" {...field('name')} />
            <TextField label="DOAP file URL" type="url" {...field('doapUrl')} />
            <SelectField label="In the CNA's scope" hint="Empty: decided from its categories." {...field('inScope')}>
              <option value="">decided automatically ({project.inScope ? 'in scope' : 'out of scope'})</option>
              <option value="true">in scope</option>
              <option value="false">out of scope</option>
            </SelectField>
          </div>
        ) : null}
        <div className="form-row">
          <TextField label="Security contact" hint="An e-mail address or URL; empty: the DOAP file's, if any." {...field('securityContact')} />
          <TextField label="Security policy URL" type="url" {...field('securityPolicyUrl')} />
          <TextField label="Logo URL" type="url" {...field('logoUrl')} />
        </div>
        <fieldset>
          <legend>How CVE records name it</legend>
          <div className="form-row">
            <TextField label="CVE vendor" {...field('cveVendor')} />
            <TextField label="CVE product" {...field('cveProduct')} />
            <TextField label="Package collection URL" hint="e.g. https://www.npmjs.com" {...field('packageCollectionUrl')} />
            <TextField label="Package name" {...field('packageName')} />
          </div>
        </fieldset>
        <TextAreaField label="Notes" hint="For the security team." rows={3} {...field('notes')} />
        <ActionError error={action.error} />
        {saved ? <Notice kind="success">Saved.</Notice> : null}
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={action.busy || unchanged}>
            Save the project
          </button>
        </div>
      </form>
    </section>
  );
}

function RefreshPanel({ slug, hasDoap, onRefreshed }: { slug: string; hasDoap: boolean; onRefreshed: () => void }) {
  const action = useAction();
  const [outcome, setOutcome] = useState<Refresh>();
  async function refresh() {
    setOutcome(undefined);
    const result = await action.run(() => api.post('/api/v1/projects/{slug}/refresh', { params: { slug } }));
    if (result) {
      setOutcome(result);
      onRefreshed();
    }
  }
  return (
    <section aria-labelledby="refresh" className="panel">
      <h2 id="refresh">DOAP file</h2>
      {hasDoap ? (
        <button type="button" className="button" disabled={action.busy} onClick={refresh}>
          {action.busy ? 'Fetching…' : 'Fetch the DOAP file now'}
        </button>
      ) : (
        <p>The project has no DOAP file URL.</p>
      )}
      <ActionError error={action.error} />
      {outcome ? <RefreshOutcome outcome={outcome} /> : null}
    </section>
  );
}

const OUTCOME: Record<Refresh['kind'], string> = {
  changed: 'The DOAP file changed; the project is updated.',
  unchanged: 'The DOAP file is unchanged.',
  'not-modified': 'The server says the DOAP file has not changed.',
  failed: 'The DOAP file could not be fetched.',
};

function RefreshOutcome({ outcome }: { outcome: Refresh }) {
  const failed = outcome.kind === 'failed';
  return (
    <div className={`notice ${failed ? 'notice-error' : 'notice-success'}`} role={failed ? 'alert' : 'status'} data-testid="refresh-outcome">
      <p>
        <strong>{OUTCOME[outcome.kind]}</strong> <code>{outcome.url}</code>
      </p>
      {outcome.message ? <p>{outcome.message}{outcome.reason ? ` (${outcome.reason})` : ''}</p> : null}
      {outcome.import && outcome.import.problems.length > 0 ? (
        <ul className="compact-list">
          {outcome.import.problems.map((problem, index) => (
            <li key={index}>
              Line {problem.line}: {problem.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function MaintainersPanel({ slug, team }: { slug: string; team: boolean }) {
  const maintainers = useResource((signal) => api.get('/api/v1/projects/{slug}/maintainers', { params: { slug }, signal }), slug);
  const [email, setEmail] = useState('');
  const link = useAction();
  async function submit(event: FormEvent) {
    event.preventDefault();
    const done = await link.run(() => api.post('/api/v1/projects/{slug}/maintainers', { params: { slug }, body: { email: email.trim() } }));
    if (done) {
      setEmail('');
      maintainers.reload();
    }
  }
  return (
    <section aria-labelledby="maintainers">
      <h2 id="maintainers">Maintainers</h2>
      <ErrorMessage error={maintainers.error} />
      {maintainers.data && maintainers.data.maintainers.length === 0 ? <p>No maintainer is linked: security cases about it reach nobody directly.</p> : null}
      {maintainers.data && maintainers.data.maintainers.length > 0 ? (
        <div className="table-wrap" role="region" aria-labelledby="maintainers" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Contact</th>
                <th scope="col">XMPP</th>
                <th scope="col">Security contact</th>
                <th scope="col">Since</th>
                {team ? <th scope="col">Actions</th> : null}
              </tr>
            </thead>
            <tbody>
              {maintainers.data.maintainers.map((maintainer) => (
                <tr key={maintainer.userId}>
                  <th scope="row">{maintainer.displayName || maintainer.accountEmail}</th>
                  <td>{maintainer.contactEmail}</td>
                  <td>{maintainer.xmppAddress ?? '—'}</td>
                  <td>{maintainer.securityContact ? 'yes' : 'no'}</td>
                  <td>
                    <Time iso={maintainer.addedAt} withTime={false} />
                  </td>
                  {team ? (
                    <td>
                      <UnlinkButton slug={slug} maintainer={maintainer} onDone={maintainers.reload} />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {team ? (
        <form className="form inline-form" onSubmit={submit} aria-label="Link a maintainer">
          <div className="form-row">
            <TextField label="E-mail address of a maintainer's account" hint="The account must have the maintainer role." type="email" name="maintainerEmail" autoComplete="off" value={email} onChange={(event) => setEmail(event.currentTarget.value)} />
          </div>
          <ActionError error={link.error} />
          <div className="form-actions">
            <button type="submit" className="button" disabled={link.busy || email.trim() === ''}>
              Link the maintainer
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}

function UnlinkButton({ slug, maintainer, onDone }: { slug: string; maintainer: Maintainer; onDone: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const action = useAction();
  if (!confirming) {
    return (
      <button type="button" className="button small" onClick={() => setConfirming(true)} aria-label={`Unlink ${maintainer.accountEmail}`}>
        Unlink
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={`Unlink ${maintainer.accountEmail}?`}>
      <span>They stop receiving this project&apos;s cases.</span>
      <button type="button" className="button small danger" autoFocus disabled={action.busy} onClick={() => action.run(() => api.delete('/api/v1/projects/{slug}/maintainers/{userId}', { params: { slug, userId: maintainer.userId } })).then((done) => done && onDone())}>
        Unlink {maintainer.accountEmail}
      </button>
      <button type="button" className="button small" onClick={() => setConfirming(false)}>
        Cancel
      </button>
      <ActionError error={action.error} />
    </div>
  );
}
