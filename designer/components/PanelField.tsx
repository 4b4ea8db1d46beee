/** A labelled text input of an add form with an optional hint and error. */
export function PanelField({ id, label, hint, error, value, onChange }: { id: string; label: string; hint?: string; error?: string; value: string; onChange(v: string): void }) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={id}>{label}</label>
      {hint ? <div className="kern-hint" id={`${id}-hint`}>{hint}</div> : null}
      {error ? <p className="kern-error" id={`${id}-error`} role="alert"><span className="kern-body">{error}</span></p> : null}
      <input id={id} className="kern-form-input__input" value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={described} aria-invalid={error ? true : undefined} />
    </div>
  );
}
