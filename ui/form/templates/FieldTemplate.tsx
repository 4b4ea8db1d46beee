import { getUiOptions } from '@rjsf/utils';
import type { FieldTemplateProps } from '@rjsf/utils';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorTextId, hintId } from '../ids.js';

const GROUP_WIDGETS = new Set(['radio', 'checkboxes']);

/** "(optional)" after the label of a field that is not required (KERN: mark optional, not required). */
export function OptionalMark({ required }: { required?: boolean }) {
  const { t } = useTranslation('form');
  return required ? null : <span className="kern-label__optional"> {t('optional')}</span>;
}

/** The error texts of a field, with the id its control's `aria-describedby` names. */
export function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  const { t } = useTranslation('form');
  if (!errors?.length) return null;
  return (
    <p className="kern-error" id={errorTextId(id)}>
      <span className="kern-icon kern-icon--danger kern-icon--default" aria-hidden="true" />
      <span className="kern-sr-only">{t('errorPrefix')} </span>
      {errors.join(' ')}
    </p>
  );
}

/** The hint (schema `description`) of a field, with the id its control's `aria-describedby` names. */
export function FieldHint({ id, text }: { id: string; text?: ReactNode }) {
  return text ? <div className="kern-hint" id={hintId(id)}>{text}</div> : null;
}

/**
 * Every field: label (or, for radio buttons and checkboxes, a fieldset whose legend names the
 * group), hint, error text and control. Objects and arrays draw their own fieldset.
 */
export function FieldTemplate(props: FieldTemplateProps) {
  const { id, label, children, rawErrors, rawDescription, hidden, required, displayLabel, schema, uiSchema } = props;
  if (hidden) return <div hidden>{children}</div>;
  const options = getUiOptions(uiSchema);
  const errors = rawErrors?.filter(Boolean);
  const container = (schema.type === 'object' && options.field !== 'attachment') || (schema.type === 'array' && options.widget !== 'checkboxes' && options.widget !== 'files');
  if (container) return <>{children}</>;
  const invalid = !!errors?.length;
  if (GROUP_WIDGETS.has(String(options.widget))) {
    return (
      <fieldset className={`kern-fieldset${invalid ? ' kern-fieldset--error' : ''}`} id={id}>
        <legend className="kern-label">{label}<OptionalMark required={required} /></legend>
        <FieldHint id={id} text={rawDescription} />
        <FieldErrors id={id} errors={errors} />
        <div className="kern-fieldset__body">{children}</div>
      </fieldset>
    );
  }
  // RJSF hides the label of a list entry; every control needs one, so it is the list's label and number.
  const entry = displayLabel === false ? /_(\d+)$/.exec(id) : null;
  const text = entry ? `${label} ${Number(entry[1]) + 1}` : label;
  return (
    <div className={`kern-form-input${invalid ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={id}>{text}{entry ? null : <OptionalMark required={required} />}</label>
      <FieldHint id={id} text={rawDescription} />
      <FieldErrors id={id} errors={errors} />
      {children}
    </div>
  );
}
