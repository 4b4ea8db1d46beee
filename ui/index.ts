// The shared frontend kit of portal, workbench and designer: API client, i18n, page shell.
import './styles/app.css';
export { ApiError, api, csrfHeaders, idempotencyKey, unwrap } from './api/client.js';
export type { ApiErrorBody } from './api/client.js';
export type { components, paths } from './api/schema.js';
export { LANGUAGES, createI18n, localized } from './i18n/createI18n.js';
export type { Language } from './i18n/createI18n.js';
export { ErrorSummary } from './shell/ErrorSummary.js';
export type { SummaryItem } from './shell/ErrorSummary.js';
export { LanguageSwitch } from './shell/LanguageSwitch.js';
export { PageShell } from './shell/PageShell.js';
export type { PageShellProps, ShellLink } from './shell/PageShell.js';
export { renderPlaceholder } from './shell/renderPlaceholder.js';
export { useFocusWhenShown } from './shell/useFocusWhenShown.js';
export { usePageTitle } from './shell/usePageTitle.js';
export { KernForm, fieldId, fieldLabel, focusField, isAttachment, prepareForm } from './form/index.js';
export type { FormData, KernFormProps, PreparedForm, ProcedureForm, ServerFieldError } from './form/index.js';
export { FormValidator, LONG_FORM_FIELDS, countFields, errorMessages, formPages, pruneEmpty } from './form/index.js';
export type { FormPage } from './form/index.js';
