import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorSummary } from '../../ui/index.js';
import type { SummaryItem } from '../../ui/index.js';
import { createDraft } from '../api/definitions.js';
import { procedureSkeleton } from '../model/index.js';

const ID = /^[a-z][a-z0-9-]{1,62}$/;
const FIELDS = ['id', 'titleDe', 'titleEn', 'authority', 'legalBasis'] as const;
type Field = (typeof FIELDS)[number];

/** Creates a procedure from scratch: a small skeleton that validates, opened in the editor. */
export function NewProcedureForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const [values, setValues] = useState<Record<Field, string>>({ id: '', titleDe: '', titleEn: '', authority: 'buergeramt', legalBasis: '' });
  const [errors, setErrors] = useState<SummaryItem[]>([]);
  const [failure, setFailure] = useState<string | undefined>();
  const errorOf = (f: Field) => errors.find((e) => e.field === `new-${f}`)?.text;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: SummaryItem[] = FIELDS.filter((f) => !values[f].trim()).map((f) => ({ field: `new-${f}`, text: t('create.required', { field: t(`create.${f}`) }) }));
    if (values.id && !ID.test(values.id)) found.unshift({ field: 'new-id', text: t('create.idInvalid') });
    setErrors(found);
    if (found.length) return;
    try {
      await createDraft(procedureSkeleton(values.id, { de: values.titleDe, en: values.titleEn }, values.authority, values.legalBasis));
      await queries.invalidateQueries({ queryKey: ['definitions'] });
      await navigate(`/verfahren/${values.id}`);
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <form className="dz-section" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="new-title">
      <h2 id="new-title" className="kern-heading-medium">{t('create.title')}</h2>
      <ErrorSummary id="new-errors" items={errors} />
      {failure ? <div className="kern-alert kern-alert--danger" role="alert"><div className="kern-alert__body"><p className="kern-body">{t('failed', { message: failure })}</p></div></div> : null}
      <div className="dz-fields">
        {FIELDS.map((f) => (
          <div key={f} className={`kern-form-input${errorOf(f) ? ' kern-form-input--error' : ''}`}>
            <label className="kern-label" htmlFor={`new-${f}`}>{t(`create.${f}`)}</label>
            {f === 'id' ? <div className="kern-hint" id="new-id-hint">{t('create.idHint')}</div> : null}
            {errorOf(f) ? <p className="kern-error" id={`new-${f}-error`}><span className="kern-body">{errorOf(f)}</span></p> : null}
            <input id={`new-${f}`} className="kern-form-input__input" value={values[f]} onChange={(e) => setValues({ ...values, [f]: e.target.value })}
              aria-invalid={errorOf(f) ? true : undefined}
              aria-describedby={[f === 'id' ? 'new-id-hint' : '', errorOf(f) ? `new-${f}-error` : ''].filter(Boolean).join(' ') || undefined} />
          </div>
        ))}
      </div>
      <button type="submit" className="kern-btn kern-btn--primary"><span className="kern-label">{t('create.submit')}</span></button>
    </form>
  );
}
