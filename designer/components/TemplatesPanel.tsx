import { useTranslation } from 'react-i18next';
import {
  DOCUMENT_KINDS, DOCUMENT_PARTS, NOTIFICATION_PARTS, TEMPLATE_NAME, addDocument, addNotification, deleteDocument, deleteNotification,
  objectAt, setDocumentKind, setDocumentText, setNotificationText,
} from '../model/index.js';
import type { DocumentKind, JsonObject } from '../model/index.js';
import { AddByNameForm } from './AddByNameForm.js';
import { ButtonText } from './ButtonText.js';
import { CommitInput } from './CommitInput.js';
import { useEditor } from './editorContext.js';
import { focusAfterDelete } from './focusAfterDelete.js';
import { CommitTextarea } from './forms/CommitTextarea.js';
import { TemplatePreview } from './TemplatePreview.js';

/** Element id of a document template's row (`doc-bescheid`). */
export const documentRowId = (name: string) => `doc-${name}`;
/** Element id of a notification template's row (`note-gewerbe-bestaetigt`). */
export const notificationRowId = (name: string) => `note-${name}`;

type Text = { de?: string; en?: string };
type SetText = (language: 'de' | 'en', text: string) => boolean;

/** One text part in German and English: a line for titles and subjects, a text area for the rest. */
function TemplateText({ row, part, label, value, multiline, onCommit }: { row: string; part: string; label: string; value: Text; multiline: boolean; onCommit: SetText }) {
  const { t } = useTranslation('templates');
  return (
    <>
      {(['de', 'en'] as const).map((language) => {
        const id = `${row}-${part}-${language}`;
        const text = t(language === 'de' ? 'templates.inGerman' : 'templates.inEnglish', { part: label });
        return (
          <div className="kern-form-input dz-template-text" key={language}>
            <label className="kern-label" htmlFor={id}>{text}</label>
            {multiline
              ? <CommitTextarea id={id} rows={4} spellCheck lang={language} value={value[language] ?? ''} onCommit={(v) => onCommit(language, v)} />
              : <CommitInput id={id} lang={language} value={value[language] ?? ''} onCommit={(v) => onCommit(language, v)} />}
          </div>
        );
      })}
    </>
  );
}

/**
 * "Dokumente und Benachrichtigungen": the definition's document templates (kind, title, address,
 * tenor, reasons, notes, Rechtsbehelfsbelehrung) and notification templates (subject, body), every
 * text as a Mustache template in German and English, each with a preview over sample data; add
 * and delete by name. What a template
 * names that does not exist, or a missing required part, is the problems panel's to report.
 */
export function TemplatesPanel() {
  const { t } = useTranslation('templates');
  const { definition, edit, selectedRow } = useEditor();
  const documents = Object.entries(objectAt(definition.documents));
  const notifications = Object.entries(objectAt(definition.notifications));
  const nameRule = (taken: string[]) => (name: string) =>
    (!TEMPLATE_NAME.test(name) ? t('templates.nameInvalid') : taken.includes(name) ? t('templates.nameTaken', { name }) : undefined);
  const focusLater = (id: string) => setTimeout(() => document.getElementById(id)?.focus(), 0);
  return (
    <>
      <p className="kern-body">{t('templates.lead', { answer: '{{data.<formular>.<feld>}}', reference: '{{case.reference}}', authority: '{{authority.name}}' })}</p>
      <h3 className="kern-heading-small" id="documents-title" tabIndex={-1}>{t('templates.documents')}</h3>
      {documents.length === 0 ? <p className="kern-body">{t('templates.documentsEmpty')}</p> : null}
      <ul className="dz-plain">
        {documents.map(([name, raw]) => {
          const doc = objectAt(raw);
          const row = documentRowId(name);
          const kind = String(doc.kind ?? '');
          return (
            <li key={name}>
              <fieldset className="kern-fieldset dz-row" id={row} data-selected={selectedRow === row ? 'true' : undefined}>
                <legend className="kern-label">{t('templates.documentLegend', { name })}</legend>
                <div className="kern-form-input">
                  <label className="kern-label" htmlFor={`${row}-kind`}>{t('templates.kind')}</label>
                  <div className="kern-hint" id={`${row}-kind-hint`}>{t('templates.remedyNeeded')}</div>
                  <div className="kern-form-input__select-wrapper">
                    <select id={`${row}-kind`} className="kern-form-input__select" aria-describedby={`${row}-kind-hint`} value={kind}
                      onChange={(e) => edit((d) => setDocumentKind(d, name, e.target.value as DocumentKind))}>
                      {(DOCUMENT_KINDS as readonly string[]).includes(kind) ? null : <option value={kind}>{kind}</option>}
                      {DOCUMENT_KINDS.map((k) => <option key={k} value={k}>{t(`templates.kinds.${k}`)}</option>)}
                    </select>
                  </div>
                </div>
                <div className="dz-template">
                  {DOCUMENT_PARTS.map((part) => (
                    <TemplateText key={part} row={row} part={part} label={t(`templates.parts.${part}`)} value={objectAt(doc[part]) as Text} multiline={part !== 'title'}
                      onCommit={(language, text) => edit((d) => setDocumentText(d, name, part, language, text))} />
                  ))}
                </div>
                <TemplatePreview kind="document" name={name} row={row} />
                <button type="button" className="kern-btn kern-btn--tertiary kern-btn--small" onClick={() => { if (edit((d) => deleteDocument(d, name))) focusAfterDelete('documents-title'); }}>
                  <ButtonText text={t('templates.deleteDocument')} about={name} />
                </button>
              </fieldset>
            </li>
          );
        })}
      </ul>
      <AddByNameForm idBase="add-document"
        texts={{ title: t('templates.addDocument'), name: t('templates.name'), nameHint: t('templates.nameHint'), titleDe: t('templates.documentTitle'), submit: t('templates.addDocument') }}
        refuse={nameRule(documents.map(([n]) => n))}
        add={(name, { de }) => edit((d) => addDocument(d, name, 'mitteilung', { de: de || name, en: de || name }))}
        onAdded={(name) => focusLater(`${documentRowId(name)}-kind`)} />
      <h3 className="kern-heading-small" id="notifications-title" tabIndex={-1}>{t('templates.notifications')}</h3>
      {notifications.length === 0 ? <p className="kern-body">{t('templates.notificationsEmpty')}</p> : null}
      <ul className="dz-plain">
        {notifications.map(([name, raw]) => {
          const note = objectAt(raw) as JsonObject;
          const row = notificationRowId(name);
          return (
            <li key={name}>
              <fieldset className="kern-fieldset dz-row" id={row} data-selected={selectedRow === row ? 'true' : undefined}>
                <legend className="kern-label">{t('templates.notificationLegend', { name })}</legend>
                <div className="dz-template">
                  {NOTIFICATION_PARTS.map((part) => (
                    <TemplateText key={part} row={row} part={part} label={t(`templates.parts.${part}`)} value={objectAt(note[part]) as Text} multiline={part === 'body'}
                      onCommit={(language, text) => edit((d) => setNotificationText(d, name, part, language, text))} />
                  ))}
                </div>
                <TemplatePreview kind="notification" name={name} row={row} />
                <button type="button" className="kern-btn kern-btn--tertiary kern-btn--small" onClick={() => { if (edit((d) => deleteNotification(d, name))) focusAfterDelete('notifications-title'); }}>
                  <ButtonText text={t('templates.deleteNotification')} about={name} />
                </button>
              </fieldset>
            </li>
          );
        })}
      </ul>
      <AddByNameForm idBase="add-notification"
        texts={{ title: t('templates.addNotification'), name: t('templates.name'), nameHint: t('templates.nameHint'), titleDe: t('templates.notificationSubject'), submit: t('templates.addNotification') }}
        refuse={nameRule(notifications.map(([n]) => n))}
        add={(name, { de }) => edit((d) => addNotification(d, name, { de: de || name, en: de || name }))}
        onAdded={(name) => focusLater(`${notificationRowId(name)}-body-de`)} />
    </>
  );
}
