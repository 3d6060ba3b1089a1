import { useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { api, ApiError } from '../../../api/client.ts';
import { TextField } from '../../../components/fields.tsx';
import { ErrorMessage, Loading, Notice } from '../../../components/feedback.tsx';
import { Page } from '../../../components/page.tsx';
import { useResource } from '../../../components/resource.ts';
import { Time } from '../../../components/time.tsx';
import { Badge, Facts } from '../../../components/ui.tsx';
import { Link } from '../../../router/router.tsx';
import { useAction } from '../shared/action.ts';
import { ActionError } from '../shared/action-error.tsx';
import { useDebounced } from '../shared/debounce.ts';
import { TextAreaField } from '../shared/fields.tsx';
import { DiffTable } from './diff-table.tsx';
import { DraftEditor } from './draft-editor.tsx';
import { draftFromForm, formFromDraft } from './draft-form.ts';
import type { DraftForm } from './draft-form.ts';
import { draftPath } from './issues.ts';
import type { Issue } from './issues.ts';
import { CVE_STATE } from './labels.ts';
import type { RecordDetail } from './labels.ts';

type Team = NonNullable<RecordDetail['team']>;

export function RecordPage({ id }: { id: string }) {
  const record = useResource((signal) => api.get('/api/v1/cve/records/{id}', { params: { id }, signal }), id);
  if (record.status === 'loading' && !record.data) return <Loading />;
  if (!record.data) {
    const missing = record.error instanceof ApiError && record.error.status === 404;
    return (
      <Page title={missing ? 'CVE record not found' : 'CVE record'}>
        {missing ? <p>There is no record {id}.</p> : <ErrorMessage error={record.error} />}
        <p>
          <Link to="/console/cve">All CVE records</Link>
        </p>
      </Page>
    );
  }
  const detail = record.data;
  return (
    <Page title={`${detail.cveId}${detail.team?.title ? `: ${detail.team.title}` : ''}`} actions={<Link to="/console/cve">All CVE records</Link>}>
      <Facts
        items={[
          ['State', <Badge tone={CVE_STATE[detail.state].tone}>{CVE_STATE[detail.state].label}</Badge>],
          ['Public', detail.public ? 'yes' : 'no'],
          ['Published', detail.publishedAt ? <Time iso={detail.publishedAt} /> : null],
          ['Case', detail.team?.caseId ? <Link to={`/console/cases/${encodeURIComponent(detail.team.caseId)}`}>{detail.team.caseId}</Link> : null],
          ['ID from', detail.team?.source === 'cve-services' ? 'CVE Services' : detail.team?.source === 'import' ? 'the CVE List (imported)' : 'the local pool'],
          ['Revisions', detail.team ? String(detail.team.revisionCount) : null],
        ]}
      />
      {detail.team?.editable ? <RecordEditor key={`${detail.team.draftRevision ?? 0}-${detail.state}`} detail={detail} team={detail.team} onChanged={record.reload} /> : <ReadOnly detail={detail} />}
      {detail.team && detail.team.source !== 'import' && detail.state === 'REJECTED' ? <RestoreForm id={detail.cveId} onChanged={record.reload} /> : null}
      {detail.team ? <Revisions id={detail.cveId} count={detail.team.revisionCount} /> : null}
    </Page>
  );
}

function ReadOnly({ detail }: { detail: RecordDetail }) {
  return (
    <section aria-labelledby="released">
      <h2 id="released">The record</h2>
      {detail.state === 'REJECTED' ? <Notice kind="warning">This record is rejected; what was released is kept below. Restore it to edit and publish it again.</Notice> : null}
      {detail.team?.source === 'import' ? <Notice>This record was imported from the CVE List: xmppsec publishes only records it authors, so it is shown, not edited.</Notice> : null}
      {detail.record ? <pre className="record-json" tabIndex={0} aria-label="The released record (JSON)">{JSON.stringify(detail.record, null, 2)}</pre> : <p>Nothing has been released.</p>}
    </section>
  );
}

function RecordEditor({ detail, team, onChanged }: { detail: RecordDetail; team: Team; onChanged: () => void }) {
  const saved = useMemo(() => formFromDraft(team.draft), [team.draft]);
  const [form, setForm] = useState<DraftForm>(saved);
  const [note, setNote] = useState('');
  const built = useMemo(() => draftFromForm(form), [form]);
  const savedJson = useMemo(() => {
    const result = draftFromForm(saved);
    return result.ok ? JSON.stringify(result.draft) : '';
  }, [saved]);
  const dirty = !built.ok || JSON.stringify(built.draft) !== savedJson || team.draft === null;

  const settled = useDebounced(built, 400);
  const validation = useResource(
    (signal) => (settled.ok ? api.post('/api/v1/cve/validate', { body: { draft: settled.draft, cveId: detail.cveId }, signal }) : Promise.resolve(undefined)),
    settled.ok ? JSON.stringify(settled.draft) : `invalid:${settled.error}`,
  );
  const checking = built !== settled || validation.status === 'loading';
  const errors: Issue[] = settled.ok ? (validation.data?.errors ?? []) : [];
  const warnings: Issue[] = settled.ok ? (validation.data?.warnings ?? []) : [];

  const save = useAction();
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!built.ok) return;
    const body = { draft: built.draft, ...(note.trim() ? { note: note.trim() } : {}), ...(team.draftRevision !== null ? { expectedRevision: team.draftRevision } : {}) };
    const done = await save.run(() => api.put('/api/v1/cve/records/{id}/draft', { params: { id: detail.cveId }, body }));
    if (done) onChanged();
  }

  return (
    <>
      <form className="form cve-form" onSubmit={submit} aria-label="CVE record draft" noValidate>
        <DraftEditor form={form} onChange={setForm} issues={errors} />
        <section className="validation panel" aria-labelledby="validation">
          <h2 id="validation">Check against the CVE schema</h2>
          <p role="status" data-testid="validation-status">
            {!built.ok ? built.error : checking ? 'Checking…' : errors.length === 0 ? 'Valid: the record passes the official schema and the CVE Program\u2019s rules.' : `${errors.length} ${errors.length === 1 ? 'problem keeps' : 'problems keep'} it from being published.`}
          </p>
          <ErrorMessage error={validation.error} />
          {errors.length > 0 ? <IssueList title="Problems" issues={errors} testId="validation-errors" /> : null}
          {warnings.length > 0 ? <IssueList title="Warnings" issues={warnings} testId="validation-warnings" /> : null}
        </section>
        <TextField label="Why this change" hint="Kept with the revision." name="note" value={note} onChange={(event) => setNote(event.currentTarget.value)} />
        <ActionError
          error={save.error}
          onReload={() => {
            save.clear();
            onChanged();
          }}
          reloadLabel="Reload the record (your edits are lost)"
        />
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={save.busy || !built.ok || !dirty}>
            {save.busy ? 'Saving…' : 'Save the draft'}
          </button>
          {dirty && team.draft !== null ? <span className="muted">Unsaved changes.</span> : null}
        </div>
      </form>
      <PublishPanel detail={detail} team={team} dirty={dirty} valid={errors.length === 0 && !checking && built.ok} preview={validation.data?.record} onChanged={onChanged} />
      <RejectForm id={detail.cveId} published={detail.state === 'PUBLISHED'} onChanged={onChanged} />
    </>
  );
}

function IssueList({ title, issues, testId }: { title: string; issues: readonly Issue[]; testId: string }) {
  return (
    <>
      <h3>{title}</h3>
      <ul className="issues" data-testid={testId}>
        {issues.map((issue, index) => (
          <li key={index}>
            <code>{draftPath(issue.path)}</code>: {issue.message}
          </li>
        ))}
      </ul>
    </>
  );
}

function PublishPanel({ detail, team, dirty, valid, preview, onChanged }: { detail: RecordDetail; team: Team; dirty: boolean; valid: boolean; preview: Record<string, unknown> | undefined; onChanged: () => void }) {
  const [reviewing, setReviewing] = useState(false);
  const [note, setNote] = useState('');
  const publish = useAction();
  const [outcome, setOutcome] = useState<string>();
  const diff = useResource((signal) => (reviewing && detail.state === 'PUBLISHED' ? api.get('/api/v1/cve/records/{id}/diff', { params: { id: detail.cveId }, signal }) : Promise.resolve(undefined)), `${detail.cveId}|${reviewing}|${team.draftRevision}`);

  const embargoed = team.caseId !== null && !detail.public;

  async function run() {
    const result = await publish.run(() => api.post('/api/v1/cve/records/{id}/publish', { params: { id: detail.cveId }, body: note.trim() ? { note: note.trim() } : {} }));
    if (result) {
      setOutcome(result.outcome === 'unchanged' ? 'Nothing changed since the last publication: nothing was sent.' : `${result.cveId} ${result.outcome}${result.viaCveServices ? ' at CVE Services' : ''}.`);
      setReviewing(false);
      onChanged();
    }
  }

  return (
    <section aria-labelledby="publish" className="panel">
      <h2 id="publish">{detail.state === 'PUBLISHED' ? 'Publish an update' : 'Publish'}</h2>
      {outcome ? <Notice kind="success">{outcome}</Notice> : null}
      {embargoed ? (
        <p>
          This record belongs to case <Link to={`/console/cases/${encodeURIComponent(team.caseId!)}`}>{team.caseId}</Link> and is published with it, when its embargo ends and its advisory is approved.
        </p>
      ) : dirty ? (
        <p>Save the draft first: what is published is the saved draft.</p>
      ) : !valid ? (
        <p>Fix the problems above first.</p>
      ) : !reviewing ? (
        <button type="button" className="button" onClick={() => setReviewing(true)}>
          Review before publishing
        </button>
      ) : (
        <>
          {detail.state === 'PUBLISHED' ? (
            <>
              <ErrorMessage error={diff.error} />
              {diff.data ? <DiffTable changes={diff.data.changes} caption={`Changes from ${diff.data.from} to ${diff.data.to}`} /> : <Loading />}
            </>
          ) : (
            <>
              <p>This is its first publication: the whole record below becomes public.</p>
              {preview ? <pre className="record-json" data-testid="record-preview" tabIndex={0} aria-label="The record to be published (JSON)">{JSON.stringify(preview, null, 2)}</pre> : <Loading />}
            </>
          )}
          <TextField label="Publication note" hint="Why it is published or updated; kept with the revision." name="publishNote" value={note} onChange={(event) => setNote(event.currentTarget.value)} />
          <ActionError error={publish.error} />
          <div className="form-actions">
            <button type="button" className="button primary" disabled={publish.busy || (detail.state === 'PUBLISHED' && diff.data?.changes.length === 0)} onClick={run}>
              {detail.state === 'PUBLISHED' ? 'Publish the update' : 'Publish the record'}
            </button>
            <button type="button" className="button" onClick={() => setReviewing(false)}>
              Cancel
            </button>
          </div>
        </>
      )}
    </section>
  );
}

function RejectForm({ id, published, onChanged }: { id: string; published: boolean; onChanged: () => void }) {
  const [reasons, setReasons] = useState('');
  const [replacedBy, setReplacedBy] = useState('');
  const action = useAction();
  async function submit(event: FormEvent) {
    event.preventDefault();
    const lines = reasons.split('\n').map((line) => line.trim()).filter(Boolean);
    const ids = replacedBy.split(/[\s,]+/).map((value) => value.trim()).filter(Boolean);
    const done = await action.run(() => api.post('/api/v1/cve/records/{id}/reject', { params: { id }, body: { reasons: lines, ...(ids.length > 0 ? { replacedBy: ids } : {}) } }));
    if (done) onChanged();
  }
  return (
    <details className="status-details">
      <summary>Reject {published ? 'the published record' : 'this ID'}</summary>
      <form className="form" onSubmit={submit} aria-label="Reject the record">
        <p className="hint">Following the CVE Program&apos;s rules, a rejected ID stays on record with the reasons; it can be restored later.</p>
        <TextAreaField label="Reasons (English, one per line)" name="reasons" rows={3} required value={reasons} onChange={(event) => setReasons(event.currentTarget.value)} />
        <TextField label="Replaced by (CVE IDs, for duplicates)" name="replacedBy" value={replacedBy} onChange={(event) => setReplacedBy(event.currentTarget.value)} />
        <ActionError error={action.error} />
        <div className="form-actions">
          <button type="submit" className="button danger" disabled={action.busy || reasons.trim() === ''}>
            Reject {id}
          </button>
        </div>
      </form>
    </details>
  );
}

function RestoreForm({ id, onChanged }: { id: string; onChanged: () => void }) {
  const [reason, setReason] = useState('');
  const action = useAction();
  async function submit(event: FormEvent) {
    event.preventDefault();
    const done = await action.run(() => api.post('/api/v1/cve/records/{id}/restore', { params: { id }, body: { reason: reason.trim() } }));
    if (done) onChanged();
  }
  return (
    <section aria-labelledby="restore" className="panel">
      <h2 id="restore">Restore</h2>
      <form className="form" onSubmit={submit}>
        <TextAreaField label="Why it is restored" name="restoreReason" rows={2} required value={reason} onChange={(event) => setReason(event.currentTarget.value)} />
        <ActionError error={action.error} />
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={action.busy || reason.trim() === ''}>
            Restore {id}
          </button>
        </div>
      </form>
    </section>
  );
}

function Revisions({ id, count }: { id: string; count: number }) {
  const revisions = useResource((signal) => api.get('/api/v1/cve/records/{id}/revisions', { params: { id }, signal }), `${id}#${count}`);
  const [compare, setCompare] = useState<number>();
  const diff = useResource((signal) => (compare !== undefined ? api.get('/api/v1/cve/records/{id}/diff', { params: { id }, query: { from: compare - 1, to: compare }, signal }) : Promise.resolve(undefined)), `${id}|${compare ?? ''}`);
  return (
    <section aria-labelledby="revisions">
      <h2 id="revisions">Revisions</h2>
      <ErrorMessage error={revisions.error} />
      {revisions.data && revisions.data.length === 0 ? <p>No revisions yet.</p> : null}
      {revisions.data && revisions.data.length > 0 ? (
        <div className="table-wrap" role="region" aria-labelledby="revisions" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Kind</th>
                <th scope="col">Valid</th>
                <th scope="col">By</th>
                <th scope="col">When</th>
                <th scope="col">Why</th>
                <th scope="col">Changes</th>
              </tr>
            </thead>
            <tbody>
              {[...revisions.data].reverse().map((revision) => (
                <tr key={revision.number}>
                  <th scope="row">{revision.number}</th>
                  <td>{revision.kind}</td>
                  <td>{revision.valid ? 'yes' : `no (${revision.errorCount})`}</td>
                  <td>{revision.author}</td>
                  <td className="nowrap">
                    <Time iso={revision.createdAt} />
                  </td>
                  <td>{revision.reason ?? '—'}</td>
                  <td>
                    {revision.number > 1 ? (
                      <button type="button" className="button small" aria-pressed={compare === revision.number} onClick={() => setCompare(compare === revision.number ? undefined : revision.number)}>
                        Compare with {revision.number - 1}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {compare !== undefined ? (
        <>
          <ErrorMessage error={diff.error} />
          {diff.data ? <DiffTable changes={diff.data.changes} caption={`Changes from ${diff.data.from} to ${diff.data.to}`} /> : null}
        </>
      ) : null}
    </section>
  );
}
