import type { InputHTMLAttributes } from 'react';

/** A KERN error text beside its field, announced when it appears; `id` is what the field's aria-describedby names. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p className="kern-error" id={id} role="alert">
      <span className="kern-icon kern-icon--danger kern-icon--small" aria-hidden="true" />
      <span className="kern-body">{message}</span>
    </p>
  );
}

/** A KERN text input with its label, optional hint and error, wired by aria-describedby and aria-invalid. */
export function TextField({ id, label, hint, error, ...input }: { id: string; label: string; hint?: string; error?: string } & InputHTMLAttributes<HTMLInputElement>) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={id}>{label}</label>
      {hint ? <div className="kern-hint" id={`${id}-hint`}>{hint}</div> : null}
      <FieldError id={`${id}-error`} message={error} />
      <input className={`kern-form-input__input${error ? ' kern-form-input__input--error' : ''}`} id={id} aria-invalid={error ? true : undefined} aria-describedby={described} {...input} />
    </div>
  );
}

/** A KERN checkbox or radio with its label. */
export function Choice({ id, label, type, ...input }: { id: string; label: string; type: 'checkbox' | 'radio' } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className="kern-form-check">
      <input className={`kern-form-check__${type}`} type={type} id={id} {...input} />
      <label className="kern-label" htmlFor={id}>{label}</label>
    </div>
  );
}
