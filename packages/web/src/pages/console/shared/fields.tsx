import { useId } from 'react';
import type { ReactNode, Ref, TextareaHTMLAttributes } from 'react';

/** A labelled multi-line field with its hint and error tied to it, like TextField. */
export function TextAreaField({ label, hint, error, id, areaRef, ...area }: { label: string; hint?: ReactNode; error?: string | undefined; areaRef?: Ref<HTMLTextAreaElement> } & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const generated = useId();
  const areaId = id ?? generated;
  const hintId = hint ? `${areaId}-hint` : undefined;
  const errorId = error ? `${areaId}-error` : undefined;
  return (
    <div className="field">
      <label htmlFor={areaId}>{label}</label>
      {hint ? <p className="hint" id={hintId}>{hint}</p> : null}
      {error ? <p className="field-error" id={errorId}>{error}</p> : null}
      <textarea ref={areaRef} id={areaId} aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined} aria-invalid={error ? true : undefined} {...area} />
    </div>
  );
}

/** A group of radio buttons with a legend. */
export function RadioGroup<V extends string>({ legend, name, value, options, onChange, hint }: { legend: string; name: string; value: V; options: readonly { value: V; label: ReactNode }[]; onChange: (value: V) => void; hint?: ReactNode }) {
  const id = useId();
  return (
    <fieldset className="radio-group" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint ? <p className="hint" id={`${id}-hint`}>{hint}</p> : null}
      {options.map((option) => (
        <div className="checkbox" key={option.value}>
          <input type="radio" id={`${id}-${option.value}`} name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
          <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
        </div>
      ))}
    </fieldset>
  );
}
