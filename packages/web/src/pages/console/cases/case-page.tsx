import { useState } from 'react';
import { api, ApiError } from '../../../api/client.ts';
import { ErrorMessage, Loading } from '../../../components/feedback.tsx';
import { Page } from '../../../components/page.tsx';
import { useResource } from '../../../components/resource.ts';
import { Time } from '../../../components/time.tsx';
import { Badge, Facts } from '../../../components/ui.tsx';
import { Link } from '../../../router/router.tsx';
import { isStaff } from '../../../session/session.ts';
import type { SessionUser } from '../../../session/session.ts';
import { SEVERITY } from '../../advisories/labels.ts';
import { AdvisoryPanel } from '../advisories/advisory-panel.tsx';
import { DetailsPanel } from './details-panel.tsx';
import { EmbargoPanel } from './embargo-panel.tsx';
import { CASE_ROLE, CASE_STATE } from './labels.ts';
import type { Case, Post } from './labels.ts';
import { ParticipantsPanel } from './participants-panel.tsx';
import { ProjectsPanel } from './projects-panel.tsx';
import { ThreadsPanel } from './threads-panel.tsx';
import { TimelinePanel } from './timeline-panel.tsx';
import { VulnerabilitiesPanel } from './vulnerabilities-panel.tsx';

/**
 * One case, as far as the viewer may see it: the team sees and changes everything; a maintainer
 * sees what the API gives them (their projects, the threads they are in) and states their
 * projects' status. A case they may not see is "not found", exactly like one that does not exist.
 */
export function CasePage({ id, user }: { id: string; user: SessionUser }) {
  const [generation, setGeneration] = useState(0);
  const kase = useResource((signal) => api.get('/api/v1/cases/{id}', { params: { id }, signal }), `${id}#${generation}`);
  const posts = useResource((signal) => api.get('/api/v1/cases/{id}/posts', { params: { id }, signal }), `${id}#${generation}`);
  const reload = () => setGeneration((value) => value + 1);

  if (!kase.data) {
    if (kase.status === 'loading') return <Loading />;
    const missing = kase.error instanceof ApiError && kase.error.status === 404;
    return (
      <Page title={missing ? 'Case not found' : 'Case'}>
        {missing ? <p>There is no case {id}, or it is not one of yours.</p> : <ErrorMessage error={kase.error} />}
        <p>
          <Link to="/console/cases">{isStaff(user.role) ? 'All cases' : 'My cases'}</Link>
        </p>
      </Page>
    );
  }
  return <CaseView kase={kase.data} posts={posts.data?.posts} postsError={posts.error} user={user} onChanged={reload} />;
}

function CaseView({ kase, posts, postsError, user, onChanged }: { kase: Case; posts: Post[] | undefined; postsError: unknown; user: SessionUser; onChanged: () => void }) {
  const team = kase.access === 'team' && isStaff(user.role);
  const state = CASE_STATE[kase.state];
  return (
    <Page title={`${kase.id}: ${kase.title}`} actions={<Link to="/console/cases">{team ? 'All cases' : 'My cases'}</Link>}>
      <Facts
        items={[
          ['State', <Badge tone={state.tone}>{state.label}</Badge>],
          ['Severity', kase.severity ? <Badge tone={SEVERITY[kase.severity].tone}>{SEVERITY[kase.severity].label}</Badge> : 'not rated'],
          ['Opened', <Time iso={kase.createdAt} />],
          ['Published', kase.publishedAt ? <Time iso={kase.publishedAt} /> : null],
          ['Your part', team ? 'security team' : kase.myRoles.map((role) => CASE_ROLE[role]).join(', ')],
          ['Reports', kase.reports.length > 0 ? <ReportLinks kase={kase} team={team} /> : null],
        ]}
      />
      {kase.summary ? (
        <section aria-labelledby="summary">
          <h2 id="summary">Summary</h2>
          <div className="report-text">{kase.summary}</div>
        </section>
      ) : null}
      {team ? <DetailsPanel key={kase.version} kase={kase} onChanged={onChanged} /> : null}
      <EmbargoPanel kase={kase} canChange={team && !['published', 'closed', 'rejected'].includes(kase.state)} onChanged={onChanged} />
      <ProjectsPanel kase={kase} team={team} onChanged={onChanged} />
      <ParticipantsPanel kase={kase} team={team} onChanged={onChanged} />
      <ThreadsPanel kase={kase} team={team} posts={posts} postsError={postsError} onPosted={onChanged} />
      <VulnerabilitiesPanel kase={kase} team={team} onChanged={onChanged} />
      {team ? <AdvisoryPanel kase={kase} onCaseChanged={onChanged} /> : null}
      <TimelinePanel kase={kase} posts={posts ?? []} />
    </Page>
  );
}

function ReportLinks({ kase, team }: { kase: Case; team: boolean }) {
  return (
    <span className="inline-links">
      {kase.reports.map((report) => (team ? <Link key={report.id} to={`/console/reports/${encodeURIComponent(report.id)}`}>{report.reference}</Link> : <span key={report.id}>{report.reference}</span>))}
    </span>
  );
}
