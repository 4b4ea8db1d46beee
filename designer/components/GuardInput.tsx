import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

const show = (guard: unknown) => (guard === undefined ? '' : JSON.stringify(guard));

/**
 * A guard as JSON Logic text (`{"==": [{"var": "event.data.art"}, "neu"]}`), applied when the
 * field is left; empty removes the guard. Text that is no JSON stays in the field, marked.
 */
export function GuardInput({ id, guard, onCommit }: { id: string; guard: unknown; onCommit(guard: unknown): void }) {
  const { t } = useTranslation('editor');
  const [text, setText] = useState(show(guard));
  const [invalid, setInvalid] = useState(false);
  useEffect(() => { setText(show(guard)); setInvalid(false); }, [guard]);
  const commit = () => {
    if (text === show(guard)) return;
    if (!text.trim()) return onCommit(undefined);
    try {
      const value = JSON.parse(text) as unknown;
      setInvalid(false);
      onCommit(value);
    } catch {
      setInvalid(true);
    }
  };
  return (
    <div className={`kern-form-input${invalid ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={id}>{t('transitions.guard')}</label>
      {invalid ? <p className="kern-error" id={`${id}-error`} role="alert"><span className="kern-body">{t('transitions.guardInvalid')}</span></p> : null}
      <textarea id={id} className="kern-form-input__input dz-guard" rows={2} value={text} spellCheck={false} onChange={(e) => setText(e.target.value)} onBlur={commit}
        aria-describedby={invalid ? `${id}-error` : undefined} aria-invalid={invalid ? true : undefined} />
    </div>
  );
}
