import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KernForm, prepareForm, pruneEmpty } from '../../ui/index.js';
import type { FormData } from '../../ui/index.js';
import type { JsonObject } from '../model/index.js';

/** Props: the type's parameter schema, the current params, and what to do on apply or cancel. */
export interface EffectParamsFormProps {
  schema: Record<string, unknown>;
  title: string;
  params: JsonObject;
  onApply(params: JsonObject): void;
  onCancel(): void;
}

/**
 * The parameter form of one effect, generated from its type's schema by the shared form
 * renderer (KernForm): a new effect type needs no UI code. Focus goes to its first field.
 */
export function EffectParamsForm({ schema, title, params, onApply, onCancel }: EffectParamsFormProps) {
  const { t, i18n } = useTranslation('panels');
  // prepareForm caches per object: one plain copy of the schema per form.
  const form = useMemo(() => ({ schema: JSON.parse(JSON.stringify(schema)) as Record<string, unknown> }), [schema]);
  const prepared = prepareForm(form, i18n.language);
  const [data, setData] = useState<FormData>(params);
  useEffect(() => {
    document.getElementById('effect-params')?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);
  return (
    <section className="dz-add dz-params" aria-labelledby="effect-params-title">
      <h5 id="effect-params-title" className="kern-heading-small">{t('effects.formTitle', { title })}</h5>
      <KernForm id="effect-params" idPrefix="effect" schema={prepared.schema} uiSchema={prepared.uiSchema} formData={data} onChange={setData}
        onSubmit={(d) => onApply((pruneEmpty(d, prepared.schema) ?? {}) as JsonObject)}>
        <div className="dz-buttons">
          <button type="submit" className="kern-btn kern-btn--primary"><span className="kern-label">{t('effects.apply')}</span></button>
          <button type="button" className="kern-btn kern-btn--secondary" onClick={onCancel}><span className="kern-label">{t('effects.cancel')}</span></button>
        </div>
      </KernForm>
    </section>
  );
}
