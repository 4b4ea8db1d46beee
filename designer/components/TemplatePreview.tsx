import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PREVIEW_CASE, templatePreview } from '../model/templatePreview.js';
import { useEditor } from './editorContext.js';

/**
 * "Vorschau mit Beispieldaten": a template of the draft rendered as the runtime renders it, in
 * German and English, over the forms' samples and a sample case (`templatePreview`). A KERN
 * accordion (a native disclosure: keyboard and screen readers know it); rendered only while
 * open, and again on every edit while it is.
 */
export function TemplatePreview({ kind, name, row }: { kind: 'document' | 'notification'; name: string; row: string }) {
  const { t } = useTranslation('templates');
  const { definition } = useEditor();
  const [open, setOpen] = useState(false);
  const now = new Date();
  return (
    <details className="kern-accordion dz-preview" id={`${row}-preview`} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="kern-accordion__header"><span className="kern-title">{t('templates.preview', { name })}</span></summary>
      {open ? (
        <div className="kern-accordion__body">
          <p className="kern-hint">{t('templates.previewLead', { reference: PREVIEW_CASE.reference, applicant: PREVIEW_CASE.applicant })}</p>
          {(['de', 'en'] as const).map((language) => (
            <div key={language} className="dz-preview__language">
              <h4 className="kern-heading-small">{t(language === 'de' ? 'templates.previewDe' : 'templates.previewEn')}</h4>
              <dl className="dz-preview__parts" data-testid={`${row}-preview-${language}`}>
                {templatePreview(definition, kind, name, language, now).map((p) => (
                  <div key={p.part}>
                    <dt className="kern-label">{t(`templates.parts.${p.part}`)}</dt>
                    {'text' in p
                      ? <dd lang={language} className="kern-body dz-preview__text">{p.text || t('templates.previewEmpty')}</dd>
                      : <dd className="kern-body dz-preview__problem">{t('templates.previewProblem', { problem: p.problem })}</dd>}
                  </div>
                ))}
              </dl>
            </div>
          ))}
        </div>
      ) : null}
    </details>
  );
}
