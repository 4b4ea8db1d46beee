import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addEffect, listEffects, moveEffect, removeEffect, setEffectParams } from '../model/index.js';
import type { JsonObject } from '../model/index.js';
import { ButtonText } from './ButtonText.js';
import { EffectParamsForm } from './EffectParamsForm.js';
import { effectDescription, effectPlaces, effectSchema, effectTitle, effectTypes, hasParams, paramsSummary } from './effectPlaces.js';
import { useEditor } from './editorContext.js';
import { focusSoon } from './focusSoon.js';

/** A finding chose an effect: show its place (by `placeKey`), open its form when `open`; `n` counts requests. */
export interface EffectRequest {
  key: string;
  index: number;
  open: boolean;
  n: number;
}

/**
 * The effects of one place (a transition's actions, a state's entry or exit): add, edit the
 * parameters in a form generated from the effect type's schema, reorder and remove — by buttons.
 */
export function EffectsPanel({ request }: { request?: EffectRequest | undefined }) {
  const { t } = useTranslation('panels');
  const { definition, edit, language } = useEditor();
  const places = effectPlaces(definition, t);
  const [chosen, setChosen] = useState<string | undefined>();
  const [editing, setEditing] = useState<number | undefined>();
  const [message, setMessage] = useState('');
  const [type, setType] = useState('notify');
  // Adopted during render, so the place and the open form are there when the editor moves focus.
  const [seen, setSeen] = useState(0);
  if (request && request.n !== seen) {
    setSeen(request.n);
    setChosen(request.key);
    setEditing(request.open ? request.index : undefined);
    setMessage('');
  }
  const current = places.find((p) => p.key === chosen) ?? places[0];
  if (!current) return <p className="kern-body">{t('effects.noPlaces')}</p>;
  const effects = listEffects(definition, current.place);
  const typeOf = (e: JsonObject) => (typeof e.type === 'string' ? e.type : '');

  const open = (index: number) => setEditing(index);
  const add = (e: FormEvent) => {
    e.preventDefault();
    let index = -1;
    if (!edit((d) => { index = addEffect(d, current.place, type); })) return;
    const title = effectTitle(type, language);
    setMessage(t('effects.added', { title }));
    const schema = effectSchema(type);
    if (schema && hasParams(schema)) open(index);
    else { setEditing(undefined); focusSoon(`effect-${index}-title`); }
  };
  const remove = (index: number, title: string) => {
    if (!edit((d) => removeEffect(d, current.place, index))) return;
    setEditing(undefined);
    setMessage(t('effects.removed', { title }));
    focusSoon('effects-list-title');
  };
  const move = (index: number, by: -1 | 1) => {
    let to = index;
    if (!edit((d) => { to = moveEffect(d, current.place, index, by); })) return;
    setEditing(undefined);
    focusSoon(`effect-${to}-${by < 0 ? 'up' : 'down'}`, `effect-${to}-${by < 0 ? 'down' : 'up'}`, `effect-${to}-title`);
  };
  const apply = (index: number, title: string, params: JsonObject) => {
    if (!edit((d) => setEffectParams(d, current.place, index, params))) return;
    setEditing(undefined);
    setMessage(t('effects.applied', { title }));
    focusSoon(`effect-${index}-edit`);
  };

  return (
    <>
      <p className="kern-body">{t('effects.lead')}</p>
      <div className="kern-form-input">
        <label className="kern-label" htmlFor="effects-place">{t('effects.place')}</label>
        <div className="kern-form-input__select-wrapper">
          <select id="effects-place" className="kern-form-input__select" value={current.key} onChange={(e) => { setChosen(e.target.value); setEditing(undefined); setMessage(''); }}>
            {places.map((p) => <option key={p.key} value={p.key}>{p.label}</option>)}
          </select>
        </div>
      </div>
      <h3 id="effects-list-title" className="kern-heading-small" tabIndex={-1}>{t('effects.listTitle')}</h3>
      <p role="status" className="kern-body" data-testid="effects-status">{message}</p>
      {effects.length === 0 ? <p className="kern-body">{t('effects.empty')}</p> : null}
      <ol className="dz-plain" aria-labelledby="effects-list-title">
        {effects.map((effect, index) => {
          const name = typeOf(effect);
          const schema = effectSchema(name);
          const title = effectTitle(name, language);
          const about = `${index + 1}. ${title}`;
          return (
            <li key={`${index}-${name}`} className="dz-row" id={`effect-${index}`}>
              <h4 id={`effect-${index}-title`} className="kern-heading-small" tabIndex={-1}>{t('effects.item', { index: index + 1, title })}</h4>
              {!schema ? <p className="kern-body">{t('effects.unknownType', { type: name })}</p>
                : !hasParams(schema) ? <p className="kern-body">{t('effects.noParams')}</p>
                : <ul className="dz-plain">{paramsSummary(schema, effect.params, language).map((p) => <li key={p.key} className="kern-body">{p.label}: {p.value}</li>)}</ul>}
              <div className="dz-buttons">
                {schema && hasParams(schema) ? (
                  <button type="button" id={`effect-${index}-edit`} className="kern-btn kern-btn--secondary kern-btn--small" aria-expanded={editing === index} onClick={() => open(index)}>
                    <ButtonText text={t('effects.edit')} about={about} />
                  </button>
                ) : null}
                {index > 0 ? <button type="button" id={`effect-${index}-up`} className="kern-btn kern-btn--tertiary kern-btn--small" onClick={() => move(index, -1)}><ButtonText text={t('effects.up')} about={about} /></button> : null}
                {index < effects.length - 1 ? <button type="button" id={`effect-${index}-down`} className="kern-btn kern-btn--tertiary kern-btn--small" onClick={() => move(index, 1)}><ButtonText text={t('effects.down')} about={about} /></button> : null}
                <button type="button" id={`effect-${index}-remove`} className="kern-btn kern-btn--tertiary kern-btn--small" onClick={() => remove(index, title)}><ButtonText text={t('effects.remove')} about={about} /></button>
              </div>
              {editing === index && schema ? (
                <EffectParamsForm key={`${current.key}-${index}`} schema={schema} title={title} params={(effect.params ?? {}) as JsonObject}
                  onApply={(params) => apply(index, title, params)} onCancel={() => { setEditing(undefined); focusSoon(`effect-${index}-edit`); }} />
              ) : null}
            </li>
          );
        })}
      </ol>
      <form className="dz-add" onSubmit={add} aria-labelledby="add-effect-title">
        <h3 id="add-effect-title" className="kern-heading-small">{t('effects.add')}</h3>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="add-effect-type">{t('effects.addType')}</label>
          <div className="kern-hint" id="add-effect-type-hint">{effectDescription(type, language)}</div>
          <div className="kern-form-input__select-wrapper">
            <select id="add-effect-type" aria-describedby="add-effect-type-hint" className="kern-form-input__select" value={type} onChange={(e) => setType(e.target.value)}>
              {effectTypes().map((name) => <option key={name} value={name}>{effectTitle(name, language)}</option>)}
            </select>
          </div>
        </div>
        <button type="submit" className="kern-btn kern-btn--secondary"><span className="kern-label">{t('effects.add')}</span></button>
      </form>
    </>
  );
}
