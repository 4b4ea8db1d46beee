import Form from '@rjsf/core';
import type { IChangeEvent } from '@rjsf/core';
import type { ErrorSchema, RJSFSchema, UiSchema } from '@rjsf/utils';
import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormValidator } from './createFormValidator.js';
import { errorMessages, rjsfTranslator } from './errorMessages.js';
import { kernTheme } from './kernTheme.js';
import { serverErrorSchema } from './serverErrors.js';
import './form.css';
import type { ServerFieldError } from './serverErrors.js';

/** Data of a form: a JSON object. */
export type FormData = Record<string, unknown>;

/** What a page gives the form renderer. */
export interface KernFormProps {
  /** The form's JSON Schema with refs inlined (see prepareForm). */
  schema: Record<string, unknown>;
  /** The uiSchema from prepareForm (labels, widgets). */
  uiSchema: UiSchema;
  formData: FormData;
  onChange(data: FormData): void;
  /** Called with the data when the browser's check found nothing. */
  onSubmit(data: FormData): void;
  /** Called after a submit the browser's check refused (the page prefixes its title with "Fehler: "). */
  onInvalid?(): void;
  /** Errors of the server's 422, shown at their fields and in the summary. */
  serverErrors?: ServerFieldError[];
  /** The buttons; a primary "Weiter" when none are given. */
  children?: ReactNode;
  /** Id of the `<form>` (buttons outside it may point at it). */
  id?: string;
  /**
   * First part of every field id (`<idPrefix>_<field>`; default `root`): a page that shows several
   * forms at once gives each its own, so that no two fields share an id and labels stay with theirs.
   */
  idPrefix?: string;
}

/**
 * A form generated from a procedure's JSON Schema with RJSF and the KERN theme: validated in
 * the browser on submit only (no live validation), errors summarised at the top and shown at
 * each field in the UI's language, with the server's errors at the same places.
 */
export function KernForm({ schema, uiSchema, formData, onChange, onSubmit, onInvalid, serverErrors, children, id, idPrefix }: KernFormProps) {
  const { t, i18n } = useTranslation('form');
  const message = useMemo(() => errorMessages(t, i18n.language), [t, i18n.language]);
  const validator = useMemo(() => new FormValidator(message), [message]);
  const translateString = useMemo(() => rjsfTranslator(t), [t]);
  const extraErrors = useMemo<ErrorSchema | undefined>(
    () => (serverErrors?.length ? serverErrorSchema(serverErrors, schema, message) : undefined), [serverErrors, schema, message]);
  return (
    <Form
      key={i18n.language}
      id={id}
      {...(idPrefix ? { idPrefix } : {})}
      className="app-form"
      schema={schema as RJSFSchema}
      uiSchema={uiSchema}
      formData={formData}
      validator={validator}
      {...kernTheme}
      translateString={translateString}
      extraErrors={extraErrors}
      showErrorList="top"
      noHtml5Validate
      liveValidate={false}
      experimental_defaultFormStateBehavior={{ requiredBooleanDefault: 'skip', emptyObjectFields: 'populateRequiredDefaults' }}
      focusOnFirstError={false}
      onChange={(e: IChangeEvent) => onChange((e.formData ?? {}) as FormData)}
      onSubmit={(e: IChangeEvent) => onSubmit((e.formData ?? {}) as FormData)}
      onError={() => onInvalid?.()}
    >
      {children ?? (
        <div className="app-form-actions">
          <button type="submit" className="kern-btn kern-btn--primary"><span className="kern-label">{t('submit')}</span></button>
        </div>
      )}
    </Form>
  );
}
