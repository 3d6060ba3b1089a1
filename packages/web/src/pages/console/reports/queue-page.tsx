import { api } from '../../../api/client.ts';
import { SelectField } from '../../../components/fields.tsx';
import { ErrorMessage, Loading } from '../../../components/feedback.tsx';
import { Page } from '../../../components/page.tsx';
import { useResource } from '../../../components/resource.ts';
import { Time } from '../../../components/time.tsx';
import { Badge } from '../../../components/ui.tsx';
import { Link, navigate, useLocation } from '../../../router/router.tsx';
import { REPORT_STATUS, REPORT_STATUSES } from './labels.ts';
import type { ReportStatus } from './labels.ts';

/** The triage queue: new reports by default, any status on request (the address bar keeps it). */
export function ReportQueuePage() {
  const { search } = useLocation();
  const requested = search.get('status');
  const status: ReportStatus | undefined = requested === 'all' ? undefined : REPORT_STATUSES.includes(requested as ReportStatus) ? (requested as ReportStatus) : 'new';
  const reports = useResource((signal) => api.get('/api/v1/reports', { query: status ? { status } : {}, signal }), status ?? 'all');

  return (
    <Page title="Reports" lede="Vulnerability reports as they arrive. Acknowledge each within three days, then accept it into a case, merge it into one, or close it with a reason the reporter receives.">
      <form className="filters form" role="search" aria-label="Reports" onSubmit={(event) => event.preventDefault()}>
        <SelectField label="Show" name="status" value={status ?? 'all'} onChange={(event) => navigate(`/console/reports?status=${event.currentTarget.value}`)}>
          {REPORT_STATUSES.map((value) => (
            <option key={value} value={value}>
              {value === 'new' ? 'New (the triage queue)' : REPORT_STATUS[value].label}
            </option>
          ))}
          <option value="all">All reports</option>
        </SelectField>
      </form>
      <section aria-labelledby="report-list">
        <h2 id="report-list">{status === 'new' ? 'Waiting for triage' : status ? REPORT_STATUS[status].label : 'All reports'}</h2>
        <ErrorMessage error={reports.error} />
        {reports.status === 'loading' && !reports.data ? <Loading /> : null}
        {reports.data && reports.data.reports.length === 0 ? <p>No reports here.</p> : null}
        {reports.data && reports.data.reports.length > 0 ? (
          <div className="table-wrap" role="region" aria-labelledby="report-list" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">Report</th>
                  <th scope="col">Projects</th>
                  <th scope="col">Received</th>
                  <th scope="col">Acknowledged</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {reports.data.reports.map((report) => (
                  <tr key={report.id}>
                    <th scope="row">
                      <Link to={`/console/reports/${encodeURIComponent(report.id)}`}>{report.reference}</Link> {report.encryptedBody ? <Badge tone="info">encrypted</Badge> : null}
                      <br />
                      <span className="report-title">{report.title || '(no title)'}</span>
                    </th>
                    <td>{report.projects.map((project) => project.name).join(', ')}</td>
                    <td className="nowrap">
                      <Time iso={report.receivedAt} />
                    </td>
                    <td className="nowrap">{report.acknowledgedAt ? <Time iso={report.acknowledgedAt} /> : <Badge tone="warn">not yet</Badge>}</td>
                    <td>
                      <Badge tone={REPORT_STATUS[report.status].tone}>{REPORT_STATUS[report.status].label}</Badge>
                      {report.caseId ? (
                        <>
                          {' '}
                          <Link to={`/console/cases/${encodeURIComponent(report.caseId)}`}>{report.caseId}</Link>
                        </>
                      ) : null}
                    </td>
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
