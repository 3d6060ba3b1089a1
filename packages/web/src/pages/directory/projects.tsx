import { useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../api/client.ts';
import { SelectField, TextField } from '../../components/fields.tsx';
import { ErrorMessage, Loading } from '../../components/feedback.tsx';
import { Page } from '../../components/page.tsx';
import { useResource } from '../../components/resource.ts';
import { Badge, Pager } from '../../components/ui.tsx';
import { Link, navigate, useLocation } from '../../router/router.tsx';
import { projectQueryFromSearch, PROJECTS_PER_PAGE, searchFor } from './filters.ts';
import type { ProjectQuery } from './filters.ts';
import { CATEGORIES, MAINTENANCE, MAINTENANCE_STATES } from './labels.ts';
import type { ProjectSummary } from './labels.ts';

export function ProjectsPage() {
  const { search } = useLocation();
  const query = projectQueryFromSearch(search);
  const key = searchFor(query);
  const result = useResource((signal) => api.get('/api/v1/projects', { query, signal }), key);
  const offset = query.offset ?? 0;

  return (
    <Page title="Software directory" lede="The XMPP projects on record: the scope of the XMPP Standards Foundation's CVE Numbering Authority. Built from xmpp.org's software list and each project's DOAP file.">
      <p>
        <Link to="/xeps">Browse the XEPs</Link> · <Link to="/xeps/matrix">Compare implementations</Link>
      </p>
      <ProjectFilters key={key} query={query} />
      <section aria-labelledby="results">
        <h2 id="results">
          Projects{' '}
          <span className="muted" role="status">
            {result.status === 'ready' ? `(${result.data.total} found)` : ''}
          </span>
        </h2>
        <ErrorMessage error={result.error} />
        {result.status === 'loading' ? <Loading /> : null}
        {result.status === 'ready' && result.data.projects.length === 0 ? <p>No project matches. Try fewer filters.</p> : null}
        {result.status === 'ready' && result.data.projects.length > 0 ? <ProjectTable projects={result.data.projects} /> : null}
        {result.status === 'ready' ? <Pager label="Pages of projects" offset={offset} limit={PROJECTS_PER_PAGE} total={result.data.total} hrefFor={(next) => `/directory${searchFor({ ...query, offset: next })}`} /> : null}
      </section>
    </Page>
  );
}

function ProjectFilters({ query }: { query: ProjectQuery }) {
  const [values, setValues] = useState({
    q: query.q ?? '',
    category: query.category ?? '',
    maintenance: query.maintenance ?? '',
    xep: query.xep === undefined ? '' : String(query.xep),
    inScope: query.inScope === 'true',
    archived: query.archived === 'true',
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    navigate(`/directory${searchFor({ q: values.q.trim(), category: values.category, maintenance: values.maintenance, xep: values.xep.trim(), inScope: values.inScope ? 'true' : undefined, archived: values.archived ? 'true' : undefined })}`);
  }

  return (
    <form className="form filters" role="search" aria-label="Projects" onSubmit={submit}>
      <div className="form-row">
        <TextField label="Name" type="search" name="q" value={values.q} onChange={(event) => setValues({ ...values, q: event.currentTarget.value })} />
        <SelectField label="Category" name="category" value={values.category} onChange={(event) => setValues({ ...values, category: event.currentTarget.value })}>
          <option value="">any</option>
          {CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {category}
            </option>
          ))}
        </SelectField>
        <SelectField label="Maintenance" name="maintenance" value={values.maintenance} onChange={(event) => setValues({ ...values, maintenance: event.currentTarget.value })}>
          <option value="">any</option>
          {MAINTENANCE_STATES.map((state) => (
            <option key={state} value={state}>
              {MAINTENANCE[state].label}
            </option>
          ))}
        </SelectField>
        <TextField label="Implements XEP" hint="A number, e.g. 384" name="xep" inputMode="numeric" value={values.xep} onChange={(event) => setValues({ ...values, xep: event.currentTarget.value })} />
      </div>
      <div className="checkbox">
        <input type="checkbox" id="filter-in-scope" checked={values.inScope} onChange={(event) => setValues({ ...values, inScope: event.currentTarget.checked })} />
        <label htmlFor="filter-in-scope">Only projects in the CNA's scope</label>
      </div>
      <div className="checkbox">
        <input type="checkbox" id="filter-archived" checked={values.archived} onChange={(event) => setValues({ ...values, archived: event.currentTarget.checked })} />
        <label htmlFor="filter-archived">Archived projects only</label>
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary">
          Search
        </button>
        <Link to="/directory">Clear filters</Link>
      </div>
    </form>
  );
}

function ProjectTable({ projects }: { projects: ProjectSummary[] }) {
  return (
    <div className="table-wrap" role="region" aria-labelledby="results" tabIndex={0}>
      <table>
        <thead>
          <tr>
            <th scope="col">Project</th>
            <th scope="col">Category</th>
            <th scope="col">Platforms</th>
            <th scope="col">Newest release</th>
            <th scope="col">Maintenance</th>
            <th scope="col">XEPs</th>
          </tr>
        </thead>
        <tbody>
          {projects.map((project) => (
            <tr key={project.slug}>
              <th scope="row">
                <Link to={`/directory/${encodeURIComponent(project.slug)}`}>{project.name}</Link>
                {project.shortdesc ? <div className="muted small">{project.shortdesc}</div> : null}
              </th>
              <td>{project.categories.join(', ')}</td>
              <td>{project.platforms.join(', ')}</td>
              <td>{project.newestRelease ? `${project.newestRelease.version ?? '?'}${project.newestRelease.date ? ` (${project.newestRelease.date})` : ''}` : '—'}</td>
              <td>
                <Badge tone={MAINTENANCE[project.maintenance].tone} title={MAINTENANCE[project.maintenance].description}>
                  {MAINTENANCE[project.maintenance].label}
                </Badge>
                {project.inScope ? null : <div className="muted small">not in scope</div>}
              </td>
              <td>{project.hasDoap ? project.xepCount : <span className="muted">no DOAP</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
