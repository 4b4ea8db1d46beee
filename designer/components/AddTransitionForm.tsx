import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addTransition, durationWords, listStates, objectAt, targetText } from '../model/index.js';
import type { Trigger } from '../model/index.js';
import { useEditor } from './editorContext.js';

/** Adds a transition by choosing source, trigger (event, deadline or none) and target from menus. */
export function AddTransitionForm() {
  const { t } = useTranslation('editor');
  const { definition, edit, language } = useEditor();
  const states = listStates(definition);
  const events = Object.keys(objectAt(definition.events));
  const [source, setSource] = useState('');
  const [kind, setKind] = useState<Trigger['kind']>('event');
  const [event, setEvent] = useState('');
  const [delay, setDelay] = useState('P14D');
  const [target, setTargetId] = useState('');
  const [error, setError] = useState<string | undefined>();
  const from = source || states[0]?.id || '';
  const to = target || states[0]?.id || '';
  const ev = event || events[0] || '';
  const words = durationWords(delay, language);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!from || !to) return setError(t('addTransition.noStates'));
    if (kind === 'event' && !ev) return setError(t('addTransition.noEvents'));
    if (kind === 'after' && !words) return setError(t('transitions.deadlineInvalid'));
    const trigger: Trigger = kind === 'event' ? { kind, event: ev } : kind === 'after' ? { kind, delay } : { kind };
    if (edit((d) => addTransition(d, from, trigger, targetText(from, to)))) setError(undefined);
  };
  const select = (id: string, label: string, value: string, set: (v: string) => void, options: { value: string; label: string }[]) => (
    <div className="kern-form-input">
      <label className="kern-label" htmlFor={id}>{label}</label>
      <div className="kern-form-input__select-wrapper">
        <select id={id} className="kern-form-input__select" value={value} onChange={(e) => set(e.target.value)}>
          {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      </div>
    </div>
  );
  const stateOptions = states.map((s) => ({ value: s.id, label: s.id }));
  return (
    <form className="dz-add" onSubmit={submit} noValidate aria-labelledby="add-transition-title">
      <h3 id="add-transition-title" className="kern-heading-small">{t('addTransition.title')}</h3>
      {error ? <div className="kern-alert kern-alert--danger" role="alert"><div className="kern-alert__body"><p className="kern-body">{error}</p></div></div> : null}
      <div className="dz-fields">
        {select('add-transition-source', t('transitions.source'), from, setSource, stateOptions)}
        {select('add-transition-kind', t('addTransition.kind'), kind, (v) => setKind(v as Trigger['kind']), (['event', 'after', 'always'] as const).map((k) => ({ value: k, label: t(`addTransition.kinds.${k}`) })))}
        {kind === 'event' ? select('add-transition-event', t('transitions.event'), ev, setEvent, events.map((x) => ({ value: x, label: x }))) : null}
        {kind === 'after' ? (
          <div className="kern-form-input">
            <label className="kern-label" htmlFor="add-transition-delay">{t('transitions.deadline')}</label>
            <input id="add-transition-delay" className="kern-form-input__input" value={delay} onChange={(e) => setDelay(e.target.value)} aria-describedby="add-transition-delay-words" />
            <div className="kern-hint" id="add-transition-delay-words" aria-live="polite">{words ? t('transitions.deadlineWords', { words }) : t('transitions.deadlineInvalid')}</div>
          </div>
        ) : null}
        {select('add-transition-target', t('transitions.target'), to, setTargetId, stateOptions)}
      </div>
      <button type="submit" className="kern-btn kern-btn--secondary"><span className="kern-label">{t('addTransition.submit')}</span></button>
    </form>
  );
}
