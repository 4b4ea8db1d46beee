import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from './formatDate.js';
import { useInbox, useVerification } from './useCases.js';
import type { InboxEntry } from './useCases.js';

/**
 * The documents the authority delivered on this case (receipts, sealed decisions), from my inbox,
 * each with its signature checked by the server and a download link.
 */
export function CaseDocuments({ caseId, authorityName }: { caseId: string; authorityName: string }) {
  const { t } = useTranslation('cases');
  const inbox = useInbox();
  const documents = (inbox.data ?? []).filter((m) => m.caseId === caseId && m.documentId);
  return (
    <section className="app-section" aria-labelledby="case-documents">
      <h2 className="kern-heading-medium" id="case-documents">{t('case.documentsTitle')}</h2>
      {inbox.isPending ? <p className="kern-body">{t('shell:loading')}</p> : null}
      {inbox.data && documents.length === 0 ? <p className="kern-body">{t('case.documentsNone')}</p> : null}
      {documents.length ? <ul className="app-documents">{documents.map((d) => <CaseDocument key={d.id} entry={d} authorityName={authorityName} />)}</ul> : null}
    </section>
  );
}

/** One document: its title, delivery date, signature status in words, download link. */
function CaseDocument({ entry, authorityName }: { entry: InboxEntry; authorityName: string }) {
  const { t, i18n } = useTranslation('cases');
  const check = useVerification(entry.documentId!);
  const signature = check.data?.signatures?.[0];
  let status = t('case.verifying');
  if (check.data && !check.data.ok) status = t('case.notVerified');
  else if (check.data?.receipt) status = t('case.verifiedBy', { signer: authorityName, date: formatDateTime(check.data.receipt.receivedAt, i18n.language) });
  else if (signature) status = t('case.verifiedBy', { signer: signature.signer, date: formatDateTime(signature.signedAt, i18n.language) });
  else if (check.data) status = t('case.unsigned');
  else if (check.isError) status = t('case.notVerified');
  return (
    <li className="kern-card">
      <div className="kern-card__container">
        <div className="kern-card__header"><h3 className="kern-title">{entry.subject}</h3></div>
        <div className="kern-card__body">
          <p className="kern-body kern-body--small">{t('case.received', { date: formatDate(entry.createdAt, i18n.language) })}</p>
          <p className="kern-body" data-testid="signature-status">{status}</p>
          <p className="kern-body"><a className="kern-link" href={`/api/documents/${entry.documentId}`} download>{t('case.download', { title: entry.subject })}</a></p>
        </div>
      </div>
    </li>
  );
}
