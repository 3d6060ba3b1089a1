import { useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../../api/client.ts';
import { useAction } from '../shared/action.ts';
import { ActionError } from '../shared/action-error.tsx';
import { TextAreaField } from '../shared/fields.tsx';

/** Archive with a reason (kept and shown on the project), or bring an archived project back. */
export function ArchiveForm({ slug, name, archived, onDone }: { slug: string; name: string; archived: boolean; onDone: () => void }) {
  const [reason, setReason] = useState('');
  const action = useAction();
  async function submit(event: FormEvent) {
    event.preventDefault();
    const done = await action.run(() => (archived ? api.post('/api/v1/projects/{slug}/unarchive', { params: { slug } }) : api.post('/api/v1/projects/{slug}/archive', { params: { slug }, body: { reason: reason.trim() } })));
    if (done) {
      setReason('');
      onDone();
    }
  }
  return (
    <details className="status-details">
      <summary>{archived ? `Bring ${name} back` : `Archive ${name}`}</summary>
      <form className="form" onSubmit={submit} aria-label={archived ? `Unarchive ${name}` : `Archive ${name}`}>
        {archived ? (
          <p className="hint">It returns to the directory&apos;s lists and counts as maintained again once a signal arrives.</p>
        ) : (
          <TextAreaField label="Why it is archived" hint="Shown on the project's page." name="archiveReason" rows={2} required value={reason} onChange={(event) => setReason(event.currentTarget.value)} />
        )}
        <ActionError error={action.error} />
        <div className="form-actions">
          <button type="submit" className={`button ${archived ? 'primary' : 'danger'}`} disabled={action.busy || (!archived && reason.trim() === '')}>
            {archived ? `Unarchive ${name}` : `Archive ${name}`}
          </button>
        </div>
      </form>
    </details>
  );
}
