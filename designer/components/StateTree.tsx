import { useTranslation } from 'react-i18next';
import { STATE_NAME, deleteState, findState, listStates, objectAt, parentOf, renameState, reparentState, setInitial, setStateTitle, setStateType } from '../model/index.js';
import type { StateNode } from '../model/index.js';
import { ButtonText } from './ButtonText.js';
import { CommitInput } from './CommitInput.js';
import { stateRowId } from './elementIds.js';
import { useEditor } from './editorContext.js';
import { focusAfterDelete } from './focusAfterDelete.js';

const KINDS = ['atomic', 'compound', 'parallel', 'final'] as const;

/** The statechart's states as a nested list; every state's name, title, kind and parent editable. */
export function StateTree() {
  const { definition } = useEditor();
  const states = listStates(definition);
  const { t } = useTranslation('editor');
  const top = states.filter((s) => !s.parent);
  if (top.length === 0) return <p className="kern-body">{t('states.empty')}</p>;
  return <StateList states={states} items={top} />;
}

function StateList({ states, items }: { states: StateNode[]; items: StateNode[] }) {
  return (
    <ul className="dz-tree">
      {items.map((s) => (
        <li key={s.id}>
          <StateRow state={s} all={states} />
          {states.some((c) => c.parent === s.id) ? <StateList states={states} items={states.filter((c) => c.parent === s.id)} /> : null}
        </li>
      ))}
    </ul>
  );
}

function StateRow({ state, all }: { state: StateNode; all: StateNode[] }) {
  const { t } = useTranslation('editor');
  const { definition, edit, selectedRow } = useEditor();
  const row = stateRowId(state.id);
  const parent = parentOf(state.id);
  const holder = parent ? findState(definition, parent) : objectAt(definition.machine);
  const initial = holder?.initial === state.name;
  const title = objectAt(objectAt(state.config.meta).title) as { de?: string; en?: string };
  const kind = (state.config.type as string | undefined) ?? (state.config.states ? 'compound' : 'atomic');
  const parents = all.filter((p) => p.id !== state.id && !p.id.startsWith(`${state.id}.`));
  return (
    <fieldset className="kern-fieldset dz-row" id={row} data-selected={selectedRow === row ? 'true' : undefined}>
      <legend className="kern-label">{t('states.legend', { id: state.id })}{initial ? ` ${t('states.initialMark')}` : ''}</legend>
      <div className="dz-fields">
        <div className="kern-form-input">
          <label className="kern-label" htmlFor={`${row}-name`}>{t('states.name')}</label>
          <CommitInput id={`${row}-name`} value={state.name} onCommit={(v) => STATE_NAME.test(v) && edit((d) => renameState(d, state.id, v))} />
        </div>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor={`${row}-title`}>{t('states.titleDe')}</label>
          <CommitInput id={`${row}-title`} value={title.de ?? ''} onCommit={(v) => edit((d) => setStateTitle(d, state.id, { de: v, en: title.en ?? v }))} />
        </div>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor={`${row}-titleEn`}>{t('states.titleEn')}</label>
          <CommitInput id={`${row}-titleEn`} value={title.en ?? ''} onCommit={(v) => edit((d) => setStateTitle(d, state.id, { de: title.de ?? v, en: v }))} />
        </div>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor={`${row}-type`}>{t('states.kind')}</label>
          <div className="kern-form-input__select-wrapper">
            <select id={`${row}-type`} className="kern-form-input__select" value={kind} onChange={(e) => edit((d) => setStateType(d, state.id, e.target.value as (typeof KINDS)[number]))}>
              {KINDS.map((k) => <option key={k} value={k}>{t(`kinds.${k}`)}</option>)}
            </select>
          </div>
        </div>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor={`${row}-parent`}>{t('states.parent')}</label>
          <div className="kern-form-input__select-wrapper">
            <select id={`${row}-parent`} className="kern-form-input__select" value={parent ?? ''} onChange={(e) => edit((d) => reparentState(d, state.id, e.target.value || undefined))}>
              <option value="">{t('states.topLevel')}</option>
              {parents.map((p) => <option key={p.id} value={p.id}>{p.id}</option>)}
            </select>
          </div>
        </div>
      </div>
      <div className="dz-buttons">
        {!initial ? <button type="button" className="kern-btn kern-btn--secondary kern-btn--small" onClick={() => edit((d) => setInitial(d, state.id))}><ButtonText text={t('states.makeInitial')} about={state.id} /></button> : null}
        <button type="button" className="kern-btn kern-btn--tertiary kern-btn--small" onClick={() => { if (edit((d) => deleteState(d, state.id))) focusAfterDelete('states-title'); }}><ButtonText text={t('states.delete')} about={state.id} /></button>
      </div>
    </fieldset>
  );
}
