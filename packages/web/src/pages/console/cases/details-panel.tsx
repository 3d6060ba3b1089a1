import { useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../../api/client.ts';
import { SelectField, TextField } from '../../../components/fields.tsx';
import { useAction } from '../shared/action.ts';
import { ActionError } from '../shared/action-error.tsx';
import { TextAreaField } from '../shared/fields.tsx';
import { CASE_STATE, MANUAL_TRANSITIONS, SEVERITIES } from './labels.ts';
import type { Case, CaseState, Severity } from './labels.ts';

/** The team edits the case's title, summary, severity and (by hand, where allowed) its state. */
export function DetailsPanel({ kase, onChanged }: { kase: Case; onChanged: () => void }) {
  const [title, setTitle] = useState(kase.title);
  const [summary, setSummary] = useState(kase.summary);
  const [severity, setSeverity] = useState<Severity | ''>(kase.severity ?? '');
  const [state, setState] = useState<CaseState>(kase.state);
  const [reason, setReason] = useState('');
  const action = useAction();
  const transitions = MANUAL_TRANSITIONS[kase.state];
  const needsReason = state !== kase.state && (state === 'closed' || state === 'rejected');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = {
      expectedVersion: kase.version,
      ...(title !== kase.title ? { title } : {}),
      ...(summary !== kase.summary ? { summary } : {}),
      ...(severity !== (kase.severity ?? '') ? { severity: severity === '' ? null : severity } : {}),
      ...(state !== kase.state ? { state, ...(reason.trim() ? { reason: reason.trim() } : {}) } : {}),
    };
    const done = await action.run(() => api.patch('/api/v1/cases/{id}', { params: { id: kase.id }, body }));
    if (done) {
      setReason('');
      onChanged();
    }
  }

  const unchanged = title === kase.title && summary === kase.summary && severity === (kase.severity ?? '') && state === kase.state;
  return (
    <details className="status-details">
      <summary>Edit the case</summary>
      <form className="form" onSubmit={submit} aria-label="Edit the case">
        <TextField label="Title" name="title" required value={title} onChange={(event) => setTitle(event.currentTarget.value)} />
        <TextAreaField label="Summary" hint="Starts the advisory's text." name="summary" rows={5} value={summary} onChange={(event) => setSummary(event.currentTarget.value)} />
        <div className="form-row">
          <SelectField label="Severity" name="severity" value={severity} onChange={(event) => setSeverity(event.currentTarget.value as Severity | '')}>
            <option value="">not rated</option>
            {SEVERITIES.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </SelectField>
          <SelectField label="State" name="state" hint={transitions.length === 0 ? 'This state is final.' : 'Publication is scheduled by approving the advisory.'} value={state} onChange={(event) => setState(event.currentTarget.value as CaseState)}>
            {[kase.state, ...transitions].map((value) => (
              <option key={value} value={value}>
                {CASE_STATE[value].label}
              </option>
            ))}
          </SelectField>
        </div>
        {needsReason ? <TextAreaField label="Reason" hint="Required to close or reject a case." name="stateReason" rows={2} required value={reason} onChange={(event) => setReason(event.currentTarget.value)} /> : null}
        <ActionError
          error={action.error}
          onReload={() => {
            action.clear();
            onChanged();
          }}
          reloadLabel="Reload the case"
        />
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={action.busy || unchanged || (needsReason && reason.trim() === '')}>
            Save the case
          </button>
        </div>
      </form>
    </details>
  );
}
