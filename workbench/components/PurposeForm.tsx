import { useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../ui/index.js';

const OPTIONS = ['pruefung', 'entscheidung', 'rueckfrage', 'frist', 'other'] as const;
/** For staff of an authority asked for a statement: that purpose first. */
const STATEMENT_OPTIONS = ['stellungnahme', ...OPTIONS] as const;

/**
 * Asks why the clerk opens the case before anything is read: a short list of purposes and free
 * text. The chosen text is what the citizen reads in her access log. `statement`: the clerk's
 * authority is asked for a statement on the case, which is then the first purpose offered.
 */
export function PurposeForm({ onChosen, refused, statement = false }: { onChosen: (purpose: string) => void; refused?: string; statement?: boolean }) {
  const { t } = useTranslation('case');
  const [choice, setChoice] = useState<string>('');
  const [other, setOther] = useState('');
  const [error, setError] = useState<{ field: string; text: string } | null>(null);
  const options = statement ? STATEMENT_OPTIONS : OPTIONS;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!choice) return setError({ field: `purpose-${options[0]}`, text: t('purpose.missing') });
    if (choice === 'other' && other.trim().length < 3) return setError({ field: 'purpose-other-text', text: t('purpose.missingOther') });
    setError(null);
    onChosen(choice === 'other' ? other.trim() : t(`purpose.options.${choice}`));
  };
  const shown = error ?? (refused ? { field: `purpose-${options[0]}`, text: t('purpose.refused', { message: refused }) } : null);
  // The problem is with the choice itself (not the free text).
  const onChoice = shown !== null && shown.field !== 'purpose-other-text';
  const items = useMemo(() => (shown ? [{ field: shown.field, text: shown.text }] : []), [shown?.field, shown?.text]);
  return (
    <form onSubmit={submit} noValidate className="wb-purpose">
      <ErrorSummary items={items} id="purpose-problem" />
      <fieldset className="kern-fieldset" aria-describedby={onChoice ? 'purpose-error' : undefined}>
        <legend className="kern-label">{t('purpose.legend')}</legend>
        {onChoice ? <p className="kern-error" id="purpose-error" role="alert"><span className="kern-body">{shown.text}</span></p> : null}
        <div className="kern-fieldset__body">
          {options.map((o) => (
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
