import type { ReactNode, TextareaHTMLAttributes } from 'react';

/** A labelled multi-line field with its hint and error tied to it, like TextField. */
export function TextAreaField({ id, label, hint, error, ...textarea }: { id: string; label: string; hint?: ReactNode; error?: string | undefined } & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? <p className="hint" id={hintId}>{hint}</p> : null}
      {error ? <p className="field-error" id={errorId}>{error}</p> : null}
      <textarea id={id} aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined} aria-invalid={error ? true : undefined} {...textarea} />
    </div>
  );
}
