import { useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../ui/index.js';

const OPTIONS = ['pruefung', 'entscheidung', 'rueckfrage', 'frist', 'other'] as const;

/**
 * Asks why the clerk opens the case before anything is read: a short list of purposes and free
 * text. The chosen text is what the citizen reads in her access log.
 */
export function PurposeForm({ onChosen, refused }: { onChosen: (purpose: string) => void; refused?: string }) {
  const { t } = useTranslation('case');
  const [choice, setChoice] = useState<string>('');
  const [other, setOther] = useState('');
  const [error, setError] = useState<{ field: string; text: string } | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!choice) return setError({ field: 'purpose-pruefung', text: t('purpose.missing') });
    if (choice === 'other' && other.trim().length < 3) return setError({ field: 'purpose-other-text', text: t('purpose.missingOther') });
    setError(null);
    onChosen(choice === 'other' ? other.trim() : t(`purpose.options.${choice}`));
  };
  const shown = error ?? (refused ? { field: 'purpose-pruefung', text: t('purpose.refused', { message: refused }) } : null);
  const items = useMemo(() => (shown ? [{ field: shown.field, text: shown.text }] : []), [shown?.field, shown?.text]);
  return (
    <form onSubmit={submit} noValidate className="wb-purpose">
      <ErrorSummary items={items} id="purpose-problem" />
      <fieldset className="kern-fieldset" aria-describedby={shown && shown.field.startsWith('purpose-p') ? 'purpose-error' : undefined}>
        <legend className="kern-label">{t('purpose.legend')}</legend>
        {shown && shown.field.startsWith('purpose-p') ? <p className="kern-error" id="purpose-error" role="alert"><span className="kern-body">{shown.text}</span></p> : null}
        <div className="kern-fieldset__body">
          {OPTIONS.map((o) => (
            <div className="kern-form-check" key={o}>
              <input className="kern-form-check__radio" type="radio" name="purpose" id={`purpose-${o}`} value={o} checked={choice === o} onChange={() => setChoice(o)} />
              <label className="kern-label" htmlFor={`purpose-${o}`}>{t(`purpose.options.${o}`)}</label>
            </div>
          ))}
        </div>
      </fieldset>
      {choice === 'other' ? (
        <div className={`kern-form-input${shown?.field === 'purpose-other-text' ? ' kern-form-input--error' : ''}`}>
          <label className="kern-label" htmlFor="purpose-other-text">{t('purpose.other')}</label>
          <div className="kern-hint" id="purpose-other-hint">{t('purpose.otherHint')}</div>
          {shown?.field === 'purpose-other-text' ? <p className="kern-error" id="purpose-other-error" role="alert"><span className="kern-body">{shown.text}</span></p> : null}
          <input className="kern-form-input__input" id="purpose-other-text" value={other} onChange={(e) => setOther(e.target.value)} maxLength={300}
            aria-describedby={`purpose-other-hint${shown?.field === 'purpose-other-text' ? ' purpose-other-error' : ''}`} aria-invalid={shown?.field === 'purpose-other-text' || undefined} />
        </div>
      ) : null}
      <button type="submit" className="kern-btn kern-btn--primary"><span className="kern-label">{t('purpose.submit')}</span></button>
    </form>
  );
}
