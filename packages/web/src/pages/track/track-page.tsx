import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { ErrorMessage, Loading, Notice } from '../../components/feedback.tsx';
import { readFragmentToken } from '../../components/fragment-token.ts';
import { Page } from '../../components/page.tsx';
import { useResource } from '../../components/resource.ts';
import { Time } from '../../components/time.tsx';
import { Badge, ExternalLink, Facts } from '../../components/ui.tsx';
import { cveUrl, PROJECT_STATUS } from '../advisories/labels.ts';
import { TextAreaField } from '../report/text-area-field.tsx';
import { EmbargoTime } from './embargo-time.tsx';
import { CASE_STATE, REPORT_STATUS } from './labels.ts';
import type { TrackedReport } from './labels.ts';

const TOKEN_HEADER = 'x-tracking-token';
/** Kept for this tab only, so a reload still works after the fragment was removed from the address bar. */
const SESSION_KEY = 'xmppsec.tracking-token';

function trackingToken(): string {
  const fromLink = readFragmentToken();
  try {
    if (fromLink) sessionStorage.setItem(SESSION_KEY, fromLink);
    return fromLink || (sessionStorage.getItem(SESSION_KEY) ?? '');
  } catch {
    return fromLink;
  }
}

/** The reporter's view of their report through the private link from the acknowledgement e-mail. */
export function TrackPage() {
  const [token, setToken] = useState(trackingToken);
  // Another tracking link opened in the same tab only changes the fragment: read the new one.
  useEffect(() => {
    const onHashChange = () => {
      if (window.location.hash.length > 1) setToken(trackingToken());
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  if (token === '') {
    return (
      <Page title="Track your report">
        <Notice kind="warning">
          <p>This page needs the complete private link from the e-mail you received when you sent your report. Open that link again.</p>
        </Notice>
      </Page>
    );
  }
  return <TrackLoader key={token} token={token} />;
}

function TrackLoader({ token }: { token: string }) {
  const report = useResource((signal) => api.get('/api/v1/reports/track', { headers: { [TOKEN_HEADER]: token }, signal }), token);
  if (report.status === 'failed' && report.error instanceof ApiError && report.error.status === 404) {
    return (
      <Page title="Track your report">
        <div className="notice notice-error" role="alert">
          <p>This tracking link does not lead to a report. Check that you opened the whole link from the e-mail; it is long and easy to cut short.</p>
        </div>
      </Page>
    );
  }
  if (!report.data) {
    return (
      <Page title="Track your report">
        {report.status === 'failed' ? <ErrorMessage error={report.error} /> : <Loading />}
      </Page>
    );
  }
  return <TrackedReportView report={report.data} token={token} onChange={report.reload} />;
}

function TrackedReportView({ report, token, onChange }: { report: TrackedReport; token: string; onChange: () => void }) {
  const status = REPORT_STATUS[report.status];
  return (
    <Page title={`Report ${report.reference}`} lede={report.title}>
      <Facts
        items={[
          ['Status', <Badge tone={status.tone}>{status.label}</Badge>],
          ['Received', <Time iso={report.receivedAt} />],
          ['Acknowledged', report.acknowledgedAt ? <Time iso={report.acknowledgedAt} /> : 'not yet — the team acknowledges reports within 3 days'],
        ]}
      />
      <p>{status.explanation}</p>
      {report.triageReason ? (
        <div className="notice">
          <p>
            <strong>The team's reason:</strong> {report.triageReason}
          </p>
        </div>
      ) : null}
      {report.case ? <CaseSection kase={report.case} /> : null}
      <section aria-labelledby="messages">
        <h2 id="messages">Messages</h2>
        {report.messages.length === 0 ? (
          <p>No messages yet.</p>
        ) : (
          <ol className="thread" aria-label="Messages about this report">
            {report.messages.map((message, index) => (
              <li key={index} className={`message message-${message.fromSide}`}>
                <p className="message-meta">
                  <strong>{message.fromSide === 'team' ? 'Security team' : 'You'}</strong> · <Time iso={message.createdAt} />
                </p>
                <p className="message-body">{message.body}</p>
              </li>
            ))}
          </ol>
        )}
        <ReplyForm token={token} onSent={onChange} />
      </section>
    </Page>
  );
}

function CaseSection({ kase }: { kase: NonNullable<TrackedReport['case']> }) {
  const state = CASE_STATE[kase.state];
  return (
    <section aria-labelledby="case">
      <h2 id="case">Case {kase.id}</h2>
      <Facts
        items={[
          ['State', <Badge tone={state.tone}>{state.label}</Badge>],
          ['Embargo ends', kase.embargoAt ? <EmbargoTime iso={kase.embargoAt} /> : 'not set yet'],
          ['Published', kase.publishedAt ? <Time iso={kase.publishedAt} /> : null],
          [
            'CVE IDs',
            kase.cveIds.length > 0 ? (
              <ul className="inline-list">
                {kase.cveIds.map((id) => (
                  <li key={id}>
                    <ExternalLink href={cveUrl(id)}>{id}</ExternalLink>
                  </li>
                ))}
              </ul>
            ) : null,
          ],
        ]}
      />
      {kase.embargoAt ? <p className="hint">Until the embargo ends, please keep the details to yourself; the team publishes everything at once at that instant.</p> : null}
      {kase.projects.length > 0 ? (
        <div className="table-wrap" role="region" aria-label="Affected projects" tabIndex={0}>
          <table>
            <caption>The affected projects</caption>
            <thead>
              <tr>
                <th scope="col">Project</th>
                <th scope="col">Status</th>
                <th scope="col">Fixed in</th>
              </tr>
            </thead>
            <tbody>
              {kase.projects.map((project) => (
                <tr key={project.displayName}>
                  <th scope="row">{project.displayName}</th>
                  <td>
                    <Badge tone={PROJECT_STATUS[project.status].tone}>{PROJECT_STATUS[project.status].label}</Badge>
                  </td>
                  <td>{project.fixedIn ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">The team has not shared the projects' statuses yet.</p>
      )}
    </section>
  );
}

function ReplyForm({ token, onSent }: { token: string; onSent: () => void }) {
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSent(false);
    if (!body.trim()) {
      setError('Write a message first.');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await api.post('/api/v1/reports/track/messages', { headers: { [TOKEN_HEADER]: token }, body: { body } });
      setBody('');
      setSent(true);
      onSent();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'The message could not be sent.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form" noValidate onSubmit={submit}>
      <h3>Answer the team</h3>
      <TextAreaField id="track-reply" label="Your message" rows={6} maxLength={50_000} value={body} error={error} onChange={(event) => setBody(event.currentTarget.value)} />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          Send the message
        </button>
        <span role="status">{sent ? 'Your message was sent to the team.' : busy ? 'Sending…' : ''}</span>
      </div>
    </form>
  );
}
