import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureConfig } from '../../engine/index.js';
import { KernForm, localized, prepareForm, useFocusWhenShown } from '../../ui/index.js';
import type { FormData } from '../../ui/index.js';
import type { OfferedEvent } from './simulationRun.js';

/** Props: the definition, the events offered to the role, the role, and how to send one. */
export interface SimulationEventsProps {
  def: ProcedureConfig;
  offered: OfferedEvent[];
  role: string;
  onSend(type: string, data: Record<string, unknown> | undefined): void;
}

/**
 * The events the current state accepts for the chosen role: each sent with its form's sample
 * data (a choice when the examples hold several) or with data typed into the portal's own form
 * renderer; an event without form is sent as it is.
 */
export function SimulationEvents({ def, offered, role, onSend }: SimulationEventsProps) {
  const { t, i18n } = useTranslation('simulation');
  const [typing, setTyping] = useState<string | undefined>();
  const [picked, setPicked] = useState<Record<string, number>>({});
  const [data, setData] = useState<FormData>({});
  const formHeading = useFocusWhenShown<HTMLHeadingElement>(typing);
  const name = (type: string) => localized(def.events[type]?.title, i18n.language) || type;
  const roleName = localized(def.roles[role]?.title, i18n.language) || role;
  const typingEvent = offered.find((o) => o.type === typing);
  return (
    <section aria-labelledby="sim-events-title">
      <h3 id="sim-events-title" className="kern-heading-small">{t('events', { role: roleName })}</h3>
      {offered.length === 0 ? <p className="kern-body">{t('noEvents', { role: roleName })}</p> : null}
      <ul className="sim-events">
        {offered.map((o) => {
          const sample = picked[o.type] ?? 0;
          return (
            <li key={o.type} className="sim-event">
              <p className="kern-body"><strong>{name(o.type)}</strong> ({o.type})</p>
              {o.samples.length > 1 ? (
                <div className="kern-form-input">
                  <label className="kern-label" htmlFor={`sim-sample-${o.type}`}>{t('sample', { event: o.type })}</label>
                  <div className="kern-form-input__select-wrapper">
                    <select id={`sim-sample-${o.type}`} className="kern-form-input__select" value={sample} onChange={(e) => setPicked({ ...picked, [o.type]: Number(e.target.value) })}>
                      {o.samples.map((_, i) => <option key={i} value={i}>{t('sampleN', { n: i + 1 })}</option>)}
                    </select>
                  </div>
                </div>
              ) : null}
              {o.form !== undefined && o.samples.length === 0 ? <p className="kern-body kern-body--small">{t('noSample', { form: o.form })}</p> : null}
              <div className="dz-buttons">
                {o.form === undefined || o.samples.length ? (
                  <button type="button" className="kern-btn kern-btn--primary" onClick={() => onSend(o.type, o.form === undefined ? undefined : o.samples[sample])}>
                    <span className="kern-label">{o.form === undefined ? t('send', { event: o.type }) : t('sendSample', { event: o.type })}</span>
                  </button>
                ) : null}
                {o.form !== undefined ? (
                  <button type="button" className="kern-btn kern-btn--secondary" aria-expanded={typing === o.type} onClick={() => { setData(o.samples[sample] ?? {}); setTyping(typing === o.type ? undefined : o.type); }}>
                    <span className="kern-label">{t('typeData', { event: o.type })}</span>
                  </button>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
      {typingEvent?.form !== undefined && def.forms?.[typingEvent.form] ? (
        <section aria-labelledby="sim-form-title" className="sim-form">
          <h4 id="sim-form-title" className="kern-heading-small" tabIndex={-1} ref={formHeading}>{t('formTitle', { event: name(typingEvent.type) })}</h4>
          <KernForm {...prepareForm(def.forms[typingEvent.form]!, i18n.language)} id="sim-form" idPrefix="sim" formData={data} onChange={setData}
            onSubmit={(d) => { setTyping(undefined); onSend(typingEvent.type, d); }}>
            <div className="dz-buttons">
              <button type="submit" className="kern-btn kern-btn--primary"><span className="kern-label">{t('send', { event: typingEvent.type })}</span></button>
              <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => setTyping(undefined)}><span className="kern-label">{t('cancel')}</span></button>
            </div>
          </KernForm>
        </section>
      ) : null}
    </section>
  );
}
