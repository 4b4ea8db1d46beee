import { useTranslation } from 'react-i18next';
import { CONSENT_PURPOSE_ID, addConsentPurpose, deleteConsentPurpose, objectAt, setConsentPurposeTitle } from '../model/index.js';
import { AddByNameForm } from './AddByNameForm.js';
import { ButtonText } from './ButtonText.js';
import { CommitInput } from './CommitInput.js';
import { useEditor } from './editorContext.js';
import { consentPurposeRowId } from './elementIds.js';
import { focusAfterDelete } from './focusAfterDelete.js';

type Title = { de?: string; en?: string };

/**
 * "Einwilligungszwecke": the purposes for which staff may ask the citizen's consent, each with
 * the title the citizen reads, in German and English; add and delete by identifier.
 */
export function ConsentPurposesPanel() {
  const { t } = useTranslation('parties');
  const { definition, edit, selectedRow } = useEditor();
  const purposes = Object.entries(objectAt(definition.consentPurposes));
  return (
    <>
      <p className="kern-body">{t('consentPurposes.lead')}</p>
      {purposes.length === 0 ? <p className="kern-body">{t('consentPurposes.empty')}</p> : null}
      <ul className="dz-plain">
        {purposes.map(([id, raw]) => {
          const title = objectAt(objectAt(raw).title) as Title;
          const row = consentPurposeRowId(id);
          const setTitle = (lang: 'de' | 'en', v: string) =>
            edit((d) => setConsentPurposeTitle(d, id, { de: lang === 'de' ? v : title.de ?? v, en: lang === 'en' ? v : title.en ?? v }));
          return (
            <li key={id}>
              <fieldset className="kern-fieldset dz-row" id={row} data-selected={selectedRow === row ? 'true' : undefined}>
                <legend className="kern-label">{t('consentPurposes.legend', { name: id })}</legend>
                <div className="dz-fields">
                  {(['de', 'en'] as const).map((lang) => (
                    <div className="kern-form-input" key={lang}>
                      <label className="kern-label" htmlFor={`${row}-${lang}`}>{t(lang === 'de' ? 'consentPurposes.titleDe' : 'consentPurposes.titleEn')}</label>
                      <CommitInput id={`${row}-${lang}`} lang={lang} value={title[lang] ?? ''} onCommit={(v) => setTitle(lang, v)} />
                    </div>
                  ))}
                </div>
                <button type="button" className="kern-btn kern-btn--tertiary kern-btn--small" onClick={() => { if (edit((d) => deleteConsentPurpose(d, id))) focusAfterDelete('consent-purposes-title'); }}>
                  <ButtonText text={t('consentPurposes.delete')} about={id} />
                </button>
              </fieldset>
            </li>
          );
        })}
      </ul>
      <AddByNameForm idBase="add-consent-purpose"
        texts={{ title: t('addConsentPurpose.title'), name: t('addConsentPurpose.name'), nameHint: t('addConsentPurpose.nameHint'), titleDe: t('consentPurposes.titleDe'), titleEn: t('consentPurposes.titleEn'), submit: t('addConsentPurpose.submit') }}
        refuse={(id) => (!CONSENT_PURPOSE_ID.test(id) ? t('addConsentPurpose.nameInvalid') : purposes.some(([p]) => p === id) ? t('addConsentPurpose.nameTaken', { name: id }) : undefined)}
        add={(id, { de, en }) => edit((d) => addConsentPurpose(d, id, { de: de || id, en: en || de || id }))}
        onAdded={(id) => setTimeout(() => document.getElementById(`${consentPurposeRowId(id)}-de`)?.focus(), 0)} />
    </>
  );
}
