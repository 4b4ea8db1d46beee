import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ApiError, api, unwrap } from '../../../ui/index.js';
import { loginUrl } from '../../session.js';
import { MessageForm } from './MessageForm.js';
import { MessageList, formatTime } from './MessageList.js';
import type { Message } from './MessageList.js';
import { ReceiptCheck } from './ReceiptCheck.js';

/**
 * The messages of a case (the secure replacement for fax and letters): what the citizen and the
 * authority wrote, each with its signed receipt, and the form to write a new one. After sending,
 * the confirmation "Ihre Nachricht wurde übermittelt" takes focus, with the receipt and its check.
 * `onErrorsChange` tells the page when the form shows errors (for the "Fehler: " page title).
 */
export function CaseMessages({ caseId, onErrorsChange }: { caseId: string; onErrorsChange?(hasErrors: boolean): void }) {
  const { t, i18n } = useTranslation('messages');
  const location = useLocation();
  const queries = useQueryClient();
  const [sent, setSent] = useState<Message | null>(null);
  const confirmation = useRef<HTMLDivElement>(null);
  const list = useQuery({
    queryKey: ['messages', caseId],
    queryFn: () => unwrap(api.GET('/api/cases/{id}/messages', { params: { path: { id: caseId } } })),
  });
  useEffect(() => {
    if (sent) confirmation.current?.focus();
  }, [sent]);

  if (list.error instanceof ApiError && list.error.status === 401) {
    return <p className="kern-body">{t('loginNeeded')} <a className="kern-link" href={loginUrl(location.pathname)}>{t('login')}</a></p>;
  }
  return (
    <section aria-labelledby="messages-list-heading">
      <p className="kern-body">{t('intro')}</p>
      {sent && (
        <div ref={confirmation} tabIndex={-1} className="kern-alert kern-alert--success" role="status" aria-labelledby="message-sent-heading">
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--success" aria-hidden="true" />
            <h2 id="message-sent-heading" className="kern-title">{t('successHeading')}</h2>
          </div>
          <div className="kern-alert__body">
            <p className="kern-body">{t('successBody', { date: formatTime(sent.sentAt, i18n.language) })}</p>
            {sent.receipt.documentId ? <ReceiptCheck documentId={sent.receipt.documentId} /> : <p className="kern-body">{t('receiptPending')}</p>}
          </div>
        </div>
      )}
      <h2 id="messages-list-heading" className="kern-heading-medium" style={{ marginBlockStart: '2rem' }}>{t('listHeading')}</h2>
      {list.isPending ? <p className="kern-body" role="status">{t('loading')}</p>
        : list.isError ? <p className="kern-body">{t('loadFailed')}</p>
          : <MessageList caseId={caseId} messages={list.data.items as Message[]} />}
      <MessageForm caseId={caseId} onErrorsChange={onErrorsChange} onSent={(message) => {
        setSent(message);
        void queries.invalidateQueries({ queryKey: ['messages', caseId] });
      }} />
    </section>
  );
}
