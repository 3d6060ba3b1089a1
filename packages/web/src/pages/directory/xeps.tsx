import { useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../api/client.ts';
import { SelectField, TextField } from '../../components/fields.tsx';
import { ErrorMessage, Loading } from '../../components/feedback.tsx';
import { Page } from '../../components/page.tsx';
import { useResource } from '../../components/resource.ts';
import { Pager } from '../../components/ui.tsx';
import { Link, navigate, useLocation } from '../../router/router.tsx';
import { searchFor, xepQueryFromSearch, XEPS_PER_PAGE } from './filters.ts';
import type { XepQuery } from './filters.ts';
import { xepName } from './labels.ts';

const XEP_STATUSES = ['Experimental', 'Proposed', 'Draft', 'Stable', 'Final', 'Active', 'Deferred', 'Deprecated', 'Obsolete', 'Rejected', 'Retracted'];

export function XepsPage() {
  const { search } = useLocation();
  const query = xepQueryFromSearch(search);
  const key = searchFor(query);
  const result = useResource((signal) => api.get('/api/v1/xeps', { query, signal }), key);
  const offset = query.offset ?? 0;

  return (
    <Page title="XEPs" lede="The XMPP Extension Protocols, with how many projects on record implement each.">
      <p>
        <Link to="/xeps/matrix">Compare implementations of several XEPs</Link> · <Link to="/directory">Software directory</Link>
      </p>
      <XepFilters key={key} query={query} />
      <section aria-labelledby="xep-results">
        <h2 id="xep-results">
          XEPs{' '}
          <span className="muted" role="status">
            {result.status === 'ready' ? `(${result.data.total} found)` : ''}
          </span>
        </h2>
        <ErrorMessage error={result.error} />
        {result.status === 'loading' ? <Loading /> : null}
        {result.status === 'ready' && result.data.xeps.length === 0 ? <p>No XEP matches.</p> : null}
        {result.status === 'ready' && result.data.xeps.length > 0 ? (
          <div className="table-wrap" role="region" aria-labelledby="xep-results" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">XEP</th>
                  <th scope="col">Title</th>
                  <th scope="col">Status</th>
                  <th scope="col">Type</th>
                  <th scope="col">Last revision</th>
                  <th scope="col">Implementations</th>
                </tr>
              </thead>
              <tbody>
                {result.data.xeps.map((xep) => (
                  <tr key={xep.number}>
                    <th scope="row">
                      <Link to={`/xeps/${xep.number}`}>{xepName(xep.number)}</Link>
                    </th>
                    <td>{xep.title}</td>
                    <td>{xep.status}</td>
                    <td>{xep.type ?? ''}</td>
                    <td>{xep.lastRevision ? `${xep.lastRevision.version} (${xep.lastRevision.date})` : ''}</td>
                    <td>{xep.implementations}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {result.status === 'ready' ? <Pager label="Pages of XEPs" offset={offset} limit={XEPS_PER_PAGE} total={result.data.total} hrefFor={(next) => `/xeps${searchFor({ ...query, offset: next })}`} /> : null}
      </section>
    </Page>
  );
}

function XepFilters({ query }: { query: XepQuery }) {
  const [q, setQ] = useState(query.q ?? '');
  const [status, setStatus] = useState(query.status ?? '');
  function submit(event: FormEvent) {
    event.preventDefault();
    navigate(`/xeps${searchFor({ q: q.trim(), status })}`);
  }
  return (
    <form className="form filters" role="search" aria-label="XEPs" onSubmit={submit}>
      <div className="form-row">
        <TextField label="Title, short name or number" type="search" name="q" value={q} onChange={(event) => setQ(event.currentTarget.value)} />
        <SelectField label="Status" name="status" value={status} onChange={(event) => setStatus(event.currentTarget.value)}>
          <option value="">any</option>
          {XEP_STATUSES.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary">
          Search
        </button>
        <Link to="/xeps">Clear filters</Link>
      </div>
    </form>
  );
}
