import { api } from '../../api/client.ts';
import type { ApiResponse } from '../../api/client.ts';
import { ErrorMessage, Loading } from '../../components/feedback.tsx';
import { Page } from '../../components/page.tsx';
import { useResource } from '../../components/resource.ts';
import { Badge, ExternalLink, Facts } from '../../components/ui.tsx';
import { Link } from '../../router/router.tsx';
import { SUPPORT, SUPPORT_STATUSES, xepName, xepSpecUrl } from './labels.ts';

type Xep = ApiResponse<'/api/v1/xeps/{number}', 'get'>;

export function XepPage({ number: text }: { number: string }) {
  const number = Number(text);
  const valid = Number.isInteger(number) && number >= 1 && number <= 9999;
  const xep = useResource((signal) => (valid ? api.get('/api/v1/xeps/{number}', { params: { number }, signal }) : Promise.reject(new Error(`"${text}" is not a XEP number.`))), text);
  if (xep.status === 'loading') return <Loading />;
  if (xep.status === 'failed') {
    return (
      <Page title="XEP">
        <ErrorMessage error={xep.error} />
        <p>
          <Link to="/xeps">All XEPs</Link>
        </p>
      </Page>
    );
  }
  return <XepView xep={xep.data} />;
}

function XepView({ xep }: { xep: Xep }) {
  const counts = SUPPORT_STATUSES.map((status) => [status, xep.implementations.filter((entry) => entry.status === status).length] as const).filter(([, count]) => count > 0);
  return (
    <Page title={`${xepName(xep.number)}${xep.title ? `: ${xep.title}` : ''}`} lede={xep.abstract ?? undefined}>
      {xep.listed ? null : <p className="notice notice-warning">This number is not in the XEP list on record; projects declare it all the same.</p>}
      <Facts
        items={[
          ['Status', xep.status],
          ['Type', xep.type],
          ['Short name', xep.shortname],
          ['Last revision', xep.lastRevision ? `${xep.lastRevision.version} (${xep.lastRevision.date})` : null],
          ['Tags', xep.tags.join(', ')],
          ['Supersedes', xep.supersedes.join(', ')],
          ['Superseded by', xep.supersededBy.join(', ')],
          ['Specification', <ExternalLink href={xepSpecUrl(xep.number)}>{xepSpecUrl(xep.number)}</ExternalLink>],
        ]}
      />
      <section aria-labelledby="implementations">
        <h2 id="implementations">Implementations on record ({xep.implementations.length})</h2>
        {counts.length > 0 ? (
          <p>
            {counts.map(([status, count], index) => (
              <span key={status}>
                {index > 0 ? ', ' : ''}
                {count} {SUPPORT[status].label}
              </span>
            ))}
            . <Link to={`/xeps/matrix?xeps=${xep.number}`}>Compare with other XEPs</Link>
          </p>
        ) : null}
        {xep.implementations.length === 0 ? <p>No project on record declares this XEP in its DOAP file.</p> : null}
        {xep.implementations.length > 0 ? (
          <div className="table-wrap" role="region" aria-labelledby="implementations" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">Project</th>
                  <th scope="col">Support</th>
                  <th scope="col">Version of the XEP</th>
                  <th scope="col">Since</th>
                  <th scope="col">Note</th>
                </tr>
              </thead>
              <tbody>
                {xep.implementations.map((entry) => (
                  <tr key={entry.slug}>
                    <th scope="row">
                      <Link to={`/directory/${encodeURIComponent(entry.slug)}`}>{entry.name}</Link>
                      {entry.archived ? <span className="muted small"> (archived)</span> : null}
                    </th>
                    <td>{entry.status ? <Badge tone={SUPPORT[entry.status].tone}>{SUPPORT[entry.status].label}</Badge> : <span className="muted">{entry.rawStatus ?? 'not stated'}</span>}</td>
                    <td>{entry.version ?? ''}</td>
                    <td>{[entry.since, entry.until ? `until ${entry.until}` : null].filter(Boolean).join(' ')}</td>
                    <td>{entry.note ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
    </Page>
  );
}
