/**
 * A labelled form field with its hint and error tied to the input by aria-describedby (the error
 * also sets aria-invalid). The child is the input; it receives id and ARIA attributes.
 */
import { cloneElement, type ReactElement } from 'react';

interface Props {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | null | undefined;
  children: ReactElement<Record<string, unknown>>;
  className?: string;
}

export function describedBy(id: string, hint?: string | null, error?: string | null): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function Field({ id, label, hint, error, children, className }: Props) {
  return (
    <div className={`field${error ? ' has-error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      {cloneElement(children, { id, 'aria-describedby': describedBy(id, hint, error), 'aria-invalid': error ? true : undefined })}
    </div>
  );
}
