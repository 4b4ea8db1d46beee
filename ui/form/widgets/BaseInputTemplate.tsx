import { getInputProps } from '@rjsf/utils';
import type { WidgetProps } from '@rjsf/utils';
import { memoWidget } from './memoWidget.js';
import { describedBy } from '../ids.js';

/** Whether a field shows a hint (FieldTemplate renders `description` with hintId). */
export function hasHint(props: Pick<WidgetProps, 'schema' | 'uiSchema'>): boolean {
  return !!(props.uiSchema?.['ui:description'] ?? props.schema.description);
}

/** The ARIA state every control of the theme carries: invalid, required, described by what exists. */
export function ariaOf(props: WidgetProps) {
  const invalid = !!props.rawErrors?.length;
  return {
    'aria-invalid': invalid || undefined,
    'aria-required': props.required || undefined,
    'aria-describedby': describedBy(props.id, hasHint(props), invalid),
  } as const;
}

/**
 * The `<input>` of text, number, date and e-mail fields (KERN). `aria-required` instead of
 * native `required` (the browser's own bubbles speak English and fire before our summary).
 * Memoised: RJSF re-renders the whole form on every change, the unchanged inputs need not.
 */
export const BaseInputTemplate = memoWidget('BaseInputTemplate', function BaseInputTemplate(props: WidgetProps) {
  const { id, htmlName, value, readonly, disabled, autofocus, onBlur, onFocus, onChange, options, schema, type, rawErrors, placeholder } = props;
  const inputProps = getInputProps(schema, type, options);
  const empty = value === undefined || value === null;
  return (
    <input
      id={id}
      name={htmlName || id}
      className={`kern-form-input__input${rawErrors?.length ? ' kern-form-input__input--error' : ''}`}
      readOnly={readonly}
      disabled={disabled}
      autoFocus={autofocus}
      placeholder={placeholder}
      {...inputProps}
      {...ariaOf(props)}
      value={empty ? '' : value}
      onChange={(e) => onChange(e.target.value === '' ? options.emptyValue : e.target.value)}
      onBlur={(e) => onBlur(id, e.target.value)}
      onFocus={(e) => onFocus(id, e.target.value)}
    />
  );
});
