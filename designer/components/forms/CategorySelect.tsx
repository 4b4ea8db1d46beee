import { useTranslation } from 'react-i18next';
import { objectAt } from '../../model/index.js';
import { useEditor } from '../editorContext.js';

/**
 * The data category of a field (`x-data-category`): none of its own, or one the procedure
 * declares under `dataCategories` — the consent-gated ones marked "nur mit Einwilligung".
 */
export function CategorySelect({ id, value, onChange }: { id: string; value: string; onChange(category: string): void }) {
  const { t } = useTranslation('forms');
  const { definition, language } = useEditor();
  const declared = Object.entries(objectAt(definition.dataCategories));
  const unknown = value !== '' && !declared.some(([name]) => name === value);
  return (
    <div className="kern-form-input">
      <label className="kern-label" htmlFor={id}>{t('field.category')}</label>
      <div className="kern-form-input__select-wrapper">
        <select id={id} className="kern-form-input__select" value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('field.categoryNone')}</option>
          {declared.map(([name, raw]) => {
            const category = objectAt(raw);
            const title = objectAt(category.title) as { de?: string; en?: string };
            const label = (language === 'en' ? title.en : title.de) || name;
            return <option key={name} value={name}>{`${label} (${name})${category.consentRequired === true ? ` – ${t('field.consent')}` : ''}`}</option>;
          })}
          {unknown ? <option value={value}>{t('field.unknownCategory', { name: value })}</option> : null}
        </select>
      </div>
    </div>
  );
}
