import { api } from '../../api/client.ts';
import { ErrorMessage, Loading } from '../../components/feedback.tsx';
import { Page } from '../../components/page.tsx';
import { useResource } from '../../components/resource.ts';
import { Time } from '../../components/time.tsx';
import { Badge } from '../../components/ui.tsx';
import { Link } from '../../router/router.tsx';
import { PRIORITY, STATUS } from './labels.ts';

export function VersionsPage() {
  const versions = useResource((signal) => api.get('/api/v1/register/versions', { signal }), 'versions');
  return (
    <Page title="Published versions" lede="The register is one evolving document. Each published version is kept exactly as it was.">
      <p>
        <Link to="/threats">The current register</Link>
      </p>
      <ErrorMessage error={versions.error} />
      {versions.status === 'loading' ? <Loading /> : null}
      {versions.status === 'ready' && versions.data.versions.length === 0 ? <p>No version has been published yet.</p> : null}
      {versions.status === 'ready' && versions.data.versions.length > 0 ? (
        <div className="table-wrap" role="region" aria-label="Published versions" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Published</th>
                <th scope="col">Threats</th>
                <th scope="col">Notes</th>
                <th scope="col">Document</th>
              </tr>
            </thead>
            <tbody>
              {versions.data.versions.map((version) => (
                <tr key={version.number}>
                  <th scope="row">
                    <Link to={`/threats/versions/${version.number}`}>Version {version.number}</Link>
                  </th>
                  <td>
                    <Time iso={version.publishedAt} withTime={false} />
                  </td>
                  <td>{version.threatCount}</td>
                  <td>{version.notes}</td>
                  <td>
                    <a href={`/api/v1/register/versions/${version.number}`}>HTML</a> · <a href={`/api/v1/register/versions/${version.number}?format=md`}>Markdown</a>
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

export function VersionPage({ number: text }: { number: string }) {
  const number = Number(text);
  const valid = Number.isInteger(number) && number >= 1;
  const version = useResource(
    (signal) => (valid ? api.get('/api/v1/register/versions/{number}', { params: { number }, query: { format: 'json' }, signal }) : Promise.reject(new Error(`"${text}" is not a version number.`))),
    text,
  );
  if (version.status === 'loading') return <Loading />;
  if (version.status === 'failed' || typeof version.data === 'string') {
    return (
      <Page title={`Version ${text}`}>
        <ErrorMessage error={version.error ?? new Error('The server sent the document instead of its contents.')} />
        <p>
          <Link to="/threats/versions">All versions</Link>
        </p>
      </Page>
    );
  }
  const detail = version.data;
  return (
    <Page title={`Register version ${detail.number}`} lede={detail.notes || undefined}>
      <p>
        Published <Time iso={detail.publishedAt} withTime={false} />. <a href={`/api/v1/register/versions/${detail.number}`}>Read it as one document</a> · <Link to="/threats/versions">All versions</Link>
      </p>
      {detail.changes ? (
        <section aria-labelledby="changes">
          <h2 id="changes">Changes since version {detail.changes.previous}</h2>
          {detail.changes.added.length > 0 ? <p>Added: {detail.changes.added.join(', ')}</p> : null}
          {detail.changes.removed.length > 0 ? <p>Removed: {detail.changes.removed.join(', ')}</p> : null}
          {detail.changes.changed.length > 0 ? (
            <ul>
              {detail.changes.changed.map((entry) => (
                <li key={entry.slug}>
                  <Link to={`/threats/${entry.slug}`}>{entry.slug}</Link>: {entry.changes.join('; ')}
                </li>
              ))}
            </ul>
          ) : null}
          {detail.changes.added.length + detail.changes.removed.length + detail.changes.changed.length === 0 ? <p>No change.</p> : null}
        </section>
      ) : null}
      <section aria-labelledby="contents">
        <h2 id="contents">Threats in this version</h2>
        <div className="table-wrap" role="region" aria-labelledby="contents" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">Threat</th>
                <th scope="col">Priority</th>
                <th scope="col">Status</th>
                <th scope="col">Revision</th>
              </tr>
            </thead>
            <tbody>
              {detail.threats.map((threat) => (
                <tr key={threat.slug}>
                  <th scope="row">
                    <Link to={`/threats/${threat.slug}?revision=${threat.revision}`}>{threat.name}</Link>
                  </th>
                  <td>
                    <Badge tone={PRIORITY[threat.priority.priority].tone}>{PRIORITY[threat.priority.priority].label}</Badge>
                  </td>
                  <td>
                    <Badge tone={STATUS[threat.status].tone}>{STATUS[threat.status].label}</Badge>
                  </td>
                  <td>{threat.revision}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </Page>
  );
}
