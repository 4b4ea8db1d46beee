import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureConfig } from '../../engine/index.js';
import { ApiError, documentTitle } from '../../ui/index.js';
import { useCaseDocuments, useVerification } from '../api/caseReads.js';
import type { CaseDocument } from '../api/caseReads.js';
import { formatDateTime } from './caseFacts.js';
import { PdfPreview } from './PdfPreview.js';

/** The e-Akte: every document with its signature checked by the server, a download and a PDF preview. */
export function EFile({ def, caseId, purpose, seq, pending }: { def: ProcedureConfig; caseId: string; purpose: string; seq: number; pending: number }) {
  const { t } = useTranslation('case');
  const documents = useCaseDocuments(caseId, purpose, seq, pending);
  return (
    <section className="app-section" aria-labelledby="case-efile">
      <h2 className="kern-heading-medium" id="case-efile">{t('sections.efile')}</h2>
      {documents.isPending ? <p className="kern-body">{t('shell:loading')}</p> : null}
      {documents.isError ? <p className="kern-body">{t('app:loadError', { message: documents.error.message })}</p> : null}
      {documents.data?.length === 0 ? <p className="kern-body">{t('efile.none')}</p> : null}
      {documents.data?.length ? <ul className="wb-documents">{documents.data.map((d) => <Document key={d.id} doc={d} def={def} purpose={purpose} />)}</ul> : null}
    </section>
  );
}

/** One document: title, date, signature status in words, download, preview for PDFs. */
function Document({ doc, def, purpose }: { doc: CaseDocument; def: ProcedureConfig; purpose: string }) {
  const { t, i18n } = useTranslation('case');
  const title = documentTitle(def, doc.title, i18n.language);
  const [preview, setPreview] = useState(false);
  const isPdf = doc.mediaType === 'application/pdf';
  return (
    <li className="kern-card wb-document" data-kind={doc.kind}>
      <div className="kern-card__container">
        <div className="kern-card__header"><h3 className="kern-title">{title}</h3></div>
        <div className="kern-card__body">
          <p className="kern-body kern-body--small">{t('efile.created', { date: formatDateTime(doc.createdAt, i18n.language) })}</p>
          {doc.sealed ? <p className="kern-body">{t('efile.sealedBid', { date: formatDateTime(doc.receivedAt ?? doc.createdAt, i18n.language) })}</p> : (
            <>
              <SignatureStatus documentId={doc.id} purpose={purpose} />
              <p className="kern-body"><a className="kern-link" href={`/api/documents/${doc.id}?purpose=${encodeURIComponent(purpose)}`} download>{t('efile.download', { title })}</a></p>
              {isPdf ? (
                <p><button type="button" className="kern-btn kern-btn--secondary kern-btn--small" aria-expanded={preview} onClick={() => setPreview(!preview)}>
                  <span className="kern-label">{preview ? t('efile.hidePreview') : t('efile.preview', { title })}</span>
                </button></p>
              ) : null}
              {preview ? <PdfPreview documentId={doc.id} title={title} purpose={purpose} /> : null}
            </>
          )}
        </div>
      </div>
    </li>
  );
}

/** The server's check of the document, in words (valid / not signed / failed and why). */
export function SignatureStatus({ documentId, purpose }: { documentId: string; purpose: string }) {
  const { t, i18n } = useTranslation('case');
  const check = useVerification(documentId, purpose);
  const signature = check.data?.signatures?.[0];
  let status = t('efile.verifying');
  if (check.error instanceof ApiError && check.error.code === 'consent-required') status = t('efile.needsConsent');
  else if (check.isError) status = t('efile.invalid', { errors: check.error.message });
  else if (check.data && !check.data.ok) status = t('efile.invalid', { errors: (check.data.errors ?? []).join('; ') || '—' });
  else if (check.data?.receipt) status = t('efile.validReceipt');
  else if (signature) status = t('efile.valid', { signer: signature.signer, date: formatDateTime(signature.signedAt, i18n.language) });
  else if (check.data) status = t('efile.unsigned');
  return <p className="kern-body" data-testid="signature-status">{status}</p>;
}
