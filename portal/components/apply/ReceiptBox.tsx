import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../ui/index.js';
import { useVerification } from '../cases/useCases.js';

/** What a receipt attests (the verification's `receipt`, which the API declares only as an object). */
interface ReceiptFacts { receivedAt?: string; authority?: string; dataSha256?: string }

/** How long the page waits for the worker to file the receipt before saying it comes later. */
const WAIT_MS = 60_000;

/**
 * The receipt of the case: the worker files it shortly after the submission, so the case's
 * documents are polled until it is there (the newest receipt: of the submission just made);
 * then it is verified by the server (hash and the authority's seal) and offered for download.
 * `authorityName` is the authority as the procedure names it; the receipt itself holds its id.
 */
export function ReceiptBox({ caseId, authorityName }: { caseId: string; authorityName?: string }) {
  const { t, i18n } = useTranslation('apply');
  const started = Date.now();
  const receipt = useQuery({
    queryKey: ['receipt', caseId],
    queryFn: async () => {
      const documents = await unwrap(api.GET('/api/cases/{id}/documents', { params: { path: { id: caseId }, query: {} } }));
      return documents.filter((d) => d.kind === 'receipt').at(-1)?.id ?? null;
    },
    refetchInterval: (q) => (q.state.data || Date.now() - started > WAIT_MS ? false : 1000),
  });
  const documentId = receipt.data;
  const verification = useVerification(documentId ?? '', !!documentId);
  const v = verification.data;
  const facts = v?.receipt as ReceiptFacts | undefined;
  const signer = authorityName || facts?.authority || '';
  const receivedAt = typeof facts?.receivedAt === 'string' ? new Date(facts.receivedAt).toLocaleString(i18n.language) : undefined;
  return (
    <section aria-labelledby="receipt-title" className="app-receipt">
      <h2 className="kern-heading-medium" id="receipt-title">{t('confirmation.receipt')}</h2>
      {!documentId ? (
        <p className="kern-body" role="status">{receipt.isFetching || receipt.isPending ? t('confirmation.receiptWaiting') : t('confirmation.receiptLate')}</p>
      ) : (
        <>
          <p className="kern-body">
            <a className="kern-btn kern-btn--secondary" href={`/api/documents/${documentId}`} download>
              <span className="kern-icon kern-icon--download" aria-hidden="true" /><span className="kern-label">{t('confirmation.download')}</span>
            </a>
          </p>
          {v ? (
            <div className={`kern-alert ${v.ok ? 'kern-alert--success' : 'kern-alert--danger'}`} role="status" id="receipt-verification">
              <div className="kern-alert__body">
                <p className="kern-body">{v.ok ? t('confirmation.verified', { signer }) : t('confirmation.notVerified')}</p>
                {receivedAt ? <p className="kern-body">{t('confirmation.verifiedAt', { time: receivedAt })}</p> : null}
                {facts?.dataSha256 ? <p className="kern-body app-hash">{t('confirmation.hash')}: <code>{facts.dataSha256}</code></p> : null}
              </div>
            </div>
          ) : <p className="kern-body" role="status">{t('confirmation.receiptWaiting')}</p>}
        </>
      )}
    </section>
  );
}
