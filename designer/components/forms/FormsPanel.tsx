import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
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
  const [name, setName] = useState('');
  const [de, setDe] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!FORM_NAME.test(name)) return setError(t('nameInvalid'));
    if (taken.includes(name)) return setError(t('nameTaken', { name }));
    if (edit((d) => addForm(d, name, { de: de || name, en: de || name }))) {
      setError(undefined); setName(''); setDe('');
      onAdded(name);
    }
  };
  return (
    <form className="dz-add" onSubmit={submit} noValidate aria-labelledby="add-form-title">
      <h3 id="add-form-title" className="kern-heading-small">{t('add.title')}</h3>
      <div className="dz-fields">
        <div className={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
          <label className="kern-label" htmlFor="add-form-name">{t('add.name')}</label>
          <div className="kern-hint" id="add-form-name-hint">{t('add.nameHint')}</div>
          {error ? <p className="kern-error" id="add-form-name-error" role="alert"><span className="kern-body">{error}</span></p> : null}
          <input id="add-form-name" className="kern-form-input__input" value={name} onChange={(e) => setName(e.target.value)}
            aria-describedby={`add-form-name-hint${error ? ' add-form-name-error' : ''}`} aria-invalid={error ? true : undefined} />
        </div>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="add-form-de">{t('add.titleDe')}</label>
          <input id="add-form-de" className="kern-form-input__input" value={de} onChange={(e) => setDe(e.target.value)} />
        </div>
      </div>
      <button type="submit" className="kern-btn kern-btn--secondary"><span className="kern-label">{t('add.submit')}</span></button>
    </form>
  );
}
