import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureConfig } from '../../engine/index.js';
import { ApiError, KernForm, api, idempotencyKey, prepareForm, pruneEmpty, unwrap } from '../../ui/index.js';
import type { FormData, ProcedureForm, ServerFieldError } from '../../ui/index.js';
import type { CaseView } from '../api/caseReads.js';
import { stateName } from './caseFacts.js';
import { endsCase, seals } from './eventFacts.js';
import { ModalDialog } from './ModalDialog.js';

/**
 * One event with its form (KernForm, as in the portal); an event that ends the case asks for
 * confirmation first and says what will be sealed. One Idempotency-Key per opened form.
 */
export function EventForm({ def, view, event, title, onDone, onCancel }: {
  def: ProcedureConfig; view: CaseView; event: string; title: string; onDone: (sealed: boolean) => void; onCancel: () => void;
}) {
  const { t, i18n } = useTranslation('case');
  const key = useRef(idempotencyKey());
  const formId = def.events[event]?.form;
  const raw = formId ? def.forms?.[formId] : undefined;
  const form = raw ? prepareForm(raw as ProcedureForm, i18n.language) : undefined;
  const final = endsCase(def, event);
  const sealing = seals(def, event);
  const [data, setData] = useState<FormData>({});
  const [confirming, setConfirming] = useState<FormData | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [serverErrors, setServerErrors] = useState<ServerFieldError[]>([]);

  const send = async (answers: FormData) => {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      await unwrap(api.POST('/api/cases/{id}/events', {
        params: { path: { id: view.id }, header: { 'Idempotency-Key': key.current } },
        body: { type: event, ...(form ? { data: pruneEmpty(answers, form.schema) as Record<string, never> } : {}) },
      }));
      setConfirming(null);
      onDone(sealing);
    } catch (err) {
      setConfirming(null);
      setBusy(false);
      if (err instanceof ApiError && err.status === 422 && Array.isArray(err.details?.errors)) setServerErrors(err.details.errors as ServerFieldError[]);
      else setFailure(t('actions.failed', { message: (err as Error).message }));
    }
  };
  const submit = (answers: FormData) => (final.ends ? setConfirming(answers) : void send(answers));
  const buttons = (
    <div className="wb-buttons">
      <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={busy || undefined}><span className="kern-label">{busy ? t('actions.sending') : title}</span></button>
      <button type="button" className="kern-btn kern-btn--tertiary" onClick={onCancel}><span className="kern-label">{t('actions.cancel')}</span></button>
    </div>
  );
  return (
    <section className="wb-event" aria-labelledby={`event-${event}`}>
      <h3 className="kern-heading-small" id={`event-${event}`}>{title}</h3>
      {final.ends ? <p className="kern-body">{t('actions.irreversible')}</p> : null}
      {sealing ? <p className="kern-body">{t('actions.seals')}</p> : null}
      {failure ? <p className="kern-error" role="alert"><span className="kern-body">{failure}</span></p> : null}
      {form ? (
        <KernForm {...form} id={`form-${event}`} formData={data} onChange={setData} onSubmit={submit} serverErrors={serverErrors}>{buttons}</KernForm>
      ) : (
        <form onSubmit={(e) => { e.preventDefault(); submit({}); }}>{buttons}</form>
      )}
      {confirming ? (
        <ModalDialog id="confirm-dialog" title={t('actions.confirmTitle', { title })} onCancel={() => setConfirming(null)} footer={(
          <>
            <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setConfirming(null)}><span className="kern-label">{t('actions.cancel')}</span></button>
            <button type="button" className="kern-btn kern-btn--primary" aria-disabled={busy || undefined} onClick={() => void send(confirming)}><span className="kern-label">{t('actions.confirm', { title })}</span></button>
          </>
        )}>
          <p className="kern-body">{t('actions.confirmText', { state: stateName(final.target, def, i18n.language) })}</p>
          {sealing ? <p className="kern-body">{t('actions.confirmSeal')}</p> : null}
        </ModalDialog>
      ) : null}
    </section>
  );
}
