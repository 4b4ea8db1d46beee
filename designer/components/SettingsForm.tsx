import { useTranslation } from 'react-i18next';
import { objectAt, setSetting } from '../model/index.js';
import { CommitInput } from './CommitInput.js';
import { CommitTextarea } from './forms/CommitTextarea.js';
import { DeadlineInput } from './DeadlineInput.js';
import { useEditor } from './editorContext.js';

/**
 * The procedure's title, legal basis, authority, retention period, and what the portal shows of it
 * (description, name of the authority, fee, assurance level, LeiKa key); ids `set-<field>`, the
 * English text of a pair `set-<field>En`. Not here yet: life situations and recipients.
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
  );
}
