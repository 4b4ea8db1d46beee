import { useTranslation } from 'react-i18next';
import { RECIPIENT_NAME, addRecipient, deleteRecipient, objectAt, updateRecipient } from '../model/index.js';
import { AddByNameForm } from './AddByNameForm.js';
import { ButtonText } from './ButtonText.js';
import { CommitInput } from './CommitInput.js';
import { useEditor } from './editorContext.js';
import { recipientRowId } from './elementIds.js';
import { focusAfterDelete } from './focusAfterDelete.js';

type Title = { de?: string; en?: string };

/**
 * "Externe Empfänger": bodies outside the case (the tax office) that `notify` effects may name;
 * they receive notifications but are not parties of the case. Title in German and English, the
 * legal basis of the transfer; add and delete by name.
 */
export function RecipientsPanel() {
  const { t } = useTranslation('parties');
  const { definition, edit, selectedRow } = useEditor();
  const recipients = Object.entries(objectAt(definition.recipients));
  return (
    <>
      <p className="kern-body">{t('recipients.lead')}</p>
      {recipients.length === 0 ? <p className="kern-body">{t('recipients.empty')}</p> : null}
      <ul className="dz-plain">
        {recipients.map(([name, raw]) => {
          const recipient = objectAt(raw);
          const title = objectAt(recipient.title) as Title;
          const row = recipientRowId(name);
          const setTitle = (lang: 'de' | 'en', v: string) =>
            edit((d) => updateRecipient(d, name, { title: { de: lang === 'de' ? v : title.de ?? v, en: lang === 'en' ? v : title.en ?? v } }));
          return (
            <li key={name}>
              <fieldset className="kern-fieldset dz-row" id={row} data-selected={selectedRow === row ? 'true' : undefined}>
                <legend className="kern-label">{t('recipients.legend', { name })}</legend>
                <div className="dz-fields">
                  <div className="kern-form-input">
                    <label className="kern-label" htmlFor={`${row}-de`}>{t('recipients.titleDe')}</label>
                    <CommitInput id={`${row}-de`} lang="de" value={title.de ?? ''} onCommit={(v) => setTitle('de', v)} />
                  </div>
                  <div className="kern-form-input">
                    <label className="kern-label" htmlFor={`${row}-en`}>{t('recipients.titleEn')}</label>
                    <CommitInput id={`${row}-en`} lang="en" value={title.en ?? ''} onCommit={(v) => setTitle('en', v)} />
                  </div>
                  <div className="kern-form-input">
                    <label className="kern-label" htmlFor={`${row}-legalBasis`}>{t('recipients.legalBasis')}</label>
                    <div className="kern-hint" id={`${row}-legalBasis-hint`}>{t('recipients.legalBasisHint')}</div>
                    <CommitInput id={`${row}-legalBasis`} aria-describedby={`${row}-legalBasis-hint`} value={typeof recipient.legalBasis === 'string' ? recipient.legalBasis : ''}
                      onCommit={(v) => edit((d) => updateRecipient(d, name, { legalBasis: v.trim() }))} />
                  </div>
                </div>
                <button type="button" className="kern-btn kern-btn--tertiary kern-btn--small" onClick={() => { if (edit((d) => deleteRecipient(d, name))) focusAfterDelete('recipients-title'); }}>
                  <ButtonText text={t('recipients.delete')} about={name} />
                </button>
              </fieldset>
            </li>
          );
        })}
      </ul>
      <AddRecipientForm taken={recipients.map(([n]) => n)} roles={Object.keys(objectAt(definition.roles))} />
    </>
  );
}

function AddRecipientForm({ taken, roles }: { taken: string[]; roles: string[] }) {
  const { t } = useTranslation('parties');
  const { edit } = useEditor();
  const refuse = (name: string) => {
    if (!RECIPIENT_NAME.test(name)) return t('addRecipient.nameInvalid');
    if (taken.includes(name)) return t('addRecipient.nameTaken', { name });
    return roles.includes(name) ? t('addRecipient.roleTaken', { name }) : undefined;
  };
  return (
    <AddByNameForm idBase="add-recipient"
      texts={{ title: t('addRecipient.title'), name: t('addRecipient.name'), nameHint: t('addRecipient.nameHint'), titleDe: t('recipients.titleDe'), titleEn: t('recipients.titleEn'), submit: t('addRecipient.submit') }}
      refuse={refuse}
      add={(name, { de, en }) => edit((d) => addRecipient(d, name, { de: de || name, en: en || de || name }))}
      onAdded={(name) => setTimeout(() => document.getElementById(`${recipientRowId(name)}-legalBasis`)?.focus(), 0)} />
  );
}
