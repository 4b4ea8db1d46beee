import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { STATE_NAME, addState, findState, listStates, objectAt, setStateType } from '../model/index.js';
import { useEditor } from './editorContext.js';

/** Adds a state by name, title, kind and parent — no drag needed. */
export function AddStateForm() {
  const { t } = useTranslation('editor');
  const { definition, edit } = useEditor();
  const [name, setName] = useState('');
  const [de, setDe] = useState('');
  const [en, setEn] = useState('');
  const [parent, setParent] = useState('');
  const [kind, setKind] = useState<'atomic' | 'final' | 'parallel'>('atomic');
  const [error, setError] = useState<string | undefined>();
  const taken = () => Object.hasOwn(objectAt(parent ? findState(definition, parent)?.states : objectAt(definition.machine).states), name);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!STATE_NAME.test(name)) return setError(t('addState.nameInvalid'));
    if (taken()) return setError(t('addState.nameTaken', { name }));
    const title = de || en ? { de: de || en, en: en || de } : undefined;
    if (edit((d) => { addState(d, parent || undefined, name, title); if (kind !== 'atomic') setStateType(d, parent ? `${parent}.${name}` : name, kind); })) {
      setError(undefined);
      setName(''); setDe(''); setEn('');
    }
  };
  return (
    <form className="dz-add" onSubmit={submit} noValidate aria-labelledby="add-state-title">
      <h3 id="add-state-title" className="kern-heading-small">{t('addState.title')}</h3>
      <div className="dz-fields">
        <div className={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
          <label className="kern-label" htmlFor="add-state-name">{t('addState.name')}</label>
          <div className="kern-hint" id="add-state-name-hint">{t('addState.nameHint')}</div>
          {error ? <p className="kern-error" id="add-state-name-error" role="alert"><span className="kern-body">{error}</span></p> : null}
          <input id="add-state-name" className="kern-form-input__input" value={name} onChange={(e) => setName(e.target.value)}
            aria-describedby={`add-state-name-hint${error ? ' add-state-name-error' : ''}`} aria-invalid={error ? true : undefined} />
        </div>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="add-state-de">{t('states.titleDe')}</label>
          <input id="add-state-de" className="kern-form-input__input" value={de} onChange={(e) => setDe(e.target.value)} />
        </div>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="add-state-en">{t('states.titleEn')}</label>
          <input id="add-state-en" className="kern-form-input__input" value={en} onChange={(e) => setEn(e.target.value)} />
        </div>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="add-state-kind">{t('states.kind')}</label>
          <div className="kern-form-input__select-wrapper">
            <select id="add-state-kind" className="kern-form-input__select" value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
              {(['atomic', 'final', 'parallel'] as const).map((k) => <option key={k} value={k}>{t(`kinds.${k}`)}</option>)}
            </select>
          </div>
        </div>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="add-state-parent">{t('states.parent')}</label>
          <div className="kern-form-input__select-wrapper">
            <select id="add-state-parent" className="kern-form-input__select" value={parent} onChange={(e) => setParent(e.target.value)}>
              <option value="">{t('states.topLevel')}</option>
              {listStates(definition).map((s) => <option key={s.id} value={s.id}>{s.id}</option>)}
            </select>
          </div>
        </div>
      </div>
      <button type="submit" className="kern-btn kern-btn--secondary"><span className="kern-label">{t('addState.submit')}</span></button>
    </form>
  );
}
