import { api } from '../../api/client.ts';
import { ErrorMessage, Loading } from '../../components/feedback.tsx';
import { useResource } from '../../components/resource.ts';
import { Time } from '../../components/time.tsx';
import { Link } from '../../router/router.tsx';

/** The team's dashboard: new reports, overdue and upcoming deadlines, embargoes ending soon. */
export function WorkQueue() {
  const work = useResource((signal) => api.get('/api/v1/dashboard', { signal }), 'dashboard');
  if (work.status === 'loading') return <Loading />;
  if (work.status === 'failed') return <ErrorMessage error={work.error} />;
  const { newReports, overdue, upcoming, embargoesEndingSoon, openCases } = work.data;
  return (
    <div className="cards">
      <section className="card" aria-labelledby="new-reports">
        <h2 id="new-reports">New reports ({newReports.length})</h2>
        {newReports.length === 0 ? <p>None waiting for triage.</p> : null}
        <p>
          <Link to="/console/reports">The triage queue</Link>
        </p>
        <ul>
          {newReports.map((report) => (
            <li key={report.id}>
              <Link to={`/console/reports/${encodeURIComponent(report.id)}`}>{report.reference}</Link> {report.title} <span className="muted">(<Time iso={report.receivedAt} />)</span>
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="overdue">
        <h2 id="overdue">Overdue ({overdue.length})</h2>
        {overdue.length === 0 ? <p>Nothing is overdue.</p> : null}
        <ul>
          {overdue.map((deadline) => (
            <li key={deadline.key}>
              <DeadlineLabel deadline={deadline} /> <span className="muted">(due <Time iso={deadline.dueAt} />)</span>
            </li>
          ))}
        </ul>
        {upcoming.length > 0 ? (
          <>
            <h3>Coming up</h3>
            <ul>
              {upcoming.map((deadline) => (
                <li key={deadline.key}>
                  <DeadlineLabel deadline={deadline} /> <span className="muted">(due <Time iso={deadline.dueAt} />)</span>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
      <section className="card" aria-labelledby="embargoes">
        <h2 id="embargoes">Embargoes ending soon</h2>
        <p>{openCases} open cases.</p>
        {embargoesEndingSoon.length === 0 ? <p>No embargo ends soon.</p> : null}
        <ul>
          {embargoesEndingSoon.map((kase) => (
            <li key={kase.id}>
              <Link to={`/console/cases/${encodeURIComponent(kase.id)}`}>{kase.id}</Link> {kase.title}: <EmbargoTime iso={kase.embargoAt} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

/** An embargo is one instant: shown in UTC, the reference everyone shares, and in the reader's time. */
export function EmbargoTime({ iso }: { iso: string }) {
  const date = new Date(iso);
  return (
    <time dateTime={date.toISOString()}>
      {date.toISOString().replace('T', ' ').slice(0, 16)} UTC <span className="muted">({date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })} your time)</span>
    </time>
  );
}

/** A deadline's label, linked to the case or report it is about. */
function DeadlineLabel({ deadline }: { deadline: { label: string; caseId: string | null; reportId: string | null } }) {
  if (deadline.caseId) return <Link to={`/console/cases/${encodeURIComponent(deadline.caseId)}`}>{deadline.label}</Link>;
  if (deadline.reportId) return <Link to={`/console/reports/${encodeURIComponent(deadline.reportId)}`}>{deadline.label}</Link>;
  return <>{deadline.label}</>;
}
