import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { guardFields } from '../../engine/index.js';
import type { GuardField, ProcedureConfig } from '../../engine/index.js';
import { deleteTransition, listStates, listTransitions, moveAlternative, objectAt, setGuard, setTarget, setTrigger, targetText, transitionPointer } from '../model/index.js';
import type { TransitionRow } from '../model/index.js';
import { ButtonText } from './ButtonText.js';
import { DeadlineInput } from './DeadlineInput.js';
import { GuardInput } from './GuardInput.js';
import { transitionRowId } from './elementIds.js';
import { useEditor } from './editorContext.js';
import { focusAfterDelete } from './focusAfterDelete.js';

/** Every transition as a table row: trigger, target, guard and order editable from the keyboard. */
export function TransitionTable() {
  const { t } = useTranslation('editor');
  const { definition } = useEditor();
  const rows = listTransitions(definition);
  const fields = useMemo(() => guardFields(definition as unknown as ProcedureConfig), [definition]);
  if (rows.length === 0) return <p className="kern-body">{t('transitions.empty')}</p>;
  return (
    <div className="dz-table-scroll">
      <table className="kern-table dz-table">
        <caption className="kern-title">{t('transitions.caption')}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            {(['source', 'trigger', 'target', 'guard', 'actions'] as const).map((c) => <th key={c} scope="col" className="kern-table__header">{t(`transitions.${c}`)}</th>)}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {rows.map((row) => <Row key={transitionRowId(row)} row={row} fields={fields.get(transitionPointer(definition, row)) ?? NO_FIELDS} />)}
        </tbody>
      </table>
    </div>
  );
}

const NO_FIELDS: GuardField[] = [];

function Row({ row, fields }: { row: TransitionRow; fields: GuardField[] }) {
  const { t } = useTranslation('editor');
  const { definition, edit, selectedRow } = useEditor();
  const id = transitionRowId(row);
  const states = listStates(definition);
  const events = Object.keys(objectAt(definition.events));
  const ref = { source: row.source, trigger: row.trigger, index: row.index };
  const label = t('transitions.rowLabel', { source: row.source, index: row.index + 1, count: row.count });
  return (
    <tr className="kern-table__row" id={id} data-selected={selectedRow === id ? 'true' : undefined}>
      <th scope="row" className="kern-table__header" data-label={t('transitions.source')}>
        {row.source}{row.count > 1 ? <span className="kern-body kern-body--small"> {t('transitions.alternative', { index: row.index + 1, count: row.count })}</span> : null}
      </th>
      <td className="kern-table__cell" data-label={t('transitions.trigger')}>
        {row.trigger.kind === 'event' ? (
          <div className="kern-form-input">
            <label className="kern-label" htmlFor={`${id}-trigger`}>{t('transitions.event')}</label>
            <div className="kern-form-input__select-wrapper">
              <select id={`${id}-trigger`} className="kern-form-input__select" value={row.trigger.event} onChange={(e) => edit((d) => setTrigger(d, ref, { kind: 'event', event: e.target.value }))}>
                {(events.includes(row.trigger.event) ? events : [row.trigger.event, ...events]).map((ev) => <option key={ev} value={ev}>{ev}</option>)}
              </select>
            </div>
          </div>
        ) : row.trigger.kind === 'after' ? (
          <DeadlineInput key={row.trigger.delay} id={`${id}-trigger`} value={row.trigger.delay} onCommit={(delay) => edit((d) => setTrigger(d, ref, { kind: 'after', delay }))} />
        ) : <span className="kern-body">{t('transitions.always')}</span>}
      </td>
      <td className="kern-table__cell dz-cell--labelled" data-label={t('transitions.target')}>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor={`${id}-target`}>{t('transitions.target')}</label>
          <div className="kern-form-input__select-wrapper">
            <select id={`${id}-target`} className="kern-form-input__select" value={row.targetId ?? row.target ?? ''} onChange={(e) => edit((d) => setTarget(d, ref, e.target.value ? targetText(row.source, e.target.value) : ''))}>
              <option value="">{t('transitions.noTarget')}</option>
              {row.target !== undefined && !row.targetId ? <option value={row.target}>{t('transitions.unknownTarget', { name: row.target })}</option> : null}
              {states.map((s) => <option key={s.id} value={s.id}>{s.id}</option>)}
            </select>
          </div>
        </div>
      </td>
      <td className="kern-table__cell dz-cell--labelled" data-label={t('transitions.guard')}>
        <GuardInput id={`${id}-guard`} guard={row.guard} fields={fields} onCommit={(g) => edit((d) => setGuard(d, ref, g))} />
      </td>
      <td className="kern-table__cell" data-label={t('transitions.actions')}>
        <div className="dz-buttons">
          {row.count > 1 ? (
            <>
              <button type="button" className="kern-btn kern-btn--secondary kern-btn--small" disabled={row.index === 0} onClick={() => edit((d) => moveAlternative(d, ref, -1))}><ButtonText text={t('transitions.up')} about={label} /></button>
              <button type="button" className="kern-btn kern-btn--secondary kern-btn--small" disabled={row.index === row.count - 1} onClick={() => edit((d) => moveAlternative(d, ref, 1))}><ButtonText text={t('transitions.down')} about={label} /></button>
            </>
          ) : null}
          <button type="button" className="kern-btn kern-btn--tertiary kern-btn--small" onClick={() => { if (edit((d) => deleteTransition(d, ref))) focusAfterDelete('transitions-title'); }}><ButtonText text={t('transitions.delete')} about={label} /></button>
        </div>
      </td>
    </tr>
  );
}
