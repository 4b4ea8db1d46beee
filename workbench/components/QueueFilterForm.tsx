import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureConfig } from '../../engine/index.js';
import { localized } from '../../ui/index.js';
import type { QueueFilters } from '../api/caseList.js';
import { stateName } from './caseFacts.js';

/**
 * The queue's filters (procedure, step, deadline end) in a form; applying them writes the URL.
 * The steps offered are those of the chosen procedure.
 */
export function QueueFilterForm({ filters, procedures, onApply }: { filters: QueueFilters; procedures: ProcedureConfig[]; onApply: (f: QueueFilters) => void }) {
  const { t, i18n } = useTranslation('queue');
  const [procedure, setProcedure] = useState(filters.procedure ?? '');
  const [state, setState] = useState(filters.state ?? '');
  const [deadline, setDeadline] = useState(filters.deadlineBefore ?? '');
  const def = procedures.find((p) => p.id === procedure);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply({ view: filters.view, ...(procedure ? { procedure } : {}), ...(procedure && state ? { state } : {}), ...(deadline ? { deadlineBefore: deadline } : {}) });
  };
  const reset = () => {
    setProcedure(''); setState(''); setDeadline('');
    onApply({ view: filters.view });
  };
  return (
    <form onSubmit={submit} className="wb-filters" noValidate>
      <fieldset className="kern-fieldset">
        <legend className="kern-label">{t('filters.legend')}</legend>
        <div className="kern-fieldset__body wb-filters__fields">
          <div className="kern-form-input">
            <label className="kern-label" htmlFor="filter-procedure">{t('filters.procedure')}</label>
            <div className="kern-form-input__select-wrapper">
              <select className="kern-form-input__select" id="filter-procedure" value={procedure} onChange={(e) => { setProcedure(e.target.value); setState(''); }}>
                <option value="">{t('filters.any')}</option>
                {procedures.map((p) => <option key={p.id} value={p.id}>{localized(p.title, i18n.language)}</option>)}
              </select>
            </div>
          </div>
          <div className="kern-form-input">
            <label className="kern-label" htmlFor="filter-state">{t('filters.state')}</label>
            <div className="kern-form-input__select-wrapper">
              <select className="kern-form-input__select" id="filter-state" value={state} onChange={(e) => setState(e.target.value)} aria-disabled={!def || undefined}>
                <option value="">{t('filters.any')}</option>
                {def ? Object.keys(def.machine.states).map((s) => <option key={s} value={s}>{stateName(s, def, i18n.language)}</option>) : null}
              </select>
            </div>
          </div>
          <div className="kern-form-input">
            <label className="kern-label" htmlFor="filter-deadline">{t('filters.deadlineBefore')}</label>
            <input className="kern-form-input__input" type="date" id="filter-deadline" value={deadline} onChange={(e) => setDeadline(e.target.value)} />
          </div>
        </div>
        <div className="wb-buttons">
          <button type="submit" className="kern-btn kern-btn--secondary"><span className="kern-label">{t('filters.apply')}</span></button>
          <button type="button" className="kern-btn kern-btn--tertiary" onClick={reset}><span className="kern-label">{t('filters.reset')}</span></button>
        </div>
      </fieldset>
    </form>
  );
}
