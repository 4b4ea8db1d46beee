import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { STATE_NAME, deleteState, findState, listStates, objectAt, parentOf, pasteState, renameState, reparentState, setInitial, setStateTitle, setStateType } from '../model/index.js';
import type { JsonObject, StateNode } from '../model/index.js';
import { ButtonText } from './ButtonText.js';
import { CommitInput } from './CommitInput.js';
import { stateRowId } from './elementIds.js';
import { useEditor } from './editorContext.js';
import { focusAfterDelete } from './focusAfterDelete.js';

const KINDS = ['atomic', 'compound', 'parallel', 'final'] as const;

/** A copied state: where it came from, its name and a snapshot of its configuration (subtree included). */
interface Copied { id: string; name: string; config: JsonObject }

/** What the rows need to copy a state and paste one next to them. */
interface Clipboard { copy(state: StateNode): void; paste(parent: string | undefined): void }

/**
 * The statechart's states as a nested list; every state's name, title, kind and parent editable.
 * A state is copied with its whole subtree ("Kopieren", or Ctrl+C in its row outside a text field)
 * and pasted under any parent ("Einfügen") or next to a row (Ctrl+V there) as `<name>Kopie` — an
 * edit like any other, so Ctrl+Z takes it back.
 */
export function StateTree() {
  const { definition, edit } = useEditor();
  const states = listStates(definition);
  const { t } = useTranslation('editor');
  const [copied, setCopied] = useState<Copied | undefined>();
  const [said, setSaid] = useState('');
  const top = states.filter((s) => !s.parent);
  const clipboard: Clipboard = {
    copy(state) {
      setCopied({ id: state.id, name: state.name, config: structuredClone(state.config) });
      setSaid(t('states.copied', { id: state.id }));
    },
    paste(parent) {
      if (!copied) return;
      let pasted = '';
      if (!edit((d) => { pasted = pasteState(d, parent, copied.name, copied.config); })) return;
      const id = parent ? `${parent}.${pasted}` : pasted;
      setSaid(t('states.pasted', { id }));
      setTimeout(() => document.getElementById(`${stateRowId(id)}-name`)?.focus(), 0);
    },
  };
  return (
    <>
      {top.length === 0 ? <p className="kern-body">{t('states.empty')}</p> : <StateList states={states} items={top} clipboard={clipboard} />}
      <p className="kern-body" role="status" data-testid="clipboard-status">{said}</p>
      {copied ? <PasteForm key={copied.id} copied={copied} states={states} onPaste={clipboard.paste} /> : null}
    </>
  );
}

/** "Kopierten Zustand einfügen": the copied state under a chosen parent (the original's by default). */
function PasteForm({ copied, states, onPaste }: { copied: Copied; states: StateNode[]; onPaste(parent: string | undefined): void }) {
  const { t } = useTranslation('editor');
  const [parent, setParent] = useState(parentOf(copied.id) ?? '');
  const parents = states.filter((p) => !(p.config.type === 'final'));
  return (
    <div className="dz-add" role="group" aria-labelledby="paste-state-title">
      <h3 id="paste-state-title" className="kern-heading-small">{t('states.pasteTitle')}</h3>
      <div className="kern-form-input">
        <label className="kern-label" htmlFor="paste-state-parent">{t('states.pasteUnder')}</label>
        <div className="kern-form-input__select-wrapper">
          <select id="paste-state-parent" className="kern-form-input__select" value={parent} onChange={(e) => setParent(e.target.value)}>
            <option value="">{t('states.topLevel')}</option>
            {parents.map((p) => <option key={p.id} value={p.id}>{p.id}</option>)}
          </select>
        </div>
      </div>
      <button type="button" className="kern-btn kern-btn--secondary" onClick={() => onPaste(parent || undefined)}><ButtonText text={t('states.paste')} about={copied.id} /></button>
    </div>
  );
}

function StateList({ states, items, clipboard }: { states: StateNode[]; items: StateNode[]; clipboard: Clipboard }) {
  return (
    <ul className="dz-tree">
      {items.map((s) => (
        <li key={s.id}>
          <StateRow state={s} all={states} clipboard={clipboard} />
          {states.some((c) => c.parent === s.id) ? <StateList states={states} items={states.filter((c) => c.parent === s.id)} clipboard={clipboard} /> : null}
        </li>
      ))}
    </ul>
  );
}

/** Ctrl+C / Ctrl+V in a state's row, but not while typing in one of its text fields. */
function clipboardKeys(e: KeyboardEvent, state: StateNode, clipboard: Clipboard) {
  if (!(e.ctrlKey || e.metaKey) || e.shiftKey || e.altKey) return;
  if (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement) return;
  const key = e.key.toLowerCase();
  if (key === 'c') { e.preventDefault(); clipboard.copy(state); }
  else if (key === 'v') { e.preventDefault(); clipboard.paste(parentOf(state.id)); }
}

function StateRow({ state, all, clipboard }: { state: StateNode; all: StateNode[]; clipboard: Clipboard }) {
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
    <fieldset className="kern-fieldset dz-row" id={row} data-selected={selectedRow === row ? 'true' : undefined} onKeyDown={(e) => clipboardKeys(e, state, clipboard)}>
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
        <button type="button" className="kern-btn kern-btn--secondary kern-btn--small" onClick={() => clipboard.copy(state)}><ButtonText text={t('states.copy')} about={state.id} /></button>
        <button type="button" className="kern-btn kern-btn--tertiary kern-btn--small" onClick={() => { if (edit((d) => deleteState(d, state.id))) focusAfterDelete('states-title'); }}><ButtonText text={t('states.delete')} about={state.id} /></button>
      </div>
    </fieldset>
  );
}
