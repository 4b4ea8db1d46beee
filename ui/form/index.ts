// The form renderer: RJSF with the KERN theme, its validator and helpers for long forms.
export { KernForm } from './KernForm.js';
export type { FormData, KernFormProps } from './KernForm.js';
export { prepareForm } from './prepareForm.js';
export type { PreparedForm, ProcedureForm } from './prepareForm.js';
export type { ServerFieldError } from './serverErrors.js';
export { fieldLabel, isAttachment } from './prepareUiSchema.js';
export { fieldId, focusField } from './focusField.js';

export { countFields, formPages, LONG_FORM_FIELDS } from './formPages.js';
export type { FormPage } from './formPages.js';
export { pruneEmpty } from './pruneEmpty.js';
export { FormValidator } from './createFormValidator.js';
export { errorMessages } from './errorMessages.js';
