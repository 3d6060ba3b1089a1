import { useState } from 'react';
import type { FormEvent } from 'react';
import { api, ApiError } from '../../../api/client.ts';
import { SelectField, TextField } from '../../../components/fields.tsx';
import { ErrorMessage, Loading } from '../../../components/feedback.tsx';
import { Page } from '../../../components/page.tsx';
import { useResource } from '../../../components/resource.ts';
import { Time } from '../../../components/time.tsx';
import { Badge, Facts } from '../../../components/ui.tsx';
import { Link, navigate } from '../../../router/router.tsx';
import { useAction } from '../shared/action.ts';
import { RadioGroup, TextAreaField } from '../shared/fields.tsx';
import { attachmentUrl, EncryptedReport } from './decrypt-panel.tsx';
import { CLOSE_REASONS, formatBytes, REPORT_STATUS } from './labels.ts';
import type { CloseReason, Report } from './labels.ts';

export function ReportPage({ id }: { id: string }) {
  const report = useResource((signal) => api.get('/api/v1/reports/{id}', { params: { id }, signal }), id);
  if (report.status === 'loading' && !report.data) return <Loading />;
  if (!report.data) {
    const missing = report.error instanceof ApiError && report.error.status === 404;
    return (
      <Page title={missing ? 'Report not found' : 'Report'}>
        {missing ? <p>There is no report {id}.</p> : <ErrorMessage error={report.error} />}
        <p>
          <Link to="/console/reports">The triage queue</Link>
        </p>
      </Page>
    );
  }
  return <ReportView report={report.data} onChanged={report.reload} />;
}

function ReportView({ report, onChanged }: { report: Report; onChanged: () => void }) {
  const status = REPORT_STATUS[report.status];
  return (
    <Page title={`${report.reference}: ${report.title || '(no title)'}`} actions={<Link to="/console/reports">Triage queue</Link>}>
      <Facts
        items={[
          ['Status', <Badge tone={status.tone}>{status.label}</Badge>],
          ['Case', report.caseId ? <Link to={`/console/cases/${encodeURIComponent(report.caseId)}`}>{report.caseId}</Link> : null],
          ['Received', <Time iso={report.receivedAt} />],
          ['Acknowledged', report.acknowledgedAt ? <Time iso={report.acknowledgedAt} /> : <AcknowledgeButton id={report.id} onDone={onChanged} />],
          ['Reporter', `${report.reporterName || '(no name)'} <${report.reporterEmail}>`],
          ['Reporter\u2019s XMPP address', report.reporterXmpp],
          ['Credit', report.creditConsent ? `Wants to be credited${report.creditAs ? ` as \u201c${report.creditAs}\u201d` : ''}` : 'Does not want to be credited'],
          ['Triage reason', report.triageReason],
        ]}
      />
      <section aria-labelledby="projects">
        <h2 id="projects">Affected projects</h2>
        <ul>
          {report.projects.map((project, index) => (
            <li key={index}>
              {project.slug ? <Link to={`/directory/${encodeURIComponent(project.slug)}`}>{project.name}</Link> : project.name} {project.listed ? null : <Badge tone="warn">not in the directory</Badge>}{' '}
              {project.inScope === false ? <Badge tone="warn">out of scope</Badge> : null}
            </li>
          ))}
        </ul>
      </section>
      {report.encryptedBody ? (
        <EncryptedReport report={report} />
      ) : (
        <>
          <PlainBody report={report} />
          <Attachments report={report} />
        </>
      )}
      <Messages report={report} onSent={onChanged} />
      {report.status === 'new' ? <TriageForm report={report} onClosed={onChanged} /> : null}
    </Page>
  );
}

function PlainBody({ report }: { report: Report }) {
  const parts: [string, string | null][] = [
    ['Description', report.description],
    ['Steps to reproduce', report.steps],
    ['Impact', report.impact],
    ['The reporter\u2019s disclosure plans', report.disclosurePlans],
  ];
  return (
    <section aria-labelledby="report-body">
      <h2 id="report-body">The report</h2>
      {parts.map(([heading, text]) =>
        text ? (
          <div key={heading}>
            <h3>{heading}</h3>
            <div className="report-text">{text}</div>
          </div>
        ) : null,
      )}
    </section>
  );
}

function AcknowledgeButton({ id, onDone }: { id: string; onDone: () => void }) {
  const action = useAction();
  return (
    <span className="inline-action">
      <Badge tone="warn">not yet</Badge>{' '}
      <button type="button" className="button small" disabled={action.busy} onClick={() => action.run(() => api.post('/api/v1/reports/{id}/acknowledge', { params: { id } })).then(() => onDone())}>
        Acknowledge
      </button>
      <ErrorMessage error={action.error} />
    </span>
  );
}

function Attachments({ report }: { report: Report }) {
  if (report.attachments.length === 0) return null;
  return (
    <section aria-labelledby="attachments">
      <h2 id="attachments">Attachments</h2>
      <p className="hint">Downloaded as files, never opened in the page. Check them in a safe place.</p>
      <ul>
        {report.attachments.map((attachment) => (
          <li key={attachment.id}>
            <a href={attachmentUrl(report.id, attachment.id)} download={attachment.filename}>
              {attachment.filename}
            </a>{' '}
            <span className="muted">
              ({formatBytes(attachment.size)}, {attachment.contentType}, SHA-256 <code className="hash">{attachment.sha256}</code>)
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Messages({ report, onSent }: { report: Report; onSent: () => void }) {
  const [body, setBody] = useState('');
  const action = useAction();
  async function submit(event: FormEvent) {
    event.preventDefault();
    const sent = await action.run(async () => {
      await api.post('/api/v1/reports/{id}/messages', { params: { id: report.id }, body: { body } });
      return true;
    });
    if (sent) {
      setBody('');
      onSent();
    }
  }
  return (
    <section aria-labelledby="messages">
      <h2 id="messages">Messages with the reporter</h2>
      {report.messages.length === 0 ? <p>No messages yet.</p> : null}
      <ol className="posts">
        {report.messages.map((message, index) => (
          <li key={index} className={`post post-${message.fromSide}`}>
            <p className="post-meta">
              <strong>{message.authorLabel}</strong> <Badge tone={message.fromSide === 'team' ? 'info' : 'muted'}>{message.fromSide === 'team' ? 'the team' : 'the reporter'}</Badge> <Time iso={message.createdAt} />
            </p>
            <div className="report-text">{message.body}</div>
          </li>
        ))}
      </ol>
      <form className="form" onSubmit={submit}>
        <TextAreaField label="Message to the reporter" hint="Sent by e-mail and shown on their tracking page." name="body" rows={4} required value={body} onChange={(event) => setBody(event.currentTarget.value)} />
        <ErrorMessage error={action.error} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={action.busy || body.trim() === ''}>
            {action.busy ? 'Sending…' : 'Send to the reporter'}
          </button>
        </div>
      </form>
    </section>
  );
}

type TriageChoice = 'accept' | 'merge' | 'close';

function TriageForm({ report, onClosed }: { report: Report; onClosed: () => void }) {
  const [choice, setChoice] = useState<TriageChoice>('accept');
  const [title, setTitle] = useState(report.title);
  const [caseId, setCaseId] = useState('');
  const [reason, setReason] = useState<CloseReason>('duplicate');
  const [message, setMessage] = useState('');
  const action = useAction();
  const cases = useResource((signal) => api.get('/api/v1/cases', { signal }), 'cases');
  const openCases = (cases.data?.cases ?? []).filter((kase) => ['triage', 'coordinating', 'scheduled'].includes(kase.state));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const text = message.trim();
    const body =
      choice === 'accept'
        ? { action: 'accept' as const, ...(title.trim() ? { title: title.trim() } : {}), ...(text ? { message: text } : {}) }
        : choice === 'merge'
          ? { action: 'merge' as const, caseId, ...(text ? { message: text } : {}) }
          : { action: 'close' as const, reason, message: text };
    const result = await action.run(() => api.post('/api/v1/reports/{id}/triage', { params: { id: report.id }, body }));
    if (!result) return;
    if (result.caseId) navigate(`/console/cases/${encodeURIComponent(result.caseId)}`);
    else onClosed();
  }

  const invalid = (choice === 'merge' && caseId === '') || (choice === 'close' && message.trim() === '');
  return (
    <section aria-labelledby="triage" className="panel">
      <h2 id="triage">Triage</h2>
      <form className="form" onSubmit={submit}>
        <RadioGroup
          legend="Decision"
          name="triage"
          value={choice}
          onChange={setChoice}
          options={[
            { value: 'accept', label: 'Accept into a new case' },
            { value: 'merge', label: 'Merge into an existing case' },
            { value: 'close', label: 'Close it, with a reason sent to the reporter' },
          ]}
        />
        {choice === 'accept' ? <TextField key="title" label="Case title" hint="Seen by the team and the invited maintainers." name="title" value={title} onChange={(event) => setTitle(event.currentTarget.value)} /> : null}
        {choice === 'merge' ? (
          <SelectField key="case" label="Case" name="caseId" value={caseId} onChange={(event) => setCaseId(event.currentTarget.value)} required>
            <option value="">{cases.status === 'loading' ? 'Loading the cases…' : 'Choose a case'}</option>
            {openCases.map((kase) => (
              <option key={kase.id} value={kase.id}>
                {kase.id}: {kase.title}
              </option>
            ))}
          </SelectField>
        ) : null}
        {choice === 'close' ? (
          <SelectField key="reason" label="Reason" name="reason" value={reason} onChange={(event) => setReason(event.currentTarget.value as CloseReason)}>
            {CLOSE_REASONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </SelectField>
        ) : null}
        <TextAreaField
          key={choice === 'close' ? 'required-message' : 'message'}
          label={choice === 'close' ? 'Message to the reporter' : 'Message to the reporter (optional)'}
          hint={choice === 'close' ? 'Explain the decision; the reporter receives it.' : 'Sent with the news that the report is being handled.'}
          name="message"
          rows={4}
          required={choice === 'close'}
          value={message}
          onChange={(event) => setMessage(event.currentTarget.value)}
        />
        <ErrorMessage error={action.error ?? cases.error} />
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={action.busy || invalid}>
            {choice === 'accept' ? 'Accept into a new case' : choice === 'merge' ? 'Merge into the case' : 'Close the report'}
          </button>
        </div>
      </form>
    </section>
  );
}
