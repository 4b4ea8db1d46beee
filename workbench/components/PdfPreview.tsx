import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GlobalWorkerOptions, getDocument } from 'pdfjs-dist';
import type { PDFDocumentProxy } from 'pdfjs-dist';
// The worker as a bundled asset of this origin (the CSP allows workers from 'self' only).
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

/**
 * An in-browser preview of a PDF with pdf.js, one page at a time on a canvas, with previous /
 * next buttons: a document of the e-Akte (fetching it is a read: `purpose` goes with it), or
 * PDF bytes at hand (`content`, the drafts of an action's preview; `documentId` then only names it).
 */
export function PdfPreview({ documentId, title, purpose, content }: { documentId: string; title: string; purpose: string; content?: Uint8Array }) {
  const { t } = useTranslation('case');
  const canvas = useRef<HTMLCanvasElement>(null);
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  const [page, setPage] = useState(1);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    const bytes = async () => {
      // pdf.js takes the buffer over (detaches it): given bytes go as a copy.
      if (content) return new Uint8Array(content);
      const res = await fetch(`/api/documents/${documentId}?purpose=${encodeURIComponent(purpose)}`, { credentials: 'same-origin' });
      if (!res.ok) throw new Error(res.statusText);
      return new Uint8Array(await res.arrayBuffer());
    };
    const load = async () => {
      const doc = await getDocument({ data: await bytes() }).promise;
      if (!cancelled) setPdf(doc);
    };
    load().catch((err: Error) => { if (!cancelled) setError(err.message); });
    return () => { cancelled = true; };
  }, [documentId, purpose, content]);

  useEffect(() => {
    if (!pdf || !canvas.current) return;
    let cancelled = false;
    void pdf.getPage(page).then((p) => {
      if (cancelled || !canvas.current) return;
      const viewport = p.getViewport({ scale: 1.25 });
      canvas.current.width = viewport.width;
      canvas.current.height = viewport.height;
      return p.render({ canvas: canvas.current, viewport }).promise;
    }).catch((err: Error) => setError(err.message));
    return () => { cancelled = true; };
  }, [pdf, page]);

  if (error) return <p className="kern-body" role="alert">{t('efile.previewFailed', { message: error })}</p>;
  if (!pdf) return <p className="kern-body">{t('efile.previewLoading')}</p>;
  return (
    <figure className="wb-preview" aria-labelledby={`preview-${documentId}`}>
      <figcaption className="kern-body" id={`preview-${documentId}`}>{t('efile.previewTitle', { title })} – {t('efile.page', { page, pages: pdf.numPages })}</figcaption>
      <canvas ref={canvas} className="wb-preview__canvas" role="img" aria-label={t('efile.previewTitle', { title })} data-testid="pdf-preview" />
      {pdf.numPages > 1 ? (
        <div className="wb-buttons">
          <button type="button" className="kern-btn kern-btn--tertiary kern-btn--small" aria-disabled={page <= 1 || undefined} onClick={() => setPage((n) => Math.max(1, n - 1))}><span className="kern-label">{t('efile.previous')}</span></button>
          <button type="button" className="kern-btn kern-btn--tertiary kern-btn--small" aria-disabled={page >= pdf.numPages || undefined} onClick={() => setPage((n) => Math.min(pdf.numPages, n + 1))}><span className="kern-label">{t('efile.next')}</span></button>
        </div>
      ) : null}
    </figure>
  );
}
