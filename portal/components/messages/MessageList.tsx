import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../../engine/index.js';
import type { paths } from '../../../ui/index.js';
import { ReceiptCheck } from './ReceiptCheck.js';

/** A message as `GET /api/cases/{id}/messages` lists it. */
export type Message = paths['/api/cases/{id}/messages']['get']['responses'][200]['content']['application/json']['items'][number];

/** A time in Berlin, as people there read it. */
export function formatTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'de-DE', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(new Date(iso));
}

/** The messages of a case, oldest first: who wrote, when, the text, the files and the receipt. */
export function MessageList({ caseId, messages }: { caseId: string; messages: Message[] }) {
  const { t, i18n } = useTranslation('messages');
  if (!messages.length) return <p className="kern-body">{t('none')}</p>;
  return (
    <ol className="kern-list" style={{ listStyle: 'none', paddingInlineStart: 0 }}>
      {messages.map((m) => (
        <li key={m.id} style={{ marginBlockEnd: '1.5rem' }}>
          <article aria-labelledby={`message-${m.id}`} className="kern-card">
            <div className="kern-card__container">
              <header className="kern-card__header">
                <h3 id={`message-${m.id}`} className="kern-title kern-title--small">
                  {m.from === 'citizen' ? t('fromCitizen') : t('fromAuthority')}
                  {m.from === 'authority' && m.authorName ? ` ${t('byAuthor', { name: m.authorName })}` : ''}
                </h3>
                <p className="kern-body kern-body--small kern-body--muted">{t('sentAt', { date: formatTime(m.sentAt, i18n.language) })}</p>
              </header>
              <div className="kern-card__body">
                <p className="kern-body" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{m.text}</p>
                {m.attachments.length > 0 && (
                  <>
                    <h4 className="kern-heading-small">{t('attachments')}</h4>
                    <ul className="kern-list">
                      {m.attachments.map((a, i) => (
                        <li key={a.sha256 + i}>
                          <a className="kern-link" href={`/api/cases/${caseId}/messages/${m.id}/attachments/${i}`} download>{a.name}</a>
                          {` (${formatBytes(a.size, i18n.language)})`}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                <h4 className="kern-heading-small">{t('receipt')}</h4>
                {m.receipt.status === 'issued' && m.receipt.documentId ? <ReceiptCheck documentId={m.receipt.documentId} /> : <p className="kern-body">{t('receiptPending')}</p>}
              </div>
            </div>
          </article>
        </li>
      ))}
    </ol>
  );
}
