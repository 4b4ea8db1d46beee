import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { KernForm, idempotencyKey, useFocusWhenShown, usePageTitle } from '../../../ui/index.js';
import type { FormData, PreparedForm, ServerFieldError } from '../../../ui/index.js';
import { submitEvent } from '../apply/submitEvent.js';

/** What the form of one event on a case needs. */
export interface ActionFormProps {
  caseId: string;
  event: string;
  /** The event's title for people: the h1, the button and the success message. */
  title: string;
  form: PreparedForm;
}

/**
 * The form of an event the citizen sends on her case (documents the authority asked for, a
 * proof of identity): errors on submit with the summary taking focus, the server's refusals at
 * their fields, then back to the case page with a success message. One Idempotency-Key per
 * visit, and nothing is sent while a request is under way: a double click sends once.
 */
export function ActionForm({ caseId, event, title, form }: ActionFormProps) {
  const { t } = useTranslation('cases');
  const navigate = useNavigate();
  const queries = useQueryClient();
  const key = useRef(idempotencyKey());
  const sending = useRef(false);
  const [data, setData] = useState<FormData>({});
  const [invalid, setInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const [serverErrors, setServerErrors] = useState<ServerFieldError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const problem = useFocusWhenShown<HTMLDivElement>(failure !== null);
  usePageTitle(title, invalid || serverErrors.length > 0 || failure !== null);

  const send = async (answers: FormData) => {
    if (sending.current) return;
    sending.current = true;
    setBusy(true);
    setInvalid(false);
    setFailure(null);
    const result = await submitEvent(caseId, event, answers, form.schema, key.current);
    sending.current = false;
    setBusy(false);
    if (result.ok) {
      await queries.invalidateQueries({ queryKey: ['case', caseId] });
      return void navigate(`/vorgaenge/${caseId}`, { state: { sent: title } });
    }
    setServerErrors(result.fieldErrors ?? []);
    if (!result.fieldErrors) {
      setFailure(result.message);
    }
  };

  return (
    <>
      {failure !== null ? (
        <div className="kern-alert kern-alert--danger app-error-summary" role="alert" tabIndex={-1} id="action-problem" ref={problem}>
          <div className="kern-alert__header"><span className="kern-icon kern-icon--danger" aria-hidden="true" /><h2 className="kern-title">{t('form:errorSummary')}</h2></div>
          <div className="kern-alert__body"><p className="kern-body">{t('action.failed', { message: failure })}</p></div>
        </div>
      ) : null}
      <KernForm {...form} formData={data} onChange={setData} onSubmit={(d) => void send(d)} onInvalid={() => setInvalid(true)} serverErrors={serverErrors}>
        <div className="app-form-actions">
          <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={busy || undefined}>
            <span className="kern-label">{busy ? t('action.sending') : t('action.submit')}</span>
          </button>
        </div>
      </KernForm>
    </>
  );
}
