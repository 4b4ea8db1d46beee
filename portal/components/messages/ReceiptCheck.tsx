import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../ui/index.js';

/**
 * A message's signed receipt: the download link and the server's check of it (the authority's
 * seal against the trusted root, the content against its hash), said in words.
 */
export function ReceiptCheck({ documentId }: { documentId: string }) {
  const { t } = useTranslation('messages');
  const check = useQuery({
    queryKey: ['document-verify', documentId],
    // The route declares no response schema yet: the part used here, cast.
    queryFn: async () => (await unwrap(api.GET('/api/documents/{id}/verify', { params: { path: { id: documentId } } }))) as { ok: boolean },
    staleTime: Infinity,
  });
  return (
    <p className="kern-body">
      <a className="kern-link" href={`/api/documents/${documentId}`} download>{t('receiptDownload')}</a>
      <br />
      <span className="app-receipt-check" data-receipt-check={check.isPending ? 'pending' : check.data?.ok ? 'valid' : 'invalid'}>
        {check.isPending ? t('receiptChecking') : check.data?.ok
          ? <span className="kern-badge kern-badge--success"><span className="kern-label kern-label--small">{t('receiptValid')}</span></span>
          : <span className="kern-badge kern-badge--danger"><span className="kern-label kern-label--small">{t('receiptInvalid')}</span></span>}
      </span>
    </p>
  );
}
