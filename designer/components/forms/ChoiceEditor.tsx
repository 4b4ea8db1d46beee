import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { objectAt, setChoices } from '../../model/index.js';
import type { JsonObject } from '../../model/index.js';
import { useEditor } from '../editorContext.js';
import { CommitTextarea } from './CommitTextarea.js';

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);
const strings = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);

/**
 * The choices of a choice field: values and their German and English labels, one per line
 * (`enum` and `x-enum-titles`). A missing label is the value.
 */
export function ChoiceEditor({ form, fieldKey, field, row }: { form: string; fieldKey: string; field: JsonObject; row: string }) {
  const { t } = useTranslation('forms');
  const { edit } = useEditor();
  const [invalid, setInvalid] = useState(false);
  const values = strings(field.enum);
  const titles = objectAt(field['x-enum-titles']);
  const de = strings(titles.de);
  const en = strings(titles.en);
  const apply = (next: { values?: string[]; de?: string[]; en?: string[] }) => {
    const v = next.values ?? values;
    const label = (given: string[]) => v.map((value, i) => given[i] ?? value);
    const ok = edit((d) => setChoices(d, form, fieldKey, v, { de: label(next.de ?? de), en: label(next.en ?? en) }));
    setInvalid(!ok);
    return ok;
  };
  const area = (suffix: string, label: string, value: string[], commit: (text: string) => boolean) => (
    <div className={`kern-form-input${suffix === 'values' && invalid ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={`${row}-${suffix}`}>{label}</label>
      {suffix === 'values' && invalid ? <p className="kern-error" id={`${row}-values-error`} role="alert"><span className="kern-body">{t('field.choicesInvalid')}</span></p> : null}
      <CommitTextarea id={`${row}-${suffix}`} rows={Math.max(2, value.length)} value={value.join('\n')} onCommit={commit}
        aria-describedby={suffix === 'values' && invalid ? `${row}-values-error` : undefined} aria-invalid={suffix === 'values' && invalid ? true : undefined} />
    </div>
  );
  return (
    <div className="dz-fields">
      {area('values', t('field.values'), values, (text) => apply({ values: lines(text) }))}
      {area('labelsDe', t('field.labelsDe'), de, (text) => apply({ de: lines(text) }))}
      {area('labelsEn', t('field.labelsEn'), en, (text) => apply({ en: lines(text) }))}
    </div>
  );
}
