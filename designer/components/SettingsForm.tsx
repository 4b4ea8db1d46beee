import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MAX_LIFE_SITUATIONS, addLifeSituation, lifeSituationClash, listLifeSituations, moveLifeSituation, objectAt, removeLifeSituation, setLifeSituation, setSetting,
} from '../model/index.js';
import { ButtonText } from './ButtonText.js';
import { CommitInput } from './CommitInput.js';
import { CommitTextarea } from './forms/CommitTextarea.js';
import { DeadlineInput } from './DeadlineInput.js';
import { useEditor } from './editorContext.js';
import { lifeSituationRowId } from './elementIds.js';
import { focusAfterDelete } from './focusAfterDelete.js';
import { focusSoon } from './focusSoon.js';

/**
 * The procedure's title, legal basis, authority, retention period, and what the portal shows of it
 * (description, name of the authority, fee, assurance level, LeiKa key, life situations); ids
 * `set-<field>`, the English text of a pair `set-<field>En`, life situations `ls-<index>-de`.
 * External recipients have their own section (RecipientsPanel).
 */
export function SettingsForm() {
  const { t } = useTranslation('editor');
  const { definition, edit, selectedRow } = useEditor();
  const title = objectAt(definition.title) as { de?: string; en?: string };
  const text = (key: string) => (typeof definition[key] === 'string' ? (definition[key] as string) : '');
  const field = (id: string, label: string, value: string, commit: (v: string) => void) => (
    <div className="kern-form-input">
      <label className="kern-label" htmlFor={id}>{label}</label>
      <CommitInput id={id} value={value} onCommit={commit} />
    </div>
  );
  const pair = (key: 'description' | 'authorityTitle' | 'fee', multiline = false) => {
    const value = objectAt(definition[key]) as { de?: string; en?: string };
    return (['de', 'en'] as const).map((language) => {
      const id = `set-${key}${language === 'en' ? 'En' : ''}`;
      const commit = (v: string) => edit((d) => setSetting(d, key, { de: language === 'de' ? v : value.de ?? '', en: language === 'en' ? v : value.en ?? '' }));
      return (
        <div className="kern-form-input" key={id}>
          <label className="kern-label" htmlFor={id}>{t(`settings.${key}${language === 'de' ? 'De' : 'En'}`)}</label>
          {multiline ? <CommitTextarea id={id} rows={3} lang={language} value={value[language] ?? ''} onCommit={commit} /> : <CommitInput id={id} lang={language} value={value[language] ?? ''} onCommit={commit} />}
        </div>
      );
    });
  };
  const level = text('assuranceLevel');
  return (
    <>
      <div className="dz-fields" id="settings" data-selected={selectedRow === 'settings' ? 'true' : undefined}>
        {field('set-title', t('settings.titleDe'), title.de ?? '', (v) => edit((d) => setSetting(d, 'title', { de: v, en: title.en ?? v })))}
        {field('set-titleEn', t('settings.titleEn'), title.en ?? '', (v) => edit((d) => setSetting(d, 'title', { de: title.de ?? v, en: v })))}
        {field('set-legalBasis', t('settings.legalBasis'), text('legalBasis'), (v) => edit((d) => setSetting(d, 'legalBasis', v)))}
        {field('set-authority', t('settings.authority'), text('authority'), (v) => edit((d) => setSetting(d, 'authority', v)))}
        <DeadlineInput key={text('retention')} id="set-retention" label={t('settings.retention')} value={text('retention')} onCommit={(v) => edit((d) => setSetting(d, 'retention', v))} />
        {pair('description', true)}
        {pair('authorityTitle')}
        {pair('fee')}
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="set-assuranceLevel">{t('settings.assuranceLevel')}</label>
          <div className="kern-form-input__select-wrapper">
            <select id="set-assuranceLevel" className="kern-form-input__select" value={level} onChange={(e) => edit((d) => setSetting(d, 'assuranceLevel', e.target.value))}>
              {(['', 'basic', 'substantial', 'high'] as const).map((l) => <option key={l} value={l}>{t(`settings.assuranceLevels.${l || 'none'}`)}</option>)}
              {level && !['basic', 'substantial', 'high'].includes(level) ? <option value={level}>{level}</option> : null}
            </select>
          </div>
        </div>
        {field('set-leika', t('settings.leika'), text('leika'), (v) => edit((d) => setSetting(d, 'leika', v.trim())))}
      </div>
      <LifeSituations />
    </>
  );
}

type Text = { de: string; en: string };

/**
 * The life situations the portal's catalogue groups by: a German and English text each, in order,
 * at most ten and none twice. Up, down and remove by buttons naming the entry; a refused change
 * keeps the typed text and says why at the field.
 */
function LifeSituations() {
  const { t } = useTranslation('parties');
  const { definition, edit, selectedRow, language } = useEditor();
  const entries = listLifeSituations(definition).map((raw) => objectAt(raw)).map((e): Text => ({ de: String(e.de ?? ''), en: String(e.en ?? '') }));
  const [error, setError] = useState<{ field: string; text: string } | undefined>();
  const [message, setMessage] = useState('');
  // Buttons name their entry in the page's language (the other one while that is empty).
  const about = (index: number) => entries[index]?.[language] || entries[index]?.de || entries[index]?.en || t('lifeSituations.entry', { n: index + 1 });
  const clashText = (index: number) => t(entries[index]?.de || entries[index]?.en ? 'lifeSituations.clash' : 'lifeSituations.clashEmpty', { n: index + 1 });
  // No focus move: a refused commit on leaving the field would pull focus back each time (a keyboard trap).
  const refuse = (field: string, text: string) => { setError({ field, text }); setMessage(''); };
  const done = (text: string) => { setError(undefined); setMessage(text); };
  const add = () => {
    const empty = { de: '', en: '' };
    if (entries.length >= MAX_LIFE_SITUATIONS) return refuse('ls-add', t('lifeSituations.full', { max: MAX_LIFE_SITUATIONS }));
    const clash = lifeSituationClash(definition, empty);
    if (clash >= 0) return refuse('ls-add', clashText(clash));
    let index = 0;
    if (!edit((d) => { index = addLifeSituation(d, empty); })) return;
    done(t('lifeSituations.added', { n: index + 1 }));
    focusSoon(`${lifeSituationRowId(index)}-de`);
  };
  const change = (index: number, language: 'de' | 'en', value: string) => {
    const next = { ...entries[index]!, [language]: value };
    const clash = lifeSituationClash(definition, next, index);
    if (clash >= 0) return refuse(`${lifeSituationRowId(index)}-${language}`, clashText(clash));
    if (edit((d) => setLifeSituation(d, index, next))) setError(undefined);
  };
  const move = (index: number, by: -1 | 1) => {
    let to = index;
    if (!edit((d) => { to = moveLifeSituation(d, index, by); })) return;
    done(t('lifeSituations.moved', { about: about(index), n: to + 1 }));
    const row = lifeSituationRowId(to);
    focusSoon(`${row}-${by < 0 ? 'up' : 'down'}`, `${row}-${by < 0 ? 'down' : 'up'}`, `${row}-de`);
  };
  const remove = (index: number) => {
    const text = about(index);
    if (!edit((d) => removeLifeSituation(d, index))) return;
    done(t('lifeSituations.removed', { about: text }));
    focusAfterDelete('life-situations-title');
  };
  const errorAt = (field: string) => (error?.field === field ? error.text : undefined);
  const addError = errorAt('ls-add');
  return (
    <div id="life-situations" className="dz-list" data-selected={selectedRow === 'life-situations' ? 'true' : undefined}>
      <h3 id="life-situations-title" className="kern-heading-small" tabIndex={-1}>{t('lifeSituations.legend')}</h3>
      <p className="kern-hint" id="life-situations-hint">{t('lifeSituations.hint', { max: MAX_LIFE_SITUATIONS })}</p>
      {entries.length === 0 ? <p className="kern-body">{t('lifeSituations.empty')}</p> : null}
      <ol className="dz-plain" aria-labelledby="life-situations-title" aria-describedby="life-situations-hint">
        {entries.map((entry, index) => {
          const row = lifeSituationRowId(index);
          const name = about(index);
          return (
            <li key={index}>
              <fieldset className="kern-fieldset dz-row" id={row} data-selected={selectedRow === row ? 'true' : undefined}>
                <legend className="kern-label">{t('lifeSituations.entry', { n: index + 1 })}</legend>
                <div className="dz-fields">
                  {(['de', 'en'] as const).map((language) => {
                    const id = `${row}-${language}`;
                    const fieldError = errorAt(id);
                    return (
                      <div className={`kern-form-input${fieldError ? ' kern-form-input--error' : ''}`} key={language}>
                        <label className="kern-label" htmlFor={id}>{t(`lifeSituations.${language}`, { n: index + 1 })}</label>
                        {fieldError ? <p className="kern-error" id={`${id}-error`} role="alert"><span className="kern-body">{fieldError}</span></p> : null}
                        <CommitInput id={id} lang={language} value={entry[language]} aria-invalid={fieldError ? true : undefined} aria-describedby={fieldError ? `${id}-error` : undefined}
                          onCommit={(v) => change(index, language, v)} />
                      </div>
                    );
                  })}
                </div>
                <div className="dz-buttons">
                  {index > 0 ? <button type="button" id={`${row}-up`} className="kern-btn kern-btn--tertiary kern-btn--small" onClick={() => move(index, -1)}><ButtonText text={t('lifeSituations.up')} about={name} /></button> : null}
                  {index < entries.length - 1 ? <button type="button" id={`${row}-down`} className="kern-btn kern-btn--tertiary kern-btn--small" onClick={() => move(index, 1)}><ButtonText text={t('lifeSituations.down')} about={name} /></button> : null}
                  <button type="button" id={`${row}-remove`} className="kern-btn kern-btn--tertiary kern-btn--small" onClick={() => remove(index)}><ButtonText text={t('lifeSituations.remove')} about={name} /></button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <p role="status" className="kern-body" data-testid="life-situations-status">{message}</p>
      {addError ? <p className="kern-error" id="ls-add-error" role="alert"><span className="kern-body">{addError}</span></p> : null}
      <button type="button" id="ls-add" className="kern-btn kern-btn--secondary" aria-describedby={addError ? 'ls-add-error' : undefined} onClick={add}>
        <span className="kern-label">{t('lifeSituations.add')}</span>
      </button>
    </div>
  );
}
