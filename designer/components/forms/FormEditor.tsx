import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pruneEmpty } from '../../../ui/index.js';
import type { FormData } from '../../../ui/index.js';
import { deleteForm, objectAt, renameForm, setFormPublic, setFormTitle } from '../../model/index.js';
import { ButtonText } from '../ButtonText.js';
import { CommitInput } from '../CommitInput.js';
import { useEditor } from '../editorContext.js';
import { FlagCheck } from '../FlagCheck.js';
import { focusAfterDelete } from '../focusAfterDelete.js';
import { FieldEditor } from './FieldEditor.js';
import { FieldPalette } from './FieldPalette.js';
import { FormExamples } from './FormExamples.js';
import { FormPreview } from './FormPreview.js';
import { focusSoon } from './focusSoon.js';
import { formRowId } from './formIds.js';

type Title = { de?: string; en?: string };

/** One form: its name, titles and whether its data is public, its fields in order, the palette, its examples and the live preview. */
export function FormEditor({ name, onRenamed }: { name: string; onRenamed(to: string): void }) {
  const { t } = useTranslation('forms');
  const { definition, edit, selectedRow } = useEditor();
  const form = objectAt(objectAt(definition.forms)[name]);
  const schema = objectAt(form.schema);
  const fields = Object.keys(objectAt(schema.properties));
  const title = objectAt(form.title) as Title;
  const row = formRowId(name);
  const [previewData, setPreviewData] = useState<FormData>({});
  const usedBy = Object.entries(objectAt(definition.events)).filter(([, e]) => objectAt(e).form === name).map(([n]) => n);
  const rename = (to: string) => {
    if (edit((d) => renameForm(d, name, to))) { onRenamed(to); focusSoon(`${formRowId(to)}-name`); }
  };
  return (
    <div className="dz-row" id={row} data-testid="form-editor" data-selected={selectedRow === row ? 'true' : undefined}>
      <h3 id={`${row}-heading`} className="kern-heading-small" tabIndex={-1}>{t('form.heading', { name })}</h3>
      <p className="kern-body">{usedBy.length ? t('form.usedBy', { events: usedBy.join(', ') }) : t('form.unused')}</p>
      <div className="dz-fields">
        <div className="kern-form-input">
          <label className="kern-label" htmlFor={`${row}-name`}>{t('form.name')}</label>
          <div className="kern-hint" id={`${row}-name-hint`}>{t('form.nameHint')}</div>
          <CommitInput id={`${row}-name`} value={name} aria-describedby={`${row}-name-hint`} onCommit={rename} />
        </div>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor={`${row}-title`}>{t('form.titleDe')}</label>
          <CommitInput id={`${row}-title`} value={title.de ?? ''} onCommit={(v) => edit((d) => setFormTitle(d, name, { de: v, en: title.en ?? v }))} />
        </div>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor={`${row}-titleEn`}>{t('form.titleEn')}</label>
          <CommitInput id={`${row}-titleEn`} value={title.en ?? ''} onCommit={(v) => edit((d) => setFormTitle(d, name, { de: title.de ?? v, en: v }))} />
        </div>
        <FlagCheck id={`${row}-public`} label={t('form.public')} hint={t('form.publicHint')} checked={form.public === true}
          onChange={(on) => edit((d) => setFormPublic(d, name, on))} />
      </div>
      <div className="dz-buttons">
        <button type="button" className="kern-btn kern-btn--tertiary kern-btn--small" id={`${row}-delete`}
          onClick={() => { if (edit((d) => deleteForm(d, name))) focusAfterDelete('forms-title'); }}>
          <ButtonText text={t('form.delete')} about={name} />
        </button>
      </div>
      <h4 id={`${row}-fields`} className="kern-heading-small" tabIndex={-1}>{t('fields.title')}</h4>
      {fields.length === 0 ? <p className="kern-body">{t('fields.empty')}</p> : (
        <ol className="dz-plain">
          {fields.map((key, i) => (
            <li key={key}><FieldEditor form={name} fieldKey={key} index={i} count={fields.length} /></li>
          ))}
        </ol>
      )}
      <FieldPalette form={name} taken={fields} />
      <FormExamples form={name} previewData={(pruneEmpty(previewData, schema) ?? {}) as FormData} />
      <FormPreview form={name} data={previewData} onData={setPreviewData} />
    </div>
  );
}
