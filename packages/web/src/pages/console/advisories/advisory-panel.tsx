import { useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../../api/client.ts';
import type { ApiResponse } from '../../../api/client.ts';
import { SelectField, TextField } from '../../../components/fields.tsx';
import { ErrorMessage, Loading, Notice } from '../../../components/feedback.tsx';
import { useResource } from '../../../components/resource.ts';
import { Time } from '../../../components/time.tsx';
import { Badge } from '../../../components/ui.tsx';
import { Link } from '../../../router/router.tsx';
import { PROJECT_STATUS } from '../../advisories/labels.ts';
import type { AdvisoryContent } from '../../advisories/labels.ts';
import { formatUtc, fromUtcInput, toUtcInput } from '../cases/embargo.ts';
import { SEVERITIES } from '../cases/labels.ts';
import type { Case, Severity } from '../cases/labels.ts';
import { useAction } from '../shared/action.ts';
import { ActionError } from '../shared/action-error.tsx';
import { TextAreaField } from '../shared/fields.tsx';

type Draft = ApiResponse<'/api/v1/cases/{id}/advisory', 'get'>;

const STATE: Record<Draft['state'], { label: string; tone: 'warn' | 'info' | 'ok' }> = {
  draft: { label: 'draft', tone: 'warn' },
  approved: { label: 'approved: publishes at the embargo\u2019s end', tone: 'info' },
  published: { label: 'published', tone: 'ok' },
};

/**
 * The case's advisory: the draft's text, what still blocks approval, approval and its withdrawal,
 * and, once public, revisions and the state of each publication step. The status table and the
 * CVE IDs are taken from the case at the moment of publication, so they are shown, not edited.
 */
export function AdvisoryPanel({ kase, onCaseChanged }: { kase: Case; onCaseChanged: () => void }) {
  const advisory = useResource((signal) => api.get('/api/v1/cases/{id}/advisory', { params: { id: kase.id }, signal }), `${kase.id}@${kase.version}`);
  return (
    <section aria-labelledby="advisory">
      <h2 id="advisory">Advisory</h2>
      <ErrorMessage error={advisory.error} />
      {!advisory.data ? (
        <Loading />
      ) : (
        <AdvisoryEditor
          key={`${advisory.data.state}-${advisory.data.revision}`}
          kase={kase}
          draft={advisory.data}
          onChanged={() => {
            advisory.reload();
            onCaseChanged();
          }}
          onSaved={advisory.reload}
        />
      )}
    </section>
  );
}

function AdvisoryEditor({ kase, draft, onChanged, onSaved }: { kase: Case; draft: Draft; onChanged: () => void; onSaved: () => void }) {
  const [content, setContent] = useState<AdvisoryContent>(draft.draft);
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState(false);
  const action = useAction();
  const dirty = JSON.stringify(content) !== JSON.stringify(draft.draft);
  const editable = draft.state !== 'approved';
  const set = <K extends keyof AdvisoryContent>(key: K, value: AdvisoryContent[K]) => {
    setSaved(false);
    setContent((current) => ({ ...current, [key]: value }));
  };
  const reloadAfterConflict = () => {
    action.clear();
    onChanged();
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    if (draft.state === 'published') {
      const done = await action.run(() => api.post('/api/v1/cases/{id}/advisory/revisions', { params: { id: kase.id }, body: { draft: content, note: note.trim() } }));
      if (done) onChanged();
      return;
    }
    const done = await action.run(() => api.put('/api/v1/cases/{id}/advisory', { params: { id: kase.id }, body: { draft: content } }));
    if (done) {
      setSaved(true);
      onSaved();
    }
  }

  async function approve() {
    const done = await action.run(async () => {
      if (dirty) await api.put('/api/v1/cases/{id}/advisory', { params: { id: kase.id }, body: { draft: content } });
      return api.post('/api/v1/cases/{id}/advisory/approve', { params: { id: kase.id }, body: { expectedVersion: kase.version } });
    });
    if (done) onChanged();
  }

  async function withdraw() {
    const done = await action.run(() => api.post('/api/v1/cases/{id}/advisory/withdraw', { params: { id: kase.id }, body: { expectedVersion: kase.version } }));
    if (done) onChanged();
  }

  return (
    <>
      <p>
        <Badge tone={STATE[draft.state].tone}>{STATE[draft.state].label}</Badge>
        {draft.approvedAt ? (
          <span className="muted">
            {' '}
            Approved <Time iso={draft.approvedAt} /> by {draft.approvedBy}.
          </span>
        ) : null}
        {draft.publishedAt ? (
          <>
            {' '}
            <Link to={`/advisories/${encodeURIComponent(draft.id)}`}>The public advisory</Link> (revision {draft.revision})
          </>
        ) : null}
      </p>
      {draft.state !== 'published' ? <Blockers blockers={draft.blockers} embargoAt={kase.embargoAt} /> : null}
      <form className="form advisory-form" onSubmit={save} aria-label="Advisory draft">
        <fieldset disabled={!editable}>
          <legend>{editable ? 'Text of the advisory' : 'Text of the advisory (withdraw the approval to edit it)'}</legend>
          <TextField label="Advisory title" name="advisoryTitle" required value={content.title} onChange={(event) => set('title', event.currentTarget.value)} />
          <TextAreaField label="Advisory summary" hint="Paragraphs separated by blank lines; XEP-0280 and RFC 6120 become links." name="advisorySummary" rows={6} value={content.summary} onChange={(event) => set('summary', event.currentTarget.value)} />
          <SelectField label="Advisory severity" name="advisorySeverity" value={content.severity ?? ''} onChange={(event) => set('severity', event.currentTarget.value === '' ? null : (event.currentTarget.value as Severity))}>
            <option value="">not rated</option>
            {SEVERITIES.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </SelectField>
          <TextAreaField label="Workarounds" name="workarounds" rows={3} value={content.workarounds} onChange={(event) => set('workarounds', event.currentTarget.value)} />
          <RowsEditor
            legend="References"
            rows={content.references}
            blank={{ url: '', name: '' }}
            onChange={(rows) => set('references', rows)}
            fields={[
              { key: 'url', label: 'URL', type: 'url' },
              { key: 'name', label: 'Name' },
            ]}
          />
          <RowsEditor
            legend="Credits"
            rows={content.credits}
            blank={{ name: '', role: 'finder' }}
            onChange={(rows) => set('credits', rows)}
            fields={[
              { key: 'name', label: 'Name' },
              { key: 'role', label: 'Role', hint: 'finder, reporter, coordinator, remediation developer…' },
            ]}
          />
          <TimelineEditor rows={content.timeline} onChange={(rows) => set('timeline', rows)} />
        </fieldset>
        <CaseFacts kase={kase} />
        {draft.state === 'published' ? <TextAreaField label="What changed in this revision" hint="Shown in the advisory's revision history." name="revisionNote" rows={2} required value={note} onChange={(event) => setNote(event.currentTarget.value)} /> : null}
        <ActionError error={action.error} onReload={reloadAfterConflict} reloadLabel="Reload the case" />
        {saved && !dirty ? <Notice kind="success">Draft saved.</Notice> : null}
        <div className="form-actions">
          {draft.state === 'draft' ? (
            <>
              <button type="submit" className="button" disabled={action.busy || !dirty}>
                Save the draft
              </button>
              <button type="button" className="button primary" disabled={action.busy || draft.blockers.length > 0} onClick={approve}>
                {dirty ? 'Save and approve for publication' : 'Approve for publication'}
              </button>
            </>
          ) : null}
          {draft.state === 'approved' ? (
            <button type="button" className="button" disabled={action.busy} onClick={withdraw}>
              Withdraw the approval
            </button>
          ) : null}
          {draft.state === 'published' ? (
            <button type="submit" className="button primary" disabled={action.busy || !dirty || note.trim() === ''}>
              Publish a revision
            </button>
          ) : null}
        </div>
      </form>
      {draft.steps.length > 0 ? <Steps steps={draft.steps} /> : null}
    </>
  );
}

function Blockers({ blockers, embargoAt }: { blockers: string[]; embargoAt: string | null }) {
  if (blockers.length === 0) {
    return <Notice kind="success">Nothing blocks approval. Once approved, the advisory and the case&apos;s CVE records are published together{embargoAt ? ` at ${formatUtc(new Date(embargoAt))}` : ''}.</Notice>;
  }
  return (
    <div className="notice notice-warning" data-testid="advisory-blockers">
      <p>
        <strong>Before it can be approved:</strong>
      </p>
      <ul>
        {blockers.map((blocker, index) => (
          <li key={index}>{blocker}</li>
        ))}
      </ul>
    </div>
  );
}

function CaseFacts({ kase }: { kase: Case }) {
  const cveIds = kase.vulnerabilities.flatMap((vulnerability) => (vulnerability.cveId ? [vulnerability.cveId] : []));
  return (
    <div className="advisory-facts">
      <h3>From the case at publication</h3>
      <p className="hint">The status table and the CVE IDs are taken from the case when the advisory is published; this is how they stand now.</p>
      <p>CVE IDs: {cveIds.length > 0 ? cveIds.join(', ') : 'none yet'}</p>
      <ul className="compact-list">
        {kase.projects.map((project) => (
          <li key={project.projectKey}>
            {project.displayName}: <Badge tone={PROJECT_STATUS[project.status].tone}>{PROJECT_STATUS[project.status].label}</Badge>
            {project.fixedIn ? ` fixed in ${project.fixedIn}` : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Steps({ steps }: { steps: Draft['steps'] }) {
  return (
    <section aria-labelledby="publication-steps">
      <h3 id="publication-steps">Publication steps</h3>
      <div className="table-wrap" role="region" aria-labelledby="publication-steps" tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">Revision</th>
              <th scope="col">Status</th>
              <th scope="col">Attempts</th>
              <th scope="col">Last error</th>
              <th scope="col">Done</th>
            </tr>
          </thead>
          <tbody>
            {steps.map((step) => (
              <tr key={`${step.step}-${step.revision}`}>
                <th scope="row">
                  <code>{step.step}</code>
                </th>
                <td>{step.revision}</td>
                <td>
                  <Badge tone={step.status === 'done' ? 'ok' : step.status === 'failed' ? 'bad' : 'warn'}>{step.status}</Badge>
                </td>
                <td>{step.attempts}</td>
                <td>{step.lastError ?? '—'}</td>
                <td>{step.doneAt ? <Time iso={step.doneAt} /> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

interface RowField<R> {
  key: keyof R & string;
  label: string;
  type?: string;
  hint?: string;
}

/** A list of small records edited in place: one row of fields each, add and remove. */
function RowsEditor<R extends Record<string, string>>({ legend, rows, blank, fields, onChange }: { legend: string; rows: R[]; blank: R; fields: RowField<R>[]; onChange: (rows: R[]) => void }) {
  const update = (index: number, key: keyof R, value: string) => onChange(rows.map((row, at) => (at === index ? { ...row, [key]: value } : row)));
  return (
    <fieldset className="rows-editor">
      <legend>{legend}</legend>
      {rows.length === 0 ? <p className="hint">None yet.</p> : null}
      {rows.map((row, index) => (
        <div className="form-row row-item" key={index} role="group" aria-label={`${legend} ${index + 1}`}>
          {fields.map((field) => (
            <TextField key={field.key} label={`${field.label} (${index + 1})`} hint={field.hint} type={field.type ?? 'text'} value={row[field.key]} onChange={(event) => update(index, field.key, event.currentTarget.value)} />
          ))}
          <div className="row-actions">
            <button type="button" className="button small" onClick={() => onChange(rows.filter((_, at) => at !== index))} aria-label={`Remove ${legend.toLowerCase()} ${index + 1}`}>
              Remove
            </button>
          </div>
        </div>
      ))}
      <button type="button" className="button small" onClick={() => onChange([...rows, { ...blank }])}>
        Add {legend.toLowerCase().replace(/s$/, '')}
      </button>
    </fieldset>
  );
}

function TimelineEditor({ rows, onChange }: { rows: AdvisoryContent['timeline']; onChange: (rows: AdvisoryContent['timeline']) => void }) {
  const update = (index: number, patch: Partial<AdvisoryContent['timeline'][number]>) => onChange(rows.map((row, at) => (at === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className="rows-editor">
      <legend>Timeline</legend>
      <p className="hint">Times in UTC. &ldquo;Advisory published&rdquo; is set to the real instant at publication.</p>
      {rows.map((row, index) => (
        <div className="form-row row-item" key={index} role="group" aria-label={`Timeline entry ${index + 1}`}>
          <TextField
            label={`When, UTC (${index + 1})`}
            type="datetime-local"
            value={toUtcInput(new Date(row.at))}
            onChange={(event) => {
              const at = fromUtcInput(event.currentTarget.value);
              if (at) update(index, { at: at.toISOString() });
            }}
          />
          <TextField label={`Event (${index + 1})`} value={row.event} onChange={(event) => update(index, { event: event.currentTarget.value })} />
          <div className="row-actions">
            <button type="button" className="button small" onClick={() => onChange(rows.filter((_, at) => at !== index))} aria-label={`Remove timeline entry ${index + 1}`}>
              Remove
            </button>
          </div>
        </div>
      ))}
      <button type="button" className="button small" onClick={() => onChange([...rows, { at: new Date().toISOString(), event: '' }])}>
        Add timeline entry
      </button>
    </fieldset>
  );
}
