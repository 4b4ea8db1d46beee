import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FIELD_KINDS, addField, fieldKeyFor } from '../../model/index.js';
import type { FieldKind } from '../../model/index.js';
import { useEditor } from '../editorContext.js';
import { focusSoon } from './focusSoon.js';
import { fieldRowId, formRowId } from './formIds.js';

/**
 * The field palette, without drag: type the new field's label, then press the button of its
 * kind (text, long text, number, date, yes/no, choice, e-mail, file, address group). The field
 * is added at the end and its key input takes focus.
 */
export function FieldPalette({ form, taken }: { form: string; taken: string[] }) {
  const { t } = useTranslation('forms');
  const { edit } = useEditor();
  const [label, setLabel] = useState('');
  const row = formRowId(form);
  const add = (kind: FieldKind) => {
    const title = label.trim() || t(`kinds.${kind}`);
    const key = fieldKeyFor(title, taken);
    if (edit((d) => addField(d, form, key, kind, title))) {
      setLabel('');
      focusSoon(`${fieldRowId(form, key)}-key`);
    }
  };
  return (
    <div className="dz-add" role="group" aria-labelledby={`${row}-palette-title`}>
      <h4 id={`${row}-palette-title`} className="kern-heading-small">{t('palette.title')}</h4>
      <div className="kern-form-input">
        <label className="kern-label" htmlFor={`${row}-palette-label`}>{t('palette.label')}</label>
        <div className="kern-hint" id={`${row}-palette-hint`}>{t('palette.labelHint')}</div>
        <input id={`${row}-palette-label`} className="kern-form-input__input" value={label} onChange={(e) => setLabel(e.target.value)} aria-describedby={`${row}-palette-hint`} />
      </div>
      <p className="kern-label" id={`${row}-palette-kinds`}>{t('palette.kinds')}</p>
      <ul className="dz-buttons dz-plain" aria-labelledby={`${row}-palette-kinds`}>
        {FIELD_KINDS.map((kind) => (
          <li key={kind}>
            <button type="button" id={`${row}-add-${kind}`} className="kern-btn kern-btn--secondary kern-btn--small" onClick={() => add(kind)}>
              <span className="kern-label">{t('palette.add', { kind: t(`kinds.${kind}`) })}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
