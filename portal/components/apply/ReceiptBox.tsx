import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

interface InboxMessage { caseId: string; template: string; documentId: string | null }
interface Verification { ok: boolean; sha256?: string; receipt?: { receivedAt?: string; authority?: string; dataSha256?: string } }

/** How long the page waits for the worker to file the receipt before saying it comes later. */
const WAIT_MS = 60_000;

/**
 * The receipt of the case: the worker files it shortly after the submission and puts it into
 * the citizen's inbox, so the inbox is polled until it is there; then it is verified by the
 * server (hash and the authority's seal) and offered for download.
 */
export function ReceiptBox({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation('apply');
  const started = Date.now();
  const receipt = useQuery({
    queryKey: ['receipt', caseId],
    queryFn: async () => {
      const res = await fetch('/api/me/inbox', { credentials: 'same-origin' });
      if (!res.ok) return null;
      const found = ((await res.json()) as InboxMessage[]).find((m) => m.caseId === caseId && m.template === 'receipt' && m.documentId);
      return found?.documentId ?? null;
    },
    refetchInterval: (q) => (q.state.data || Date.now() - started > WAIT_MS ? false : 1000),
  });
  const documentId = receipt.data;
  const verification = useQuery({
    queryKey: ['verify', documentId],
    enabled: !!documentId,
    queryFn: async () => (await (await fetch(`/api/documents/${documentId}/verify`, { credentials: 'same-origin' })).json()) as Verification,
  });
  const v = verification.data;
  const signer = v?.receipt?.authority ?? '';
  const receivedAt = typeof v?.receipt?.receivedAt === 'string' ? new Date(v.receipt.receivedAt).toLocaleString(i18n.language) : undefined;
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
                {v.receipt?.dataSha256 ? <p className="kern-body app-hash">{t('confirmation.hash')}: <code>{v.receipt.dataSha256}</code></p> : null}
              </div>
            </div>
          ) : <p className="kern-body" role="status">{t('confirmation.receiptWaiting')}</p>}
        </>
      )}
    </section>
  );
}
