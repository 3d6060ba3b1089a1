import { useState } from 'react';
import { useAction } from './action.ts';
import { ActionError } from './action-error.tsx';

/**
 * Two steps, so a stray click cannot lock someone out or break an integration: the button, then a
 * confirmation that says what will happen, with the action named in full.
 */
export function ConfirmButton({ verb, subject, warning, onConfirm, onDone }: { verb: string; subject: string; warning: string; onConfirm: () => Promise<unknown>; onDone: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const action = useAction();
  if (!confirming) {
    return (
      <button type="button" className="button small" onClick={() => setConfirming(true)} aria-label={`${verb} ${subject}`}>
        {verb}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={`${verb} ${subject}?`}>
      <span>{warning}</span>
      <button type="button" className="button small danger" autoFocus disabled={action.busy} onClick={() =>
          // run() gives undefined for a failure, so the success is marked explicitly (a 204 has no body).
          void action.run(async () => { await onConfirm(); return true; }).then((succeeded) => succeeded && onDone())
        }>
        {verb} {subject}
      </button>
      <button type="button" className="button small" onClick={() => setConfirming(false)}>
        Cancel
      </button>
      <ActionError error={action.error} />
    </div>
  );
}
