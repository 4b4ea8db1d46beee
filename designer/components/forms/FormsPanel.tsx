import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddByNameForm } from '../AddByNameForm.js';
import { FORM_NAME, addForm, objectAt } from '../../model/index.js';
import { useEditor } from '../editorContext.js';
import { FormEditor } from './FormEditor.js';
import { focusSoon } from './focusSoon.js';
import { formOfRow, formRowId } from './formIds.js';
import './forms.css';

/**
 * The form builder: the definition's forms with their field counts, one chosen for editing
 * (fields, palette, examples, live preview), and a form to add one. Keyboard only, no drag.
 */
export function FormsPanel() {
  const { t } = useTranslation('forms');
  const { definition, language, selectedRow } = useEditor();
  const forms = Object.entries(objectAt(definition.forms));
  const [picked, setPicked] = useState<string | undefined>();
  // A problem chosen in the problems panel opens its form (before the editor focuses the field).
  const [seenRow, setSeenRow] = useState(selectedRow);
  if (selectedRow !== seenRow) {
    setSeenRow(selectedRow);
    const form = formOfRow(selectedRow, forms.map(([n]) => n));
    if (form) setPicked(form);
  }
  const chosen = picked !== undefined && forms.some(([n]) => n === picked) ? picked : forms[0]?.[0];
  return (
    <div className="dz-forms">
      <p className="kern-body">{t('lead')}</p>
      {forms.length === 0 ? <p className="kern-body">{t('empty')}</p> : (
        <ul className="dz-plain" data-testid="form-list">
          {forms.map(([name, raw]) => {
            const form = objectAt(raw);
            const title = objectAt(form.title) as { de?: string; en?: string };
            const count = Object.keys(objectAt(objectAt(form.schema).properties)).length;
            const current = name === chosen;
            return (
              <li key={name} className="dz-buttons">
                <button type="button" id={`${formRowId(name)}-choose`} className={`kern-btn ${current ? 'kern-btn--primary' : 'kern-btn--secondary'} kern-btn--small`}
                  aria-pressed={current} onClick={() => { setPicked(name); focusSoon(`${formRowId(name)}-heading`); }}>
                  <span className="kern-label">{`${(language === 'en' ? title.en : title.de) || name} (${name}, ${t('fieldCount', { count })})`}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {chosen ? <FormEditor key={chosen} name={chosen} onRenamed={(to) => setPicked(to)} /> : null}
      <AddFormForm taken={forms.map(([n]) => n)} onAdded={(name) => { setPicked(name); focusSoon(`${formRowId(name)}-heading`); }} />
    </div>
  );
}

function AddFormForm({ taken, onAdded }: { taken: string[]; onAdded(name: string): void }) {
  const { t } = useTranslation('forms');
  const { edit } = useEditor();
  return (
    <AddByNameForm idBase="add-form"
      texts={{ title: t('add.title'), name: t('add.name'), nameHint: t('add.nameHint'), titleDe: t('add.titleDe'), submit: t('add.submit') }}
      refuse={(name) => (!FORM_NAME.test(name) ? t('nameInvalid') : taken.includes(name) ? t('nameTaken', { name }) : undefined)}
      add={(name, { de }) => edit((d) => addForm(d, name, { de: de || name, en: de || name }))}
      onAdded={onAdded} />
  );
}
