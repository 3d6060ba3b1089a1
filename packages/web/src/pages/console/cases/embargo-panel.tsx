import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../../api/client.ts';
import { TextField } from '../../../components/fields.tsx';
import { Time } from '../../../components/time.tsx';
import { useAction } from '../shared/action.ts';
import { ActionError } from '../shared/action-error.tsx';
import { TextAreaField } from '../shared/fields.tsx';
import { describeRemaining, formatLocal, formatUtc, fromUtcInput, toUtcInput } from './embargo.ts';
import type { Case } from './labels.ts';

/** The embargo's end, counting down, and (for the team) the form to move it with a reason. */
export function EmbargoPanel({ kase, canChange, onChanged }: { kase: Case; canChange: boolean; onChanged: () => void }) {
  const embargo = kase.embargoAt ? new Date(kase.embargoAt) : undefined;
  return (
    <section aria-labelledby="embargo" className="panel embargo">
      <h2 id="embargo">Embargo</h2>
      {embargo ? <EmbargoEnd at={embargo} published={kase.publishedAt !== null} /> : <p>No embargo is set: nothing is scheduled for publication.</p>}
      {kase.embargoChanges.length > 0 ? (
        <details>
          <summary>Changes ({kase.embargoChanges.length})</summary>
          <ol className="compact-list">
            {kase.embargoChanges.map((change, index) => (
              <li key={index}>
                <Time iso={change.changedAt} />: {change.toAt ? formatUtc(new Date(change.toAt)) : 'no end'} (was {change.fromAt ? formatUtc(new Date(change.fromAt)) : 'none'}), by {change.changedBy}. Reason: {change.reason}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      {canChange ? <EmbargoForm kase={kase} onChanged={onChanged} /> : null}
    </section>
  );
}

function EmbargoEnd({ at, published }: { at: Date; published: boolean }) {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(timer);
  }, []);
  const remaining = describeRemaining(now, at);
  return (
    <div className="embargo-end">
      <p className="embargo-instant">
        Ends <time dateTime={at.toISOString()} data-testid="embargo-utc">{formatUtc(at)}</time>
      </p>
      <p>
        Your time: <span data-testid="embargo-local">{formatLocal(at)}</span>
      </p>
      <p className="countdown" data-testid="embargo-countdown">
        {remaining.ended ? (published ? `Ended ${remaining.text} ago; published.` : `Ended ${remaining.text} ago.`) : `${remaining.text} to go.`}
      </p>
    </div>
  );
}

function EmbargoForm({ kase, onChanged }: { kase: Case; onChanged: () => void }) {
  const proposed = kase.embargoAt ? new Date(kase.embargoAt) : new Date(new Date(kase.acceptedAt).getTime() + 90 * 86_400_000);
  const [value, setValue] = useState(toUtcInput(proposed));
  const [reason, setReason] = useState('');
  const action = useAction();
  const parsed = fromUtcInput(value);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!parsed) return;
    const done = await action.run(() => api.put('/api/v1/cases/{id}/embargo', { params: { id: kase.id }, body: { expectedVersion: kase.version, embargoAt: parsed.toISOString(), reason: reason.trim() } }));
    if (done) {
      setReason('');
      onChanged();
    }
  }

  return (
    <form className="form" onSubmit={submit}>
      <h3>{kase.embargoAt ? 'Move the embargo' : 'Set the embargo'}</h3>
      <div className="form-row">
        <TextField
          label="New end (UTC)"
          hint={parsed ? `That is ${formatLocal(parsed)} in your time zone.` : 'A date and time in UTC.'}
          error={value !== '' && !parsed ? 'Enter a complete date and time.' : undefined}
          type="datetime-local"
          name="embargoAt"
          required
          value={value}
          onChange={(event) => setValue(event.currentTarget.value)}
        />
      </div>
      <TextAreaField label="Reason" hint="Everyone in the case is told." name="reason" rows={2} required value={reason} onChange={(event) => setReason(event.currentTarget.value)} />
      <ActionError error={action.error} onReload={() => { action.clear(); onChanged(); }} reloadLabel="Reload the case" />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={action.busy || !parsed || reason.trim() === ''}>
          {kase.embargoAt ? 'Move the embargo' : 'Set the embargo'}
        </button>
      </div>
    </form>
  );
}
