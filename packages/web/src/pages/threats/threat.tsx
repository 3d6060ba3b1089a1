import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { ApiResponse } from '../../api/client.ts';
import { ErrorMessage, Loading } from '../../components/feedback.tsx';
import { Page } from '../../components/page.tsx';
import { Prose } from '../../components/prose.tsx';
import { useResource } from '../../components/resource.ts';
import { Time } from '../../components/time.tsx';
import { Badge, ExternalLink, Facts } from '../../components/ui.tsx';
import { Link, useLocation } from '../../router/router.tsx';
import { formatCost, formatLikelihood, PRIORITY, STATUS } from './labels.ts';
import type { ThreatDetail } from './labels.ts';

type Revision = ApiResponse<'/api/v1/threats/{slug}/revisions', 'get'>['revisions'][number];
type Diff = ApiResponse<'/api/v1/threats/{slug}/diff', 'get'>;

export function ThreatPage({ slug }: { slug: string }) {
  const { search } = useLocation();
  const requested = Number(search.get('revision'));
  const revision = Number.isInteger(requested) && requested > 0 ? requested : undefined;
  const threat = useResource((signal) => api.get('/api/v1/threats/{slug}', { params: { slug }, query: revision ? { revision } : {}, signal }), `${slug}@${revision ?? ''}`);
  if (threat.status === 'loading') return <Loading />;
  if (threat.status === 'failed') {
    return (
      <Page title="Threat">
        <ErrorMessage error={threat.error} />
        <p>
          <Link to="/threats">The register</Link>
        </p>
      </Page>
    );
  }
  return <ThreatView detail={threat.data} />;
}

function ThreatView({ detail }: { detail: ThreatDetail }) {
  const { threat, analysis } = detail;
  const priority = PRIORITY[detail.priority.priority];
  return (
    <Page title={threat.name}>
      <p className="badges">
        <Badge tone={priority.tone}>priority {priority.label}</Badge> <Badge tone={STATUS[threat.status].tone}>{STATUS[threat.status].label}</Badge>
      </p>
      <Facts
        items={[
          ['Likelihood', threat.likelihood],
          ['Damage', threat.damage],
          ['Revision', `${detail.revision}${detail.publicRevision !== null && detail.publicRevision !== detail.revision ? ` (public: ${detail.publicRevision})` : ''}`],
          ['Updated', <Time iso={detail.updatedAt} withTime={false} />],
          ['Tags', threat.tags.join(', ')],
        ]}
      />
      <h2>Abstract</h2>
      <Prose text={threat.abstract} />
      <h2>Definition</h2>
      <Prose text={threat.definition} />

      <section aria-labelledby="tree">
        <h2 id="tree">Attack tree</h2>
        <p>
          {analysis.goal.feasible ? (
            <>
              Estimated likelihood of the goal: <strong>{formatLikelihood(analysis.goal.likelihood)}</strong>
              {analysis.cheapestAttack ? (
                <>
                  ; the cheapest attack costs about <strong>{formatCost(analysis.cheapestAttack.cost)}</strong> and needs {analysis.cheapestAttack.skill} skill
                </>
              ) : null}
              .
            </>
          ) : (
            <>With the deployed mitigations no attack path is feasible.</>
          )}
        </p>
        {/* The server renders the diagram for strict CSP pages: no scripts, no styles, every text escaped. */}
        <figure className="tree-figure">
          <div dangerouslySetInnerHTML={{ __html: detail.svg }} />
          <figcaption>
            The cheapest attack is highlighted. <a href={`/api/v1/threats/${threat.slug}/tree.svg?revision=${detail.revision}`}>SVG</a> · <a href={`/api/v1/threats/${threat.slug}/tree.dot?revision=${detail.revision}`}>DOT</a>
          </figcaption>
        </figure>
        <details>
          <summary>The tree as an outline</summary>
          <pre className="outline">{detail.outline}</pre>
        </details>
        {analysis.undeployedMitigations.length > 0 ? (
          <>
            <h3>Mitigations not yet deployed</h3>
            <ul>
              {analysis.undeployedMitigations.map((mitigation) => (
                <li key={mitigation.id}>
                  {mitigation.label}
                  {mitigation.providedBy.length > 0 ? ` (${mitigation.providedBy.join(', ')})` : ''}
                  {mitigation.blocksGoal ? ' — would block the goal' : mitigation.cutsCheapestAttack ? ` — cuts the cheapest attack; the next costs ${formatCost(mitigation.after.cost)}` : ''}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <h2>Existing approaches</h2>
      {threat.existingApproaches.length === 0 ? <p>None.</p> : null}
      {threat.existingApproaches.map((approach) => (
        <div className="approach" key={approach.name}>
          <h3>{approach.name}</h3>
          <Prose text={approach.description} />
          {approach.refs.length > 0 ? <p className="muted small">References: {approach.refs.join(', ')}</p> : null}
        </div>
      ))}
      <h2>Gap</h2>
      <Prose text={threat.gap} />
      <h2>Potential approaches</h2>
      {threat.potentialApproaches.length === 0 ? <p>None.</p> : null}
      {threat.potentialApproaches.map((approach) => (
        <div className="approach" key={approach.name}>
          <h3>{approach.name}</h3>
          <Prose text={approach.description} />
          <h4>Implementation issues</h4>
          <Prose text={approach.implementationIssues} />
          {approach.refs.length > 0 ? <p className="muted small">References: {approach.refs.join(', ')}</p> : null}
        </div>
      ))}
      <h2>Recommended approach</h2>
      <Prose text={threat.recommendation} />

      <Links detail={detail} />
      <History slug={threat.slug} shown={detail.revision} />
    </Page>
  );
}

function Links({ detail }: { detail: ThreatDetail }) {
  const { links, exposure } = detail;
  const publicCases = links.cases.filter((link) => link.public);
  if (links.xeps.length + links.rfcs.length + links.cves.length + publicCases.length === 0 && !exposure) return null;
  return (
    <section aria-labelledby="links">
      <h2 id="links">Links and evidence</h2>
      {exposure ? (
        <p>
          Exposure ({exposure.metric}):{' '}
          {exposure.figure ? (
            <>
              <strong>{(exposure.figure.share * 100).toFixed(1)}%</strong> of {exposure.figure.sample} scanned servers, measured {exposure.figure.measuredAt.slice(0, 10)}.
            </>
          ) : (
            'no measurement yet.'
          )}
        </p>
      ) : null}
      {links.xeps.length > 0 ? (
        <>
          <h3>XEPs</h3>
          <ul>
            {links.xeps.map((xep) => (
              <li key={xep.number}>
                <Link to={`/xeps/${xep.number}`}>{xep.label}</Link>
                {xep.title ? `: ${xep.title}` : ''}
                {xep.status ? <span className="muted"> ({xep.status})</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {links.rfcs.length > 0 ? (
        <>
          <h3>RFCs</h3>
          <ul className="inline-list">
            {links.rfcs.map((rfc) => (
              <li key={rfc.number}>
                <ExternalLink href={rfc.url}>{rfc.label}</ExternalLink>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {links.cves.length > 0 ? (
        <>
          <h3>CVEs</h3>
          <ul className="inline-list">
            {links.cves.map((cve) => (
              <li key={cve.id}>
                <ExternalLink href={cve.url}>{cve.id}</ExternalLink>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {publicCases.length > 0 ? (
        <>
          <h3>Cases</h3>
          <ul>
            {publicCases.map((link) => (
              <li key={link.caseId}>
                {link.caseId}
                {link.note ? ` — ${link.note}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function History({ slug, shown }: { slug: string; shown: number }) {
  const revisions = useResource((signal) => api.get('/api/v1/threats/{slug}/revisions', { params: { slug }, signal }), slug);
  if (revisions.status !== 'ready' || revisions.data.revisions.length === 0) return <ErrorMessage error={revisions.error} />;
  const list = [...revisions.data.revisions].sort((a, b) => b.number - a.number);
  return (
    <section aria-labelledby="history">
      <h2 id="history">History</h2>
      <ol className="revisions" reversed>
        {list.map((revision, index) => (
          <RevisionItem key={revision.number} slug={slug} revision={revision} previous={list[index + 1]?.number} shown={revision.number === shown} />
        ))}
      </ol>
    </section>
  );
}

function RevisionItem({ slug, revision, previous, shown }: { slug: string; revision: Revision; previous: number | undefined; shown: boolean }) {
  const [diff, setDiff] = useState<Diff>();
  const [error, setError] = useState<unknown>();
  const [open, setOpen] = useState(false);

  async function toggle() {
    if (open) {
      setOpen(false);
      return;
    }
    setOpen(true);
    if (diff || previous === undefined) return;
    try {
      setDiff(await api.get('/api/v1/threats/{slug}/diff', { params: { slug }, query: { from: previous, to: revision.number } }));
    } catch (failure) {
      setError(failure);
    }
  }

  return (
    <li value={revision.number}>
      <p>
        <strong>Revision {revision.number}</strong> <Badge tone={STATUS[revision.status].tone}>{STATUS[revision.status].label}</Badge> <Time iso={revision.createdAt} withTime={false} />
        {revision.author ? ` by ${revision.author}` : ''}: {revision.reason}
        {shown ? ' (shown above)' : (
          <>
            {' '}
            <Link to={`/threats/${slug}?revision=${revision.number}`}>Show this revision</Link>
          </>
        )}
      </p>
      {revision.changes.length > 0 ? <p className="muted small">{revision.changes.join('; ')}</p> : null}
      {previous !== undefined ? (
        <button type="button" className="button small" aria-expanded={open} onClick={toggle}>
          {open ? 'Hide the changes' : `Changes from revision ${previous}`}
        </button>
      ) : null}
      {open ? <ErrorMessage error={error} /> : null}
      {open && diff ? <DiffView diff={diff} /> : null}
    </li>
  );
}

function DiffView({ diff }: { diff: Diff }) {
  return (
    <div className="diff-view">
      <ul>
        {diff.changes.map((change, index) => (
          <li key={index}>{change.summary}</li>
        ))}
      </ul>
      <div className="diff" role="region" aria-label={`Line changes from revision ${diff.from.number} to ${diff.to.number}`} tabIndex={0}>
        {diff.lines
          .filter((line) => line.op !== ' ')
          .map((line, index) => (
            <div key={index} className={line.op === '+' ? 'added' : 'removed'}>
              <span className="visually-hidden">{line.op === '+' ? 'added: ' : 'removed: '}</span>
              {line.op} {line.line}
            </div>
          ))}
      </div>
    </div>
  );
}
