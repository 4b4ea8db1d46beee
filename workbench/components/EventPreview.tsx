import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureConfig } from '../../engine/index.js';
import { documentTitle, useFocusWhenShown } from '../../ui/index.js';
import type { DraftDocument } from '../api/eventPreview.js';
import { PdfPreview } from './PdfPreview.js';

/**
 * The preview step of an action: each document the event would render, as the draft PDF
 * (pdf.js), before the clerk fires it. `children` are the buttons (fire, change, cancel).
 */
export function EventPreview({ def, event, drafts, purpose, children }: {
  def: ProcedureConfig; event: string; drafts: DraftDocument[]; purpose: string; children: ReactNode;
}) {
  const { t, i18n } = useTranslation('action');
  const heading = useFocusWhenShown<HTMLHeadingElement>(drafts);
  return (
    <section className="wb-event-preview" aria-labelledby={`preview-${event}`} data-testid="event-preview">
      <h4 className="kern-heading-small" id={`preview-${event}`} tabIndex={-1} ref={heading}>{t('preview.title')}</h4>
      <p className="kern-body">{t('preview.lead')}</p>
      {drafts.map((d) => (
        <PdfPreview key={d.document} documentId={`entwurf-${event}-${d.document}`} title={t('preview.document', { title: documentTitle(def, d.document, i18n.language) })} purpose={purpose} content={d.content} />
      ))}
      {children}
    </section>
  );
}
