import { useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../../api/client.ts';
import type { ApiResponse } from '../../../api/client.ts';
import { SelectField, TextField } from '../../../components/fields.tsx';
import { ErrorMessage, Loading, Notice } from '../../../components/feedback.tsx';
import { Page } from '../../../components/page.tsx';
import { useResource } from '../../../components/resource.ts';
import { Time } from '../../../components/time.tsx';
import { Badge, Pager } from '../../../components/ui.tsx';
import { Link, navigate, useLocation } from '../../../router/router.tsx';
import { MAINTENANCE } from '../../directory/labels.ts';
import { useAction } from '../shared/action.ts';
import { ActionError } from '../shared/action-error.tsx';
import { ArchiveForm } from './archive-form.tsx';

type Candidate = ApiResponse<'/api/v1/directory/archival-candidates', 'get'>['candidates'][number];
const PAGE = 50;
/** Candidates shown at first; the rest one click away (a fresh directory can have hundreds). */
const FIRST_CANDIDATES = 20;
const SIGNAL: Record<Candidate['maintenance']['signals'][number]['kind'], string> = { release: 'Last release', 'doap-change': 'Last change of its DOAP file', confirmation: 'Last confirmation by a maintainer' };

export const projectAdminLink = (slug: string) => `/console/directory/${encodeURIComponent(slug)}`;

/** The directory's upkeep: projects that may be unmaintained (with the evidence), and every project to administer. */
export function DirectoryOverviewPage() {
  const candidates = useResource((signal) => api.get('/api/v1/directory/archival-candidates', { signal }), 'candidates');
  const [shown, setShown] = useState(FIRST_CANDIDATES);
  const all = candidates.data?.candidates ?? [];
  return (
    <Page title="Directory administration" lede="Keep the directory true: archive what is no longer maintained (nothing is archived automatically), fill in what the DOAP files do not say, link maintainers.">
      <section aria-labelledby="candidates">
        <h2 id="candidates">Archival candidates</h2>
        <p className="hint">No maintenance signal (release, change of the DOAP file, confirmation) for two years.</p>
        <ErrorMessage error={candidates.error} />
        {candidates.status === 'loading' && !candidates.data ? <Loading /> : null}
        {candidates.data && all.length === 0 ? <p>No project is a candidate.</p> : null}
        {all.length > 0 ? <p>{all.length} {all.length === 1 ? 'project' : 'projects'}, by name.</p> : null}
        <ul className="candidates">
          {all.slice(0, shown).map((candidate) => (
            <CandidateItem key={candidate.slug} candidate={candidate} onChanged={candidates.reload} />
          ))}
        </ul>
        {all.length > shown ? (
          <button type="button" className="button" onClick={() => setShown(shown + FIRST_CANDIDATES)}>
            Show {Math.min(FIRST_CANDIDATES, all.length - shown)} more of {all.length - shown}
          </button>
        ) : null}
      </section>
      <ProjectFinder />
    </Page>
  );
}

function CandidateItem({ candidate, onChanged }: { candidate: Candidate; onChanged: () => void }) {
  const request = useAction();
  const [sent, setSent] = useState<number>();
  async function askMaintainers() {
    const result = await request.run(() => api.post('/api/v1/projects/{slug}/confirmation-requests', { params: { slug: candidate.slug } }));
    if (result) setSent(result.requested.reduce((sum, entry) => sum + entry.recipients, 0));
  }
  return (
    <li className="candidate card" aria-labelledby={`candidate-${candidate.slug}`}>
      <h3 id={`candidate-${candidate.slug}`}>
        <Link to={projectAdminLink(candidate.slug)}>{candidate.name}</Link> <Badge tone={MAINTENANCE[candidate.maintenance.state].tone}>{MAINTENANCE[candidate.maintenance.state].label}</Badge>
      </h3>
      <dl className="evidence">
        {candidate.maintenance.signals.map((signal) => (
          <div key={signal.kind}>
            <dt>{SIGNAL[signal.kind]}</dt>
            <dd>{signal.at ? <><Time iso={signal.at} withTime={false} /> ({signal.ageDays} days ago)</> : 'never'}</dd>
          </div>
        ))}
        <div>
          <dt>Maintainers on record</dt>
          <dd>{candidate.maintainerCount}</dd>
        </div>
        <div>
          <dt>Last confirmation request</dt>
          <dd>{candidate.lastConfirmationRequestAt ? <Time iso={candidate.lastConfirmationRequestAt} withTime={false} /> : 'never'}</dd>
        </div>
      </dl>
      {candidate.maintenance.reasons.length > 0 ? (
        <ul className="compact-list">
          {candidate.maintenance.reasons.map((reason, index) => (
            <li key={index}>{reason}</li>
          ))}
        </ul>
      ) : null}
      {candidate.problems.length > 0 ? (
        <details>
          <summary>Problems with its DOAP file ({candidate.problems.length})</summary>
          <ul className="compact-list">
            {candidate.problems.map((problem, index) => (
              <li key={index}>
                <Badge tone={problem.severity === 'error' ? 'bad' : 'warn'}>{problem.severity}</Badge> {problem.message}
                {problem.line !== null ? ` (line ${problem.line})` : ''}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <div className="form-actions">
        {candidate.maintainerCount > 0 ? (
          <button type="button" className="button small" disabled={request.busy} onClick={askMaintainers}>
            Ask its maintainers to confirm
          </button>
        ) : null}
      </div>
      {sent !== undefined ? <Notice kind="success">Confirmation link sent to {sent} {sent === 1 ? 'maintainer' : 'maintainers'}.</Notice> : null}
      <ActionError error={request.error} />
      <ArchiveForm slug={candidate.slug} name={candidate.name} archived={false} onDone={onChanged} />
    </li>
  );
}

function ProjectFinder() {
  const { search } = useLocation();
  const q = search.get('q') ?? '';
  const archived = search.get('archived') === 'true' ? 'true' : search.get('archived') === 'false' ? 'false' : '';
  const offset = Math.max(0, Number(search.get('offset')) || 0);
  const projects = useResource((signal) => api.get('/api/v1/projects', { query: { ...(q ? { q } : {}), ...(archived ? { archived } : {}), limit: PAGE, offset }, signal }), `${q}|${archived}|${offset}`);
  const [text, setText] = useState(q);
  const [which, setWhich] = useState(archived);
  const href = (next: { q?: string; archived?: string; offset?: number }) => {
    const params = new URLSearchParams();
    const merged = { q, archived, offset: 0, ...next };
    if (merged.q) params.set('q', merged.q);
    if (merged.archived) params.set('archived', merged.archived);
    if (merged.offset) params.set('offset', String(merged.offset));
    const value = params.toString();
    return `/console/directory${value ? `?${value}` : ''}`;
  };
  function submit(event: FormEvent) {
    event.preventDefault();
    navigate(href({ q: text.trim(), archived: which }));
  }
  return (
    <section aria-labelledby="all-projects">
      <h2 id="all-projects">Projects{projects.data ? ` (${projects.data.total})` : ''}</h2>
      <form className="filters form" role="search" aria-label="Projects" onSubmit={submit}>
        <div className="form-row">
          <TextField label="Name contains" name="q" value={text} onChange={(event) => setText(event.currentTarget.value)} />
          <SelectField label="Archived" name="archived" value={which} onChange={(event) => setWhich(event.currentTarget.value as typeof which)}>
            <option value="">Any</option>
            <option value="false">Not archived</option>
            <option value="true">Archived</option>
          </SelectField>
        </div>
        <div className="form-actions">
          <button type="submit" className="button">
            Search
          </button>
        </div>
      </form>
      <ErrorMessage error={projects.error} />
      {projects.data ? (
        <div className="table-wrap" role="region" aria-label="Projects found" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">Project</th>
                <th scope="col">Maintenance</th>
                <th scope="col">In scope</th>
                <th scope="col">DOAP</th>
              </tr>
            </thead>
            <tbody>
              {projects.data.projects.map((project) => (
                <tr key={project.slug}>
                  <th scope="row">
                    <Link to={projectAdminLink(project.slug)}>{project.name}</Link>
                  </th>
                  <td>
                    <Badge tone={MAINTENANCE[project.maintenance].tone}>{MAINTENANCE[project.maintenance].label}</Badge>
                  </td>
                  <td>{project.inScope ? 'yes' : 'no'}</td>
                  <td>{project.hasDoap ? (project.hasDoapProblem ? <Badge tone="warn">has problems</Badge> : 'yes') : 'none'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {projects.data ? <Pager offset={offset} limit={PAGE} total={projects.data.total} hrefFor={(next) => href({ offset: next })} label="Project pages" /> : null}
    </section>
  );
}
