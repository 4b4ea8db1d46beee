import { useTranslation } from 'react-i18next';
import type { ProcedureConfig } from '../../../engine/index.js';
import { documentTitle } from '../../../ui/index.js';
import type { CaseDocumentEntry, CaseView } from './caseTypes.js';
import { formatDate, formatDateTime } from './formatDate.js';
import { useCaseDocuments, useVerification } from './useCases.js';

/**
 * The documents of the case that I may see (`GET /api/cases/:id/documents`: receipts, sealed
 * decisions, what I filed), each with its signature checked by the server and a download link;
 * a sealed bid before its opening only with its hash and time of receipt.
 */
export function CaseDocuments({ def, view, authorityName }: { def: ProcedureConfig; view: Pick<CaseView, 'id' | 'seq' | 'pendingEffects'>; authorityName: string }) {
  const { t } = useTranslation('cases');
  const documents = useCaseDocuments(view);
  return (
    <section className="app-section" aria-labelledby="case-documents">
      <h2 className="kern-heading-medium" id="case-documents">{t('case.documentsTitle')}</h2>
      {documents.isPending ? <p className="kern-body">{t('shell:loading')}</p> : null}
      {documents.isError ? <p className="kern-body">{t('shell:networkError')}</p> : null}
      {documents.data?.length === 0 ? <p className="kern-body">{t('case.documentsNone')}</p> : null}
      {documents.data?.length ? <ul className="app-documents">{documents.data.map((d) => <CaseDocument key={d.id} doc={d} def={def} authorityName={authorityName} />)}</ul> : null}
    </section>
  );
}

/** One document: its title, date, signature status in words, download link. */
function CaseDocument({ doc, def, authorityName }: { doc: CaseDocumentEntry; def: ProcedureConfig; authorityName: string }) {
  const { t, i18n } = useTranslation('cases');
  const title = documentTitle(def, doc.title, i18n.language);
  return (
    <li className="kern-card">
      <div className="kern-card__container">
        <div className="kern-card__header"><h3 className="kern-title">{title}</h3></div>
        <div className="kern-card__body">
          <p className="kern-body kern-body--small">{t('case.received', { date: formatDate(doc.createdAt, i18n.language) })}</p>
          {doc.sealed ? <p className="kern-body" data-testid="signature-status">{t('case.sealed', { date: formatDateTime(doc.receivedAt ?? doc.createdAt, i18n.language) })}</p> : (
            <>
              <SignatureStatus documentId={doc.id} authorityName={authorityName} />
              <p className="kern-body"><a className="kern-link" href={`/api/documents/${doc.id}`} download>{t('case.download', { title })}</a></p>
            </>
          )}
        </div>
      </div>
    </li>
  );
}

/** What the server's check of the document says, in words. */
function SignatureStatus({ documentId, authorityName }: { documentId: string; authorityName: string }) {
  const { t, i18n } = useTranslation('cases');
  const check = useVerification(documentId);
  const signature = check.data?.signatures?.[0];
  const receivedAt = (check.data?.receipt as { receivedAt?: string } | undefined)?.receivedAt;
  let status = t('case.verifying');
  if (check.data && !check.data.ok) status = t('case.notVerified');
  else if (receivedAt) status = t('case.verifiedBy', { signer: authorityName, date: formatDateTime(receivedAt, i18n.language) });
  else if (signature) status = t('case.verifiedBy', { signer: signature.signer, date: formatDateTime(signature.signedAt, i18n.language) });
  else if (check.data) status = t('case.unsigned');
  else if (check.isError) status = t('case.notVerified');
  return <p className="kern-body" data-testid="signature-status">{status}</p>;
}
