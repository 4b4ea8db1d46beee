import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureConfig } from '../../engine/index.js';
import { ApiError, KernForm, api, idempotencyKey, prepareForm, pruneEmpty, unwrap, useFocusWhenShown } from '../../ui/index.js';
import type { FormData, ProcedureForm, ServerFieldError } from '../../ui/index.js';
import type { CaseView } from '../api/caseReads.js';
import { fetchEventPreview } from '../api/eventPreview.js';
import type { DraftDocument } from '../api/eventPreview.js';
import { stateName } from './caseFacts.js';
import { endsCase, seals } from './eventFacts.js';
import { EventPreview } from './EventPreview.js';
import { ModalDialog } from './ModalDialog.js';

/**
 * One event with its form (KernForm, as in the portal). An event whose step renders documents
 * (a Bescheid to be sealed) shows them first as drafts (the server's preview) and is fired from
 * there; an event that ends the case asks for confirmation. One Idempotency-Key per opened form.
 */
export function EventForm({ def, view, event, title, purpose, onDone, onCancel }: {
  def: ProcedureConfig; view: CaseView; event: string; title: string; purpose: string; onDone: (sealed: boolean) => void; onCancel: () => void;
}) {
  const { t, i18n } = useTranslation('case');
  const { t: ta } = useTranslation('action');
  const key = useRef(idempotencyKey());
  const formId = def.events[event]?.form;
  const raw = formId ? def.forms?.[formId] : undefined;
  const form = raw ? prepareForm(raw as ProcedureForm, i18n.language) : undefined;
  const final = endsCase(def, event);
  const sealing = seals(def, event);
  const [data, setData] = useState<FormData>({});
  const [drafts, setDrafts] = useState<{ answers: FormData; documents: DraftDocument[] } | null>(null);
  const [confirming, setConfirming] = useState<FormData | null>(null);
  const [busy, setBusy] = useState<'preview' | 'send' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [serverErrors, setServerErrors] = useState<ServerFieldError[]>([]);
  // Back from the preview to the form: focus on the action's heading, where the form starts.
  const [edits, setEdits] = useState(0);
  const heading = useFocusWhenShown<HTMLHeadingElement>(edits);
  const payload = (answers: FormData) => (form ? (pruneEmpty(answers, form.schema) as Record<string, unknown>) : undefined);

  /** A refusal of the server: field errors back into the form, anything else as a message. */
  const refused = (err: unknown, text: 'actions.failed' | 'preview.failed') => {
    setBusy(null);
    setDrafts(null);
    if (err instanceof ApiError && err.status === 422 && Array.isArray(err.details?.errors)) setServerErrors(err.details.errors as ServerFieldError[]);
    else setFailure(text === 'actions.failed' ? t(text, { message: (err as Error).message }) : ta(text, { message: (err as Error).message }));
  };
  const send = async (answers: FormData) => {
    if (busy) return;
    setBusy('send');
    setFailure(null);
    try {
      const body = payload(answers);
      await unwrap(api.POST('/api/cases/{id}/events', {
        params: { path: { id: view.id }, header: { 'Idempotency-Key': key.current } },
        body: { type: event, ...(body ? { data: body as Record<string, never> } : {}) },
      }));
      setConfirming(null);
      onDone(sealing || Boolean(drafts?.documents.length));
    } catch (err) {
      setConfirming(null);
      refused(err, 'actions.failed');
    }
  };
  const fire = (answers: FormData) => (final.ends ? setConfirming(answers) : void send(answers));
  /** First the drafts of what the step renders; a step that renders nothing goes on at once. */
  const submit = async (answers: FormData) => {
    if (busy) return;
    setBusy('preview');
    setFailure(null);
    setServerErrors([]);
    try {
      const documents = await fetchEventPreview(view.id, event, purpose, payload(answers));
      setBusy(null);
      if (documents.length) setDrafts({ answers, documents });
      else fire(answers);
    } catch (err) {
      refused(err, 'preview.failed');
    }
  };
  const cancel = <button type="button" className="kern-btn kern-btn--tertiary" onClick={onCancel}><span className="kern-label">{t('actions.cancel')}</span></button>;
  const buttons = (
    <div className="wb-buttons">
      <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={busy !== null || undefined}>
        <span className="kern-label">{busy === 'preview' ? ta('preview.loading') : busy === 'send' ? t('actions.sending') : title}</span>
      </button>
      {cancel}
    </div>
  );
  return (
    <section className="wb-event" aria-labelledby={`event-${event}`}>
      <h3 className="kern-heading-small" id={`event-${event}`} tabIndex={-1} ref={heading}>{title}</h3>
      {final.ends ? <p className="kern-body">{t('actions.irreversible')}</p> : null}
      {sealing ? <p className="kern-body">{t('actions.seals')}</p> : null}
      {failure ? <p className="kern-error" role="alert"><span className="kern-body">{failure}</span></p> : null}
      {drafts ? (
        <EventPreview def={def} event={event} drafts={drafts.documents} purpose={purpose}>
          <div className="wb-buttons">
            <button type="button" className="kern-btn kern-btn--primary" aria-disabled={busy !== null || undefined} onClick={() => fire(drafts.answers)}>
              <span className="kern-label">{busy === 'send' ? t('actions.sending') : ta('preview.fire', { title })}</span>
            </button>
            <button type="button" className="kern-btn kern-btn--secondary" onClick={() => { setDrafts(null); setEdits((n) => n + 1); }}><span className="kern-label">{ta('preview.edit')}</span></button>
            {cancel}
          </div>
        </EventPreview>
      ) : form ? (
        <KernForm {...form} id={`form-${event}`} formData={data} onChange={setData} onSubmit={(a) => void submit(a)} serverErrors={serverErrors}>{buttons}</KernForm>
      ) : (
        <form onSubmit={(e) => { e.preventDefault(); void submit({}); }}>{buttons}</form>
      )}
      {confirming ? (
        <ModalDialog id="confirm-dialog" title={t('actions.confirmTitle', { title })} onCancel={() => setConfirming(null)} footer={(
          <>
            <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setConfirming(null)}><span className="kern-label">{t('actions.cancel')}</span></button>
            <button type="button" className="kern-btn kern-btn--primary" aria-disabled={busy !== null || undefined} onClick={() => void send(confirming)}><span className="kern-label">{t('actions.confirm', { title })}</span></button>
          </>
        )}>
          <p className="kern-body">{t('actions.confirmText', { state: stateName(final.target, def, i18n.language) })}</p>
          {sealing ? <p className="kern-body">{t('actions.confirmSeal')}</p> : null}
        </ModalDialog>
      ) : null}
    </section>
  );
}
