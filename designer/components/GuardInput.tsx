import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GuardField } from '../../engine/index.js';
import { GuardBuilder } from '../guards/GuardBuilder.js';
import { builderFields, guardToQuery } from '../guards/guardQuery.js';
import type { FieldLabels } from '../guards/guardQuery.js';
import { objectAt } from '../model/index.js';
import { useEditor } from './editorContext.js';

const show = (guard: unknown) => (guard === undefined ? '' : JSON.stringify(guard));

/**
 * A transition's guard: the visual rule builder over the fields that exist at the transition
 * (`fields`, from the engine's `guardFields`) when it can show the guard faithfully, else — and
 * on "Als Text bearbeiten" — JSON Logic text. The builder's fieldset, or the text field, has `id`.
 */
export function GuardInput({ id, guard, fields, onCommit }: { id: string; guard: unknown; fields: GuardField[]; onCommit(guard: unknown): void }) {
  const { t, i18n } = useTranslation('guards');
  const { definition } = useEditor();
  const [asText, setAsText] = useState(false);
  const language = i18n.language === 'en' ? 'en' : 'de';
  const rawForms = definition.forms;
  const options = useMemo(() => {
    const forms = objectAt(rawForms);
    const labels: FieldLabels = {
      language, yes: t('yes'), no: t('no'),
      formTitle: (form) => { const title = objectAt(objectAt(forms[form]).title); return String(title[language] ?? title.de ?? form); },
      operator: (op) => t(`operators.${op}`), group: (source, form) => t(source === 'event' ? 'groupEvent' : 'groupData', { form }),
    };
    return builderFields(fields, labels);
  }, [fields, rawForms, language, t]);
  const representable = fields.length > 0 && guardToQuery(guard, options) !== undefined;
  const text = asText || !representable;
  return (
    <fieldset className="kern-fieldset dz-guard-field" id={text ? undefined : id} tabIndex={text ? undefined : -1}>
      <legend className="kern-label">{t('legend')}</legend>
      <div className="kern-fieldset__body">
        {representable ? (
          <div className="kern-form-check">
            <input className="kern-form-check__checkbox" type="checkbox" id={`${id}-astext`} checked={asText} onChange={(e) => setAsText(e.target.checked)} />
            <label className="kern-label" htmlFor={`${id}-astext`}>{t('asText')}</label>
          </div>
        ) : <p className="kern-body kern-body--small">{t(fields.length === 0 ? 'noFields' : 'notRepresentable')}</p>}
        {text ? <GuardText id={id} guard={guard} onCommit={onCommit} /> : <GuardBuilder id={id} guard={guard} fields={options} onCommit={onCommit} />}
      </div>
    </fieldset>
  );
}

/**
 * A guard as JSON Logic text (`{"==": [{"var": "event.data.art"}, "neu"]}`), applied when the
 * field is left; empty removes the guard. Text that is no JSON stays in the field, marked.
 */
function GuardText({ id, guard, onCommit }: { id: string; guard: unknown; onCommit(guard: unknown): void }) {
  const { t } = useTranslation('editor');
  const [text, setText] = useState(show(guard));
  const [invalid, setInvalid] = useState(false);
  useEffect(() => { setText(show(guard)); setInvalid(false); }, [guard]);
  const commit = () => {
    if (text === show(guard)) return;
    if (!text.trim()) return onCommit(undefined);
    try {
      const value = JSON.parse(text) as unknown;
      setInvalid(false);
      onCommit(value);
    } catch {
      setInvalid(true);
    }
  };
  return (
    <div className={`kern-form-input${invalid ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={id}>{t('transitions.guard')}</label>
      {invalid ? <p className="kern-error" id={`${id}-error`} role="alert"><span className="kern-body">{t('transitions.guardInvalid')}</span></p> : null}
      <textarea id={id} className="kern-form-input__input dz-guard" rows={2} value={text} spellCheck={false} onChange={(e) => setText(e.target.value)} onBlur={commit}
        aria-describedby={invalid ? `${id}-error` : undefined} aria-invalid={invalid ? true : undefined} />
    </div>
  );
}
