import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProcedureConfig } from '../../../engine/index.js';
import { ApiError, api, idempotencyKey, localized, unwrap } from '../../../ui/index.js';
import { firstSubmission } from '../catalogue/procedureFacts.js';
import type { CaseView } from './caseTypes.js';

/**
 * "Was Sie jetzt tun können": the events the case accepts now from my roles. The application
 * itself is filled in at `/antrag/:caseId`, every other event with a form on its own page
 * (`/vorgaenge/:caseId/aktion/:event`); an event without a form is sent here after a confirmation.
 */
export function CaseActions({ def, view, myRoles }: { def: ProcedureConfig; view: CaseView; myRoles: string[] }) {
  const { t, i18n } = useTranslation('cases');
  const text = (v: { de: string; en: string } | undefined) => localized(v, i18n.language);
  // Events with a form (answering the authority) first; withdrawing and the like after them.
  const mine = view.accepts.filter((a) => a.by.some((r) => myRoles.includes(r)))
    .sort((a, b) => Number(!def.events[a.type]?.form) - Number(!def.events[b.type]?.form));
  const first = firstSubmission(def);
  const isDraft = view.history.length === 0;
  // Kept here: once sent, the event is no longer accepted and its button is gone.
  const [sent, setSent] = useState<string>();
  return (
    <section className="app-section" aria-labelledby="case-todo">
      <h2 className="kern-heading-medium" id="case-todo">{t('case.todoTitle')}</h2>
      <div role="status">{sent ? <p className="kern-body kern-body--bold">{t('case.sent', { event: sent })}</p> : null}</div>
      {mine.length === 0 ? <p className="kern-body">{view.status === 'active' ? t('case.nothingToDo') : t('case.closed')}</p> : (
        <ul className="kern-list app-actions">
          {mine.map(({ type }) => {
            const event = def.events[type];
            const title = text(event?.title) || type;
            if (type === first?.event && isDraft) {
              return <li key={type}><Link className="kern-btn kern-btn--primary" to={`/antrag/${view.id}`}><span className="kern-label">{t('case.continue')}</span></Link></li>;
            }
            if (event?.form) return <li key={type}><Link className="kern-btn kern-btn--primary" to={`/vorgaenge/${view.id}/aktion/${type}`}><span className="kern-label">{title}</span></Link></li>;
            return <li key={type}><SendEvent caseId={view.id} type={type} title={title} onSent={setSent} /></li>;
          })}
        </ul>
      )}
    </section>
  );
}

/** A button for an event without a form; asks once more before it sends (it cannot be undone). */
function SendEvent({ caseId, type, title, onSent }: { caseId: string; type: string; title: string; onSent: (title: string) => void }) {
  const { t } = useTranslation('cases');
  const [asking, setAsking] = useState(false);
  const key = useRef(idempotencyKey());
  const queries = useQueryClient();
  const send = useMutation({
    mutationFn: () => unwrap(api.POST('/api/cases/{id}/events', { params: { path: { id: caseId }, header: { 'Idempotency-Key': key.current } }, body: { type } })),
    onSuccess: async () => {
      onSent(title);
      await queries.invalidateQueries({ queryKey: ['case', caseId] });
    },
  });
  if (!asking) return <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setAsking(true)}><span className="kern-label">{title}</span></button>;
  return (
    <div role="group" aria-labelledby={`confirm-${type}`}>
      <p className="kern-body" id={`confirm-${type}`}>{t('case.confirm', { event: title })}</p>
      {send.isError ? <p className="kern-error" role="alert">{t('case.sendError', { message: send.error instanceof ApiError ? send.error.message : String(send.error) })}</p> : null}
      <div className="app-button-row">
        {/* Focus moves here when asked, so keyboard users land on the answer. */}
        <button type="button" className="kern-btn kern-btn--primary" autoFocus aria-disabled={send.isPending} onClick={() => { if (!send.isPending) send.mutate(); }}>
          <span className="kern-label">{t('case.confirmYes', { event: title })}</span>
        </button>
        <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => setAsking(false)}><span className="kern-label">{t('case.cancel')}</span></button>
      </div>
    </div>
  );
}
