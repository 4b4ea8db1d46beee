import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe, usePageTitle } from '../../ui/index.js';
import { useStaffInbox } from '../api/inbox.js';
import type { StaffNotice } from '../api/inbox.js';
import { formatDateTime, shortRef } from '../components/caseFacts.js';
import { useInboxSeen } from '../components/useInboxSeen.js';

/** Notice kinds with words of their own; a procedure's own notices read "Mitteilung" beside their subject. */
const KINDS = new Set(['newCase', 'statementRequested', 'deadlineEscalation', 'deadlineNear', 'citizenAnswered', 'message', 'statusChanged', 'decision', 'receipt', 'documentsRequested', 'consentRequested']);

/**
 * The staff inbox (`/workbench/inbox`): what the workflow addresses to me or to my authority,
 * newest first — kind and addressee in words, time, subject and a link to the case. Notices
 * that came since my last visit say "neu".
 */
export function InboxPage() {
  const { t, i18n } = useTranslation('inbox');
  const me = useMe().data!;
  usePageTitle(t('title'));
  const inbox = useStaffInbox();
  const [seen, markSeen] = useInboxSeen(me.sub);
  // What counted as seen when I came: "neu" stays on those notices while I am here.
  const [seenBefore] = useState(seen);
  const newest = inbox.data?.[0]?.createdAt;
  useEffect(() => { if (newest) markSeen(newest); }, [newest, markSeen]);

  return (
    <>
      <h1 className="kern-heading-large">{t('title')}</h1>
      <p className="kern-body">{t('intro')}</p>
      {inbox.isPending ? <p className="kern-body">{t('loading')}</p> : null}
      {inbox.isError ? <p className="kern-body" role="alert">{t('app:loadError', { message: inbox.error.message })}</p> : null}
      {inbox.data && !inbox.data.length ? <p className="kern-body" data-testid="inbox-empty">{t('empty')}</p> : null}
      {inbox.data?.length ? (
        <>
          <p className="kern-body">{t('count', { count: inbox.data.length })}</p>
          <ol className="wb-inbox">
            {inbox.data.map((n) => <Notice key={n.id} notice={n} isNew={n.createdAt > seenBefore} language={i18n.language} />)}
          </ol>
        </>
      ) : null}
    </>
  );
}

function Notice({ notice: n, isNew, language }: { notice: StaffNotice; isNew: boolean; language: string }) {
  const { t } = useTranslation('inbox');
  const ref = shortRef(n.caseId);
  return (
    <li className="wb-inbox__item" data-testid="inbox-notice">
      <p className="kern-body kern-body--bold">
        {isNew ? <span className="wb-new">{t('isNew')}: </span> : null}
        {t(`kind.${KINDS.has(n.kind) ? n.kind : 'other'}`)} · {t(`to.${n.to}`)}
      </p>
      <p className="kern-body">{n.subject}</p>
      <p className="kern-body kern-body--small"><time dateTime={n.createdAt}>{t('received', { at: formatDateTime(n.createdAt, language) })}</time></p>
      <p className="kern-body"><Link className="kern-link" to={`/vorgaenge/${n.caseId}`}>{t('openCase', { ref })}</Link></p>
    </li>
  );
}
