import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SIGNATURES, isQuorum, objectAt, updateEvent } from '../model/index.js';
import type { Signature } from '../model/index.js';
import { CommitInput } from './CommitInput.js';
import { useEditor } from './editorContext.js';
import { FlagCheck } from './FlagCheck.js';

/**
 * An event's signature (authority's seal, citizen, none), whether the case keeps its data and its
 * quorum; ids `<row>-signature`, `-keepData`, `-quorum`. "Not given", unchecked and empty remove
 * the key; a quorum outside 1–9 is refused here with an error beside the field.
 */
export function EventFlags({ name, row }: { name: string; row: string }) {
  const { t } = useTranslation('panels');
  const { definition, edit } = useEditor();
  const ev = objectAt(objectAt(definition.events)[name]);
  const signature = typeof ev.signature === 'string' ? ev.signature : '';
  const [invalid, setInvalid] = useState(false);
  const quorumId = `${row}-quorum`;
  const commitQuorum = (text: string) => {
    const v = text.trim();
    if (v !== '' && !(/^\d+$/.test(v) && isQuorum(Number(v)))) { setInvalid(true); return; }
    setInvalid(false);
    edit((d) => updateEvent(d, name, { quorum: v === '' ? null : Number(v) }));
  };
  return (
    <>
      <div className="kern-form-input">
        <label className="kern-label" htmlFor={`${row}-signature`}>{t('events.signature')}</label>
        <div className="kern-hint" id={`${row}-signature-hint`}>{t('events.signatureHint')}</div>
        <div className="kern-form-input__select-wrapper">
          <select id={`${row}-signature`} className="kern-form-input__select" value={signature} aria-describedby={`${row}-signature-hint`}
            onChange={(e) => edit((d) => updateEvent(d, name, { signature: (e.target.value || null) as Signature | null }))}>
            <option value="">{t('events.signatures.unset')}</option>
            {SIGNATURES.map((s) => <option key={s} value={s}>{t(`events.signatures.${s}`)}</option>)}
            {signature && !(SIGNATURES as readonly string[]).includes(signature) ? <option value={signature}>{signature}</option> : null}
          </select>
        </div>
      </div>
      <FlagCheck id={`${row}-keepData`} label={t('events.keepData')} hint={t('events.keepDataHint')} checked={ev.keepData === false}
        onChange={(on) => edit((d) => updateEvent(d, name, { keepData: on ? false : null }))} />
      <div className={`kern-form-input${invalid ? ' kern-form-input--error' : ''}`}>
        <label className="kern-label" htmlFor={quorumId}>{t('events.quorum')}</label>
        <div className="kern-hint" id={`${quorumId}-hint`}>{t('events.quorumHint')}</div>
        {invalid ? <p className="kern-error" id={`${quorumId}-error`} role="alert"><span className="kern-body">{t('events.quorumInvalid')}</span></p> : null}
        <CommitInput id={quorumId} inputMode="numeric" value={ev.quorum === undefined ? '' : String(ev.quorum as number | string)} onCommit={commitQuorum}
          aria-describedby={invalid ? `${quorumId}-hint ${quorumId}-error` : `${quorumId}-hint`} aria-invalid={invalid ? true : undefined} />
      </div>
    </>
  );
}
