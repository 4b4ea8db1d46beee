import { useTranslation } from 'react-i18next';
import { AddByNameForm } from './AddByNameForm.js';
import { CATEGORY_NAME, addCategory, deleteCategory, objectAt, setCategoryTitle, setConsentRequired } from '../model/index.js';
import { ButtonText } from './ButtonText.js';
import { CommitInput } from './CommitInput.js';
import { useEditor } from './editorContext.js';
import { focusAfterDelete } from './focusAfterDelete.js';

type Title = { de?: string; en?: string };

/** Element id of a data category's row. */
export const categoryRowId = (name: string) => `cat-${name}`;

/** The data categories: their names and which ones staff may read only after the citizen's consent; a form to add one. */
export function CategoriesPanel() {
  const { t } = useTranslation('panels');
  const { definition, edit, selectedRow } = useEditor();
  const categories = Object.entries(objectAt(definition.dataCategories));
  return (
    <>
      <p className="kern-body">{t('categories.lead')}</p>
      {categories.length === 0 ? <p className="kern-body">{t('categories.empty')}</p> : null}
      <ul className="dz-plain">
        {categories.map(([name, raw]) => {
          const category = objectAt(raw);
          const title = objectAt(category.title) as Title;
          const row = categoryRowId(name);
          const setTitle = (lang: 'de' | 'en', v: string) =>
            edit((d) => setCategoryTitle(d, name, { de: lang === 'de' ? v : title.de ?? v, en: lang === 'en' ? v : title.en ?? v }));
          return (
            <li key={name}>
              <fieldset className="kern-fieldset dz-row" id={row} data-selected={selectedRow === row ? 'true' : undefined}>
                <legend className="kern-label">{t('categories.legend', { name })}</legend>
                <div className="dz-fields">
                  <div className="kern-form-input">
                    <label className="kern-label" htmlFor={`${row}-de`}>{t('categories.titleDe')}</label>
                    <CommitInput id={`${row}-de`} value={title.de ?? ''} onCommit={(v) => setTitle('de', v)} />
                  </div>
                  <div className="kern-form-input">
                    <label className="kern-label" htmlFor={`${row}-en`}>{t('categories.titleEn')}</label>
                    <CommitInput id={`${row}-en`} value={title.en ?? ''} onCommit={(v) => setTitle('en', v)} />
                  </div>
                  <div className="kern-form-check">
                    <input className="kern-form-check__checkbox" type="checkbox" id={`${row}-consent`} checked={category.consentRequired === true}
                      onChange={(e) => edit((d) => setConsentRequired(d, name, e.target.checked))} />
                    <label className="kern-label" htmlFor={`${row}-consent`}>{t('categories.consent')}</label>
                  </div>
                </div>
                <button type="button" className="kern-btn kern-btn--tertiary kern-btn--small" onClick={() => { if (edit((d) => deleteCategory(d, name))) focusAfterDelete('categories-title'); }}>
                  <ButtonText text={t('categories.delete')} about={name} />
                </button>
              </fieldset>
            </li>
          );
        })}
      </ul>
      <AddCategoryForm taken={categories.map(([n]) => n)} />
    </>
  );
}

function AddCategoryForm({ taken }: { taken: string[] }) {
  const { t } = useTranslation('panels');
  const { edit } = useEditor();
  return (
    <AddByNameForm idBase="add-category"
      texts={{ title: t('addCategory.title'), name: t('addCategory.name'), nameHint: t('addCategory.nameHint'), titleDe: t('categories.titleDe'), submit: t('addCategory.submit') }}
      refuse={(name) => (!CATEGORY_NAME.test(name) ? t('addCategory.nameInvalid') : taken.includes(name) ? t('addCategory.nameTaken', { name }) : undefined)}
      add={(name, { de }) => edit((d) => addCategory(d, name, { de: de || name, en: de || name }))}
      onAdded={(name) => setTimeout(() => document.getElementById(`${categoryRowId(name)}-de`)?.focus(), 0)} />
  );
}
