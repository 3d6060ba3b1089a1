import { useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../../api/client.ts';
import { ErrorMessage, Loading, Notice } from '../../../components/feedback.tsx';
import { Page } from '../../../components/page.tsx';
import { useResource } from '../../../components/resource.ts';
import { Time } from '../../../components/time.tsx';
import { Badge } from '../../../components/ui.tsx';
import { Link } from '../../../router/router.tsx';
import { PRIORITY, STATUS } from '../../threats/labels.ts';
import { useAction } from '../shared/action.ts';
import { ActionError } from '../shared/action-error.tsx';
import { TextAreaField } from '../shared/fields.tsx';

export const editorLink = (slug: string) => `/console/threats/${encodeURIComponent(slug)}`;

/** The working register (drafts included), and publishing its next numbered version. */
export function ThreatListPage() {
  const threats = useResource((signal) => api.get('/api/v1/threats', { signal }), 'threats');
  const versions = useResource((signal) => api.get('/api/v1/register/versions', { signal }), 'versions');
  return (
    <Page title="Threat register" lede="Edit threats as YAML with a live attack-tree preview; review them; publish the register as a new numbered version." actions={<Link to="/console/threats/new">New threat</Link>}>
      <section aria-labelledby="threat-list">
        <h2 id="threat-list">Threats, by priority</h2>
        <ErrorMessage error={threats.error} />
        {threats.status === 'loading' && !threats.data ? <Loading /> : null}
        {threats.data ? (
          <div className="table-wrap" role="region" aria-labelledby="threat-list" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">Threat</th>
                  <th scope="col">Priority</th>
                  <th scope="col">Status</th>
                  <th scope="col">Latest revision</th>
                  <th scope="col">In the published register</th>
                  <th scope="col">Updated</th>
                </tr>
              </thead>
              <tbody>
                {threats.data.threats.map((threat) => (
                  <tr key={threat.slug}>
                    <th scope="row">
                      <Link to={editorLink(threat.slug)}>{threat.name}</Link>
                    </th>
                    <td>
                      <Badge tone={PRIORITY[threat.priority.priority].tone}>{PRIORITY[threat.priority.priority].label}</Badge>
                    </td>
                    <td>
                      <Badge tone={STATUS[threat.status].tone}>{STATUS[threat.status].label}</Badge>
                    </td>
                    <td>{threat.latestRevision ?? threat.revision}</td>
                    <td>{threat.publicRevision ? `revision ${threat.publicRevision}` : 'not yet'}</td>
                    <td className="nowrap">
                      <Time iso={threat.updatedAt} withTime={false} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
      <PublishForm onPublished={versions.reload} />
      <section aria-labelledby="versions">
        <h2 id="versions">Published versions</h2>
        <ErrorMessage error={versions.error} />
        {versions.data && versions.data.versions.length === 0 ? <p>No version has been published yet.</p> : null}
        <ul className="compact-list">
          {versions.data?.versions.map((version) => (
            <li key={version.number}>
              <Link to={`/threats/versions/${version.number}`}>Version {version.number}</Link>, <Time iso={version.publishedAt} withTime={false} />, {version.threatCount} threats{version.publishedBy ? `, by ${version.publishedBy}` : ''}
              {version.notes ? `: ${version.notes}` : ''}
            </li>
          ))}
        </ul>
      </section>
    </Page>
  );
}

function PublishForm({ onPublished }: { onPublished: () => void }) {
  const [notes, setNotes] = useState('');
  const [published, setPublished] = useState<number>();
  const action = useAction();
  async function submit(event: FormEvent) {
    event.preventDefault();
    const version = await action.run(() => api.post('/api/v1/register/versions', { body: notes.trim() ? { notes: notes.trim() } : {} }));
    if (version) {
      setPublished(version.number);
      setNotes('');
      onPublished();
    }
  }
  return (
    <section aria-labelledby="publish-register" className="panel">
      <h2 id="publish-register">Publish a new version</h2>
      <p>The new version holds every threat&apos;s latest reviewed or retired revision; drafts stay out. <a href="/api/v1/register/preview">Preview it</a>.</p>
      <form className="form" onSubmit={submit}>
        <TextAreaField label="Notes on this version" name="notes" rows={2} value={notes} onChange={(event) => setNotes(event.currentTarget.value)} />
        <ActionError error={action.error} />
        {published !== undefined ? <Notice kind="success">Version {published} is published.</Notice> : null}
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={action.busy}>
            Publish the register
          </button>
        </div>
      </form>
    </section>
  );
}
