import { ApiError } from '../../../api/client.ts';
import { ErrorMessage } from '../../../components/feedback.tsx';

/**
 * Codes for "someone else saved first" (optimistic concurrency): the person must reload before
 * trying again, so the message says exactly that and offers the reload.
 */
const CONFLICTS: Record<string, string> = {
  case_conflict: 'Someone changed this case while you were working on it. Reload the case to see the current state, then make your change again.',
  revision_conflict: 'Someone saved a newer revision while you were editing. Load the latest revision, then apply your change again.',
  cve_draft_conflict: 'Someone saved a newer draft of this record while you were editing. Reload the record, then apply your change again.',
};

function isConflict(error: unknown): error is ApiError {
  return error instanceof ApiError && error.code in CONFLICTS;
}

/** A failed action, explained; a conflict gets its own message and a reload button. */
export function ActionError({ error, onReload, reloadLabel = 'Reload' }: { error: unknown; onReload?: (() => void) | undefined; reloadLabel?: string }) {
  if (!isConflict(error)) return <ErrorMessage error={error} />;
  return (
    <div className="notice notice-error conflict" role="alert">
      <p>
        <strong>{CONFLICTS[error.code]}</strong>
      </p>
      <p className="muted">{error.message}</p>
      {onReload ? (
        <button type="button" className="button small" onClick={onReload}>
          {reloadLabel}
        </button>
      ) : null}
    </div>
  );
}
