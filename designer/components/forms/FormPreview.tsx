import { Component, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { KernForm, prepareForm } from '../../../ui/index.js';
import type { FormData, ProcedureForm } from '../../../ui/index.js';
import { objectAt } from '../../model/index.js';
import { useEditor } from '../editorContext.js';
import { formRowId } from './formIds.js';

/** Shows `fallback(error)` instead of a preview that failed to render (a schema RJSF cannot draw). */
class PreviewBoundary extends Component<{ fallback(message: string): ReactNode; children: ReactNode }, { error?: string }> {
  override state: { error?: string } = {};
  static getDerivedStateFromError(error: unknown) { return { error: error instanceof Error ? error.message : String(error) }; }
  override render() { return this.state.error !== undefined ? this.props.fallback(this.state.error) : this.props.children; }
}

/**
 * The live preview: the form rendered by the portal's own renderer (KernForm from ui/) from
 * the edited definition, in the designer's language. "Eingaben prüfen" checks in the browser only.
 */
export function FormPreview({ form, data, onData }: { form: string; data: FormData; onData(data: FormData): void }) {
  const { t, i18n } = useTranslation('forms');
  const { definition } = useEditor();
  const [valid, setValid] = useState(false);
  const config = objectAt(objectAt(definition.forms)[form]);
  const row = formRowId(form);
  const prepared = useMemo(() => {
    try { return { form: prepareForm(config as unknown as ProcedureForm, i18n.language) }; } catch (e) { return { error: e instanceof Error ? e.message : String(e) }; }
  }, [config, i18n.language]);
  const broken = (message: string) => <p className="kern-body" role="status">{t('preview.broken', { message })}</p>;
  return (
    <div className="dz-add dz-preview" role="group" aria-labelledby={`${row}-preview-title`} data-testid="form-preview">
      <h4 id={`${row}-preview-title`} className="kern-heading-small">{t('preview.title')}</h4>
      <p className="kern-body">{t('preview.lead')}</p>
      {valid ? <div className="kern-alert kern-alert--success" role="status"><div className="kern-alert__body"><p className="kern-body">{t('preview.valid')}</p></div></div> : null}
      {prepared.form ? (
        <PreviewBoundary key={JSON.stringify(config)} fallback={broken}>
          <KernForm {...prepared.form} id={`${row}-preview`} idPrefix={`${row}-preview`} formData={data} onChange={(d) => { onData(d); setValid(false); }}
            onInvalid={() => setValid(false)} onSubmit={() => setValid(true)}>
            <div className="app-form-actions">
              <button type="submit" className="kern-btn kern-btn--primary"><span className="kern-label">{t('preview.check')}</span></button>
            </div>
          </KernForm>
        </PreviewBoundary>
      ) : broken(prepared.error ?? '')}
    </div>
  );
}
