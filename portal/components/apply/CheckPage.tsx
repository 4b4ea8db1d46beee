import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { fieldId, focusField, idempotencyKey, useFocusWhenShown, usePageTitle } from '../../../ui/index.js';
import type { FormData, PreparedForm, ServerFieldError } from '../../../ui/index.js';
import { CheckAnswers } from './CheckAnswers.js';
import type { AnswerSection } from './CheckAnswers.js';
import { submitEvent } from './submitEvent.js';

/** What the check page needs: the case, its event and form, the answers and where each is changed. */
export interface CheckPageProps {
  caseId: string;
  event: string;
  form: PreparedForm;
  data: FormData;
  sections: AnswerSection[];
  backTo: string;
  /** The server refused some answers: they go back to their fields. */
  onRefused(errors: ServerFieldError[]): void;
  /** Where each refused field is changed (its section's page). */
  changeTo(pointer: string): string;
}

/**
 * Check answers, then "Antrag verbindlich absenden". One Idempotency-Key per visit of this
 * page: a second click while sending does nothing, and a retry after an error reuses the key,
 * so the server opens nothing twice.
 */
export function CheckPage({ caseId, event, form, data, sections, backTo, onRefused, changeTo }: CheckPageProps) {
  const { t } = useTranslation('apply');
  const navigate = useNavigate();
  const key = useRef(idempotencyKey());
  const sending = useRef(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ message: string; errors?: ServerFieldError[] } | null>(null);
  const problem = useFocusWhenShown<HTMLDivElement>(failure);
  const title = t('apply.checkTitle');
  usePageTitle(title, !!failure);

  const submit = async () => {
    if (sending.current) return;
    sending.current = true;
    setBusy(true);
    const result = await submitEvent(caseId, event, data, form.schema, key.current);
    sending.current = false;
    setBusy(false);
    if (result.ok) return void navigate(`/antrag/${caseId}/bestaetigung`);
    setFailure({ message: result.message, errors: result.fieldErrors });
    if (result.fieldErrors) onRefused(result.fieldErrors);
  };

  return (
    <>
      <p className="kern-body"><Link className="kern-link" to={backTo}>{t('apply.back')}</Link></p>
      <h1 className="kern-heading-large">{title}</h1>
      <p className="kern-body">{t('apply.checkLead')}</p>
      {failure ? (
        <div className="kern-alert kern-alert--danger app-error-summary" role="alert" tabIndex={-1} id="submit-problem" ref={problem}>
          <div className="kern-alert__header"><span className="kern-icon kern-icon--danger" aria-hidden="true" /><h2 className="kern-title">{t('form:errorSummary')}</h2></div>
          <div className="kern-alert__body">
            <p className="kern-body">{failure.errors ? t('apply.serverRefused') : t('apply.failed', { message: failure.message })}</p>
            {failure.errors ? (
              <ul className="kern-list">
                {failure.errors.map((e) => (
                  <li key={e.path}><Link className="kern-link" to={`${changeTo(e.path)}#${fieldId(e.path.split('/').slice(1))}`}>{e.path.split('/').slice(1).join(' › ') || '/'}</Link></li>
                ))}
              </ul>
            ) : null}
          </div>
        </div>
      ) : null}
      <CheckAnswers form={form} data={data} sections={sections} />
      <p className="kern-body">{t('apply.declaration')}</p>
      <div className="app-form-actions">
        <button type="button" className="kern-btn kern-btn--primary" aria-disabled={busy || undefined} onClick={() => void submit()}>
          <span className="kern-label">{busy ? t('apply.submitting') : failure && !failure.errors ? t('apply.retry') : t('apply.submit')}</span>
        </button>
      </div>
    </>
  );
}

/** Focuses the field named in the address (`#root_x`) after a page showed — the "Ändern" links' target. */
export function focusHashField(): void {
  const id = decodeURIComponent(globalThis.location.hash.slice(1));
  if (id) setTimeout(() => focusField(id), 50);
}
