import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EVENT_NAME, addEvent, deleteEvent, objectAt, updateEvent } from '../model/index.js';
import { AddByNameForm } from './AddByNameForm.js';
import { ButtonText } from './ButtonText.js';
import { CommitInput } from './CommitInput.js';
import { eventRowId } from './elementIds.js';
import { useEditor } from './editorContext.js';
import { EventFlags } from './EventFlags.js';
import { focusAfterDelete } from './focusAfterDelete.js';

type Title = { de?: string; en?: string };

/** The events: who may fire each (roles as checkboxes), the form submitted with it, its titles, signature, keepData and quorum; and a form to add one. */
export function EventList() {
  const { t } = useTranslation('editor');
  const { t: tp } = useTranslation('panels');
  const { definition, edit, selectedRow } = useEditor();
  const events = Object.entries(objectAt(definition.events));
  const roles = Object.keys(objectAt(definition.roles));
  const forms = Object.keys(objectAt(definition.forms));
  return (
    <>
      {events.length === 0 ? <p className="kern-body">{t('events.empty')}</p> : null}
      <ul className="dz-plain">
        {events.map(([name, raw]) => {
          const ev = objectAt(raw);
          const by = Array.isArray(ev.by) ? (ev.by as string[]) : [];
          const title = objectAt(ev.title) as Title;
          const row = eventRowId(name);
          return (
            <li key={name}>
              <fieldset className="kern-fieldset dz-row" id={row} data-selected={selectedRow === row ? 'true' : undefined}>
                <legend className="kern-label">{t('events.legend', { name })}</legend>
                <div className="dz-fields">
                  <div className="kern-form-input">
                    <label className="kern-label" htmlFor={`${row}-title`}>{t('events.titleDe')}</label>
                    <CommitInput id={`${row}-title`} value={title.de ?? ''} onCommit={(v) => edit((d) => updateEvent(d, name, { title: { de: v, en: title.en ?? v } }))} />
                  </div>
                  <div className="kern-form-input">
                    <label className="kern-label" htmlFor={`${row}-title-en`}>{tp('events.titleEn')}</label>
                    <CommitInput id={`${row}-title-en`} value={title.en ?? ''} onCommit={(v) => edit((d) => updateEvent(d, name, { title: { de: title.de ?? v, en: v } }))} />
                  </div>
                  <div className="kern-form-input">
                    <label className="kern-label" htmlFor={`${row}-form`}>{tp('events.form')}</label>
                    <div className="kern-form-input__select-wrapper">
                      <select id={`${row}-form`} className="kern-form-input__select" value={typeof ev.form === 'string' ? ev.form : ''}
                        onChange={(e) => edit((d) => updateEvent(d, name, { form: e.target.value || null }))}>
                        <option value="">{tp('events.noForm')}</option>
                        {[...forms, ...(typeof ev.form === 'string' && !forms.includes(ev.form) ? [ev.form] : [])].map((f) => <option key={f} value={f}>{f}</option>)}
                      </select>
                    </div>
                  </div>
                  <fieldset className="kern-fieldset">
                    <legend className="kern-label">{t('events.by')}</legend>
                    <div className="kern-fieldset__body">
                      {roles.map((role) => (
                        <div className="kern-form-check" key={role}>
                          <input className="kern-form-check__checkbox" type="checkbox" id={`${row}-by-${role}`} checked={by.includes(role)}
                            onChange={(e) => edit((d) => updateEvent(d, name, { by: e.target.checked ? [...by, role] : by.filter((r) => r !== role) }))} />
                          <label className="kern-label" htmlFor={`${row}-by-${role}`}>{role}</label>
                        </div>
                      ))}
                    </div>
                  </fieldset>
                  <EventFlags name={name} row={row} />
                </div>
                <button type="button" className="kern-btn kern-btn--tertiary kern-btn--small" onClick={() => { if (edit((d) => deleteEvent(d, name))) focusAfterDelete('events-title'); }}><ButtonText text={t('events.delete')} about={name} /></button>
              </fieldset>
            </li>
          );
        })}
      </ul>
      <AddEventForm roles={roles} taken={events.map(([n]) => n)} />
    </>
  );
}

function AddEventForm({ roles, taken }: { roles: string[]; taken: string[] }) {
  const { t } = useTranslation('editor');
  const { edit } = useEditor();
  const [role, setRole] = useState('');
  const by = role || roles[0] || '';
  return (
    <AddByNameForm idBase="add-event"
      texts={{ title: t('addEvent.title'), name: t('addEvent.name'), nameHint: t('addEvent.nameHint'), titleDe: t('events.titleDe'), submit: t('addEvent.submit') }}
      refuse={(name) => (!EVENT_NAME.test(name) ? t('addEvent.nameInvalid') : taken.includes(name) ? t('addEvent.nameTaken', { name }) : undefined)}
      add={(name, { de }) => edit((d) => addEvent(d, name, by ? [by] : [], { de: de || name, en: de || name }))}>
      {() => (
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="add-event-role">{t('events.byOne')}</label>
          <div className="kern-form-input__select-wrapper">
            <select id="add-event-role" className="kern-form-input__select" value={by} onChange={(e) => setRole(e.target.value)}>
              {roles.map((r) => <option key={r} value={r}>{r}</option>)}
            </select>
          </div>
        </div>
      )}
    </AddByNameForm>
  );
}
