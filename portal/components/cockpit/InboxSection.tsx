import { useTranslation } from 'react-i18next';
import { CaseLink } from './CaseLink.js';
import { useInbox } from './cockpitApi.js';
import { CockpitSection, QueryState } from './CockpitSection.js';
import { formatDateTime } from './formatters.js';
import { useCockpitLabels } from './useCockpitLabels.js';

/** Postfach: the messages and notices of the authorities, newest first, each linked to its case. */
export function InboxSection() {
  return <CockpitSection part="postfach">{() => <InboxList />}</CockpitSection>;
}

function InboxList() {
  const { t, i18n } = useTranslation('cockpit');
  const inbox = useInbox(true);
  const labels = useCockpitLabels(true);
  // With the procedures' texts: names, not ids, from the first draw on.
  if (!inbox.data || labels.loading) return <QueryState isPending={inbox.isPending || labels.loading} isError={inbox.isError} />;
  if (!inbox.data.length) return <p className="kern-body">{t('inbox.empty')}</p>;
  return (
    <>
      <p className="kern-body">{t('inbox.count', { count: inbox.data.length })}</p>
      <ul className="cockpit-list">
        {inbox.data.map((m) => (
          <li key={m.id} className="cockpit-item">
            <h2 className="kern-heading-small">{m.subject}</h2>
            <p className="kern-body kern-body--small">
              {t('inbox.received')} <time dateTime={m.createdAt}>{formatDateTime(m.createdAt, i18n.language)}</time>
              {' · '}{t('inbox.about')}{' '}
              <CaseLink caseId={m.caseId} labels={labels} />
            </p>
            <p className="kern-body cockpit-message">{m.body}</p>
            {m.documentId ? <p><a className="kern-link" href={`/api/documents/${m.documentId}`}>{t('inbox.document')}</a></p> : null}
          </li>
        ))}
      </ul>
    </>
  );
}
