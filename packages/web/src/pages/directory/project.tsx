import { api } from '../../api/client.ts';
import { ErrorMessage, Loading } from '../../components/feedback.tsx';
import { Page } from '../../components/page.tsx';
import { useResource } from '../../components/resource.ts';
import { Time } from '../../components/time.tsx';
import { Badge, ExternalLink, Facts } from '../../components/ui.tsx';
import { Link } from '../../router/router.tsx';
import { MAINTENANCE, rfcSpecUrl, SUPPORT, xepName } from './labels.ts';
import type { Project } from './labels.ts';

const SIGNAL_NAMES: Record<Project['maintenanceStatus']['signals'][number]['kind'], string> = {
  release: 'Newest release',
  'doap-change': 'Newest change of the DOAP file',
  confirmation: "Maintainers' confirmation",
};

const RELEASES_SHOWN = 10;

export function ProjectPage({ slug }: { slug: string }) {
  const project = useResource((signal) => api.get('/api/v1/projects/{slug}', { params: { slug }, signal }), slug);
  if (project.status === 'loading') return <Loading />;
  if (project.status === 'failed') {
    return (
      <Page title="Project">
        <ErrorMessage error={project.error} />
        <p>
          <Link to="/directory">Back to the directory</Link>
        </p>
      </Page>
    );
  }
  return <ProjectView project={project.data} />;
}

function ProjectView({ project }: { project: Project }) {
  const maintenance = MAINTENANCE[project.maintenance];
  return (
    <Page title={project.name} lede={project.shortdesc ?? undefined}>
      <p className="badges">
        <Badge tone={maintenance.tone} title={maintenance.description}>
          {maintenance.label}
        </Badge>{' '}
        {project.inScope ? <Badge tone="info">in the CNA's scope</Badge> : <Badge>not in scope</Badge>} {project.hasDoap ? null : <Badge tone="warn">no DOAP file</Badge>}
      </p>
      <Facts
        items={[
          ['Homepage', project.homepage ? <ExternalLink href={project.homepage}>{project.homepage}</ExternalLink> : null],
          ['Repository', project.repository ? <ExternalLink href={project.repository}>{project.repository}</ExternalLink> : null],
          ['DOAP file', project.doapUrl ? <ExternalLink href={project.doapUrl}>{project.doapUrl}</ExternalLink> : null],
          ['Categories', project.categories.join(', ')],
          ['Platforms', project.platforms.join(', ')],
          ['Languages', project.programmingLanguages.join(', ')],
          ['Security contact', project.securityContact],
          ['Security policy', project.securityPolicyUrl ? <ExternalLink href={project.securityPolicyUrl}>{project.securityPolicyUrl}</ExternalLink> : null],
          ['Maintainers on record', String(project.maintainerCount)],
          ['Also known as', project.formerSlugs.join(', ')],
        ]}
      />

      <section aria-labelledby="maintenance">
        <h2 id="maintenance">Maintenance</h2>
        <p>{maintenance.description}</p>
        {project.maintenanceStatus.reasons.length > 0 ? (
          <ul>
            {project.maintenanceStatus.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        ) : null}
        <div className="table-wrap" role="region" aria-labelledby="maintenance" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">Signal</th>
                <th scope="col">Date</th>
                <th scope="col">Counts as recent</th>
              </tr>
            </thead>
            <tbody>
              {project.maintenanceStatus.signals.map((signal) => (
                <tr key={signal.kind}>
                  <th scope="row">{SIGNAL_NAMES[signal.kind]}</th>
                  <td>{signal.at ? <Time iso={signal.at} withTime={false} /> : 'none on record'}</td>
                  <td>{signal.fresh ? 'yes' : 'no'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {project.problems.length > 0 ? (
        <section aria-labelledby="problems">
          <h2 id="problems">Problems with the DOAP file</h2>
          <ul className="problems">
            {project.problems.map((problem, index) => (
              <li key={index}>
                <Badge tone={problem.severity === 'error' ? 'bad' : 'warn'}>{problem.severity}</Badge> {problem.message}
                {problem.line !== null ? <span className="muted"> (line {problem.line})</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <Releases releases={project.releases} />
      <Xeps xeps={project.xeps} />

      {project.rfcs.length > 0 ? (
        <section aria-labelledby="rfcs">
          <h2 id="rfcs">RFCs</h2>
          <ul className="inline-list">
            {project.rfcs.map((rfc) => (
              <li key={rfc}>
                <ExternalLink href={rfcSpecUrl(rfc)}>RFC {rfc}</ExternalLink>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <Compliance compliance={project.compliance} />

      {project.snapshots.length > 0 ? (
        <section aria-labelledby="snapshots">
          <h2 id="snapshots">DOAP file history</h2>
          <p>Every distinct version of the DOAP file fetched, kept with its checksum.</p>
          <div className="table-wrap" role="region" aria-labelledby="snapshots" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">First fetched</th>
                  <th scope="col">Last seen</th>
                  <th scope="col">SHA-256</th>
                  <th scope="col">Usable</th>
                  <th scope="col">Problems</th>
                </tr>
              </thead>
              <tbody>
                {project.snapshots.map((snapshot) => (
                  <tr key={snapshot.id}>
                    <th scope="row">
                      <Time iso={snapshot.fetchedAt} />
                      {snapshot.current ? ' (current)' : ''}
                    </th>
                    <td>
                      <Time iso={snapshot.lastSeenAt} />
                    </td>
                    <td>
                      <code title={snapshot.sha256}>{snapshot.sha256.slice(0, 12)}…</code>
                    </td>
                    <td>{snapshot.usable ? 'yes' : 'no'}</td>
                    <td>{snapshot.problemCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </Page>
  );
}

function Releases({ releases }: { releases: Project['releases'] }) {
  if (releases.length === 0) return null;
  const row = (release: Project['releases'][number], index: number) => (
    <tr key={index}>
      <th scope="row">{release.revision ?? '—'}</th>
      <td>{release.created ?? 'no date'}</td>
      <td>{release.name ?? ''}</td>
      <td>{release.branch ?? ''}</td>
    </tr>
  );
  const head = (
    <thead>
      <tr>
        <th scope="col">Version</th>
        <th scope="col">Date</th>
        <th scope="col">Name</th>
        <th scope="col">Branch</th>
      </tr>
    </thead>
  );
  return (
    <section aria-labelledby="releases">
      <h2 id="releases">Releases ({releases.length})</h2>
      <div className="table-wrap" role="region" aria-labelledby="releases" tabIndex={0}>
        <table>
          {head}
          <tbody>{releases.slice(0, RELEASES_SHOWN).map(row)}</tbody>
        </table>
      </div>
      {releases.length > RELEASES_SHOWN ? (
        <details>
          <summary>All {releases.length} releases</summary>
          <div className="table-wrap" role="region" aria-label="All releases" tabIndex={0}>
            <table>
              {head}
              <tbody>{releases.slice(RELEASES_SHOWN).map((release, index) => row(release, index + RELEASES_SHOWN))}</tbody>
            </table>
          </div>
        </details>
      ) : null}
    </section>
  );
}

function Xeps({ xeps }: { xeps: Project['xeps'] }) {
  if (xeps.length === 0) return null;
  return (
    <section aria-labelledby="xeps">
      <h2 id="xeps">Supported XEPs ({xeps.length})</h2>
      <div className="table-wrap" role="region" aria-labelledby="xeps" tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">XEP</th>
              <th scope="col">Title</th>
              <th scope="col">XEP status</th>
              <th scope="col">Support</th>
              <th scope="col">Version</th>
              <th scope="col">Since</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {xeps.map((xep) => (
              <tr key={xep.number}>
                <th scope="row">
                  <Link to={`/xeps/${xep.number}`}>{xepName(xep.number)}</Link>
                </th>
                <td>{xep.title ?? ''}</td>
                <td>{xep.xepStatus ?? ''}</td>
                <td>{xep.status ? <Badge tone={SUPPORT[xep.status].tone}>{SUPPORT[xep.status].label}</Badge> : <span className="muted">{xep.rawStatus ?? 'not stated'}</span>}</td>
                <td>{xep.version ?? ''}</td>
                <td>{[xep.since, xep.until ? `until ${xep.until}` : null].filter(Boolean).join(' ')}</td>
                <td>{xep.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

const LEVEL_STATE = { met: { label: 'met', tone: 'ok' }, 'met-partially': { label: 'partly met', tone: 'warn' }, 'not-met': { label: 'not met', tone: 'muted' } } as const;

function Compliance({ compliance }: { compliance: Project['compliance'] }) {
  if (compliance.length === 0) return null;
  return (
    <section aria-labelledby="compliance">
      <h2 id="compliance">Compliance suites</h2>
      <p>Computed from the XEPs the DOAP file declares.</p>
      {compliance.map((suite) => (
        <div className="table-wrap" role="region" aria-label={suite.title} tabIndex={0} key={suite.suite}>
          <table>
            <caption>{suite.title}</caption>
            <thead>
              <tr>
                <th scope="col">Category</th>
                {suite.roles.flatMap((role) => [
                  <th scope="col" key={`${role}-core`}>
                    {role} core
                  </th>,
                  <th scope="col" key={`${role}-advanced`}>
                    {role} advanced
                  </th>,
                ])}
              </tr>
            </thead>
            <tbody>
              {suite.categories.map((category) => (
                <tr key={category.id}>
                  <th scope="row">{category.name}</th>
                  {suite.roles.flatMap((role) =>
                    (['core', 'advanced'] as const).map((level) => {
                      const found = category.levels.find((entry) => entry.role === role && entry.level === level);
                      if (!found) return <td key={`${role}-${level}`}>—</td>;
                      const state = LEVEL_STATE[found.state];
                      return (
                        <td key={`${role}-${level}`}>
                          <Badge tone={state.tone}>{state.label}</Badge>
                          {found.missing.length > 0 ? <div className="muted small">missing: {found.missing.join(', ')}</div> : null}
                          {found.partial.length > 0 ? <div className="muted small">partial: {found.partial.join(', ')}</div> : null}
                        </td>
                      );
                    }),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
