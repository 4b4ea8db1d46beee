import { useTranslation } from 'react-i18next';
import { useCaseMessages } from '../api/caseReads.js';
import { formatDateTime } from './caseFacts.js';
import { MessageReply } from './MessageReply.js';

/** The messages between the citizen and the authority, oldest first; on an open case, a reply. */
export function CaseMessages({ caseId, purpose, seq, open }: { caseId: string; purpose: string; seq: number; open: boolean }) {
  const { t, i18n } = useTranslation('case');
  const messages = useCaseMessages(caseId, purpose, seq);
  return (
    <section className="app-section" aria-labelledby="case-messages">
      <h2 className="kern-heading-medium" id="case-messages">{t('sections.messages')}</h2>
      {messages.isError ? <p className="kern-body">{t('app:loadError', { message: messages.error.message })}</p> : null}
      {messages.data?.length === 0 ? <p className="kern-body">{t('messages.none')}</p> : null}
      {messages.data?.length ? (
        <ol className="wb-history">
          {messages.data.map((m) => (
            <li key={m.id}>
              <p className="kern-body kern-body--small">{t('messages.from', { who: m.authorName ?? t(`messages.${m.from}`) })} · <time dateTime={m.sentAt}>{formatDateTime(m.sentAt, i18n.language)}</time></p>
              <p className="kern-body wb-message-text">{m.text}</p>
              {m.attachments.length ? <ul className="kern-list">{m.attachments.map((a, i) => <li key={i}>{a.name}</li>)}</ul> : null}
            </li>
          ))}
        </ol>
      ) : null}
      {open ? <MessageReply caseId={caseId} /> : null}
    </section>
  );
}
