import { formatBytes, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS, MAX_ATTACHMENTS_BYTES } from './attachments.ts';

/**
 * Files to send with the report. Limits are checked as files are chosen (by the form), before
 * anything is read, so a visitor learns at once rather than after a long upload.
 */
export function AttachmentsField({ id, files, onAdd, onRemove, error, encrypted }: { id: string; files: File[]; onAdd: (files: File[]) => void; onRemove: (file: File) => void; error: string | undefined; encrypted: boolean }) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label htmlFor={id}>Attachments (optional)</label>
      <p className="hint" id={hintId}>
        Up to {MAX_ATTACHMENTS} files, {formatBytes(MAX_ATTACHMENT_BYTES)} each and {formatBytes(MAX_ATTACHMENTS_BYTES)} together: a proof of concept, logs, screenshots. The team only ever downloads them; they are never opened in a browser.
        {encrypted ? ' With encryption on, each file is encrypted to the team\'s key too.' : ''}
      </p>
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
      <input
        id={id}
        type="file"
        multiple
        aria-describedby={[hintId, error ? errorId : ''].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        onChange={(event) => {
          const input = event.currentTarget;
          onAdd(Array.from(input.files ?? []));
          // The same file can be chosen again after removing it.
          input.value = '';
        }}
      />
      {files.length > 0 ? (
        <ul className="attachment-list" aria-label="Attached files">
          {files.map((file, index) => (
            <li key={`${index}:${file.name}`}>
              <span>
                {file.name} <span className="muted">({formatBytes(file.size)})</span>
              </span>
              <button type="button" className="button small" onClick={() => onRemove(file)}>
                Remove {file.name}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
