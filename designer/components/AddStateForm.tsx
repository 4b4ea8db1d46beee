import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STATE_NAME, addState, findState, listStates, objectAt, setStateType } from '../model/index.js';
import { AddByNameForm } from './AddByNameForm.js';
import { useEditor } from './editorContext.js';

/** Adds a state by name, title, kind and parent — no drag needed. */
export function AddStateForm() {
  const { t } = useTranslation('editor');
  const { definition, edit } = useEditor();
  const [parent, setParent] = useState('');
  const [kind, setKind] = useState<'atomic' | 'final' | 'parallel'>('atomic');
  const taken = (name: string) => Object.hasOwn(objectAt(parent ? findState(definition, parent)?.states : objectAt(definition.machine).states), name);
  return (
    <AddByNameForm idBase="add-state"
      texts={{ title: t('addState.title'), name: t('addState.name'), nameHint: t('addState.nameHint'), titleDe: t('states.titleDe'), titleEn: t('states.titleEn'), submit: t('addState.submit') }}
      refuse={(name) => (!STATE_NAME.test(name) ? t('addState.nameInvalid') : taken(name) ? t('addState.nameTaken', { name }) : undefined)}
      add={(name, { de, en }) => {
        const title = de || en ? { de: de || en, en: en || de } : undefined;
        return edit((d) => { addState(d, parent || undefined, name, title); if (kind !== 'atomic') setStateType(d, parent ? `${parent}.${name}` : name, kind); });
      }}>
      {() => (
        <>
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
        </>
      )}
    </AddByNameForm>
  );
}
