import { useTranslation } from 'react-i18next';
import { objectAt, setSetting } from '../model/index.js';
import { CommitInput } from './CommitInput.js';
import { DeadlineInput } from './DeadlineInput.js';
import { useEditor } from './editorContext.js';

/** The procedure's title, legal basis, authority and retention period (ids `set-<field>`). */
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
  return (
    <div className="dz-fields" id="settings" data-selected={selectedRow === 'settings' ? 'true' : undefined}>
      {field('set-title', t('settings.titleDe'), title.de ?? '', (v) => edit((d) => setSetting(d, 'title', { de: v, en: title.en ?? v })))}
      {field('set-titleEn', t('settings.titleEn'), title.en ?? '', (v) => edit((d) => setSetting(d, 'title', { de: title.de ?? v, en: v })))}
      {field('set-legalBasis', t('settings.legalBasis'), text('legalBasis'), (v) => edit((d) => setSetting(d, 'legalBasis', v)))}
      {field('set-authority', t('settings.authority'), text('authority'), (v) => edit((d) => setSetting(d, 'authority', v)))}
      <DeadlineInput key={text('retention')} id="set-retention" label={t('settings.retention')} value={text('retention')} onCommit={(v) => edit((d) => setSetting(d, 'retention', v))} />
    </div>
  );
}
