import { useTranslation } from 'react-i18next';
import { deleteField, fieldKind, moveField, objectAt, renameField, setFieldKeyword, setFieldText, setRequired } from '../../model/index.js';
import type { JsonObject } from '../../model/index.js';
import { ButtonText } from '../ButtonText.js';
import { CommitInput } from '../CommitInput.js';
import { useEditor } from '../editorContext.js';
import { CategorySelect } from './CategorySelect.js';
import { ChoiceEditor } from './ChoiceEditor.js';
import { focusSoon } from './focusSoon.js';
import { fieldRowId, formRowId } from './formIds.js';

type Keyword = 'minLength' | 'maxLength' | 'minimum' | 'maximum' | 'pattern' | 'x-maxBytes';

/** The keywords the property editor offers per kind of field (where they mean something). */
const LIMITS: Record<string, Keyword[]> = {
  text: ['minLength', 'maxLength', 'pattern'], longText: ['minLength', 'maxLength'], number: ['minimum', 'maximum'], integer: ['minimum', 'maximum'], file: ['x-maxBytes'],
};

const LIMIT_TEXT: Record<Keyword, string> = { minLength: 'minLength', maxLength: 'maxLength', minimum: 'minimum', maximum: 'maximum', pattern: 'pattern', 'x-maxBytes': 'maxBytes' };

/** A number typed into a limit; empty removes the limit, other text refuses the edit. */
function limitValue(keyword: Keyword, text: string): string | number | undefined {
  if (keyword === 'pattern' || text.trim() === '') return text.trim() || undefined;
  const n = Number(text.replace(',', '.'));
  if (!Number.isFinite(n)) throw new Error(`not a number: ${text}`);
  return n;
}

/** One field of a form: key, labels and hints in both languages, required, data category, limits, choices; move and delete. */
export function FieldEditor({ form, fieldKey, index, count }: { form: string; fieldKey: string; index: number; count: number }) {
  const { t } = useTranslation('forms');
  const { definition, edit, selectedRow } = useEditor();
  const schema = objectAt(objectAt(objectAt(definition.forms)[form]).schema);
  const field = objectAt(objectAt(schema.properties)[fieldKey]);
  const required = Array.isArray(schema.required) && schema.required.includes(fieldKey);
  const en = objectAt(objectAt(field['x-i18n']).en);
  const kind = fieldKind(field);
  const row = fieldRowId(form, fieldKey);
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  const input = (suffix: string, label: string, value: string, commit: (v: string) => void) => (
    <div className="kern-form-input">
      <label className="kern-label" htmlFor={`${row}-${suffix}`}>{label}</label>
      <CommitInput id={`${row}-${suffix}`} value={value} onCommit={commit} />
    </div>
  );
  const move = (delta: -1 | 1) => {
    if (!edit((d) => moveField(d, form, fieldKey, delta))) return;
    const at = index + delta;
    focusSoon(`${row}-${at === 0 ? 'down' : at === count - 1 ? 'up' : delta < 0 ? 'up' : 'down'}`);
  };
  const rename = (to: string) => {
    if (edit((d) => renameField(d, form, fieldKey, to))) focusSoon(`${fieldRowId(form, to)}-key`);
  };
  return (
    <fieldset className="kern-fieldset dz-row" id={row} data-selected={selectedRow === row ? 'true' : undefined}>
      <legend className="kern-label">{t('field.legend', { key: fieldKey, kind: t(`kinds.${kind}`) })}</legend>
      <div className="dz-fields">
        <div className="kern-form-input">
          <label className="kern-label" htmlFor={`${row}-key`}>{t('field.key')}</label>
          <div className="kern-hint" id={`${row}-key-hint`}>{t('field.keyHint')}</div>
          <CommitInput id={`${row}-key`} value={fieldKey} aria-describedby={`${row}-key-hint`} onCommit={rename} />
        </div>
        {input('title', t('field.titleDe'), text(field.title), (v) => edit((d) => setFieldText(d, form, fieldKey, 'title', 'de', v)))}
        {input('titleEn', t('field.titleEn'), text(en.title), (v) => edit((d) => setFieldText(d, form, fieldKey, 'title', 'en', v)))}
        {input('desc', t('field.descDe'), text(field.description), (v) => edit((d) => setFieldText(d, form, fieldKey, 'description', 'de', v)))}
        {input('descEn', t('field.descEn'), text(en.description), (v) => edit((d) => setFieldText(d, form, fieldKey, 'description', 'en', v)))}
        {(LIMITS[kind] ?? []).map((keyword) => input(keyword, t(`field.${LIMIT_TEXT[keyword]}`), field[keyword] === undefined ? '' : String(field[keyword] as string | number),
          (v) => edit((d) => setFieldKeyword(d, form, fieldKey, keyword, limitValue(keyword, v)))))}
      </div>
      <div className="dz-forms__wide">
        <CategorySelect id={`${row}-category`} value={text(field['x-data-category'])}
          onChange={(v) => edit((d) => setFieldKeyword(d, form, fieldKey, 'x-data-category', v || undefined))} />
      </div>
      <div className="kern-form-check">
        <input className="kern-form-check__checkbox" type="checkbox" id={`${row}-required`} checked={required}
          onChange={(e) => edit((d) => setRequired(d, form, fieldKey, e.target.checked))} />
        <label className="kern-label" htmlFor={`${row}-required`}>{t('field.required')}</label>
      </div>
      {kind === 'choice' ? <ChoiceEditor form={form} fieldKey={fieldKey} field={field} row={row} /> : null}
      {kind === 'address' ? <p className="kern-body">{t('field.groupNote', { fields: groupFields(field) })}</p> : null}
      <div className="dz-buttons">
        <button type="button" id={`${row}-up`} className="kern-btn kern-btn--secondary kern-btn--small" disabled={index === 0} onClick={() => move(-1)}>
          <ButtonText text={t('field.up')} about={fieldKey} />
        </button>
        <button type="button" id={`${row}-down`} className="kern-btn kern-btn--secondary kern-btn--small" disabled={index === count - 1} onClick={() => move(1)}>
          <ButtonText text={t('field.down')} about={fieldKey} />
        </button>
        <button type="button" id={`${row}-delete`} className="kern-btn kern-btn--tertiary kern-btn--small"
          onClick={() => { if (edit((d) => deleteField(d, form, fieldKey))) focusSoon(`${formRowId(form)}-fields`); }}>
          <ButtonText text={t('field.delete')} about={fieldKey} />
        </button>
      </div>
    </fieldset>
  );
}

/** The labels of a group's fields, for the note under it ("Straße, Hausnummer, …"). */
function groupFields(field: JsonObject): string {
  return Object.entries(objectAt(field.properties)).map(([k, s]) => (typeof objectAt(s).title === 'string' ? (objectAt(s).title as string) : k)).join(', ');
}
