import { enumOptionsDeselectValue, enumOptionsSelectValue, optionId } from '@rjsf/utils';
import type { EnumOptionsType, WidgetProps } from '@rjsf/utils';
import { memoWidget } from './memoWidget.js';
import { useTranslation } from 'react-i18next';
import { ariaOf } from './BaseInputTemplate.js';

/** The options of a choice; yes/no for a boolean field (RJSF gives none). */
function optionsOf(props: WidgetProps, yes: string, no: string): EnumOptionsType[] {
  if (props.schema.type === 'boolean') return [{ value: true, label: yes }, { value: false, label: no }];
  return (props.options.enumOptions ?? []) as EnumOptionsType[];
}

/**
 * Radio buttons (KERN); the FieldTemplate puts them in a fieldset whose legend is the question,
 * so the group has an accessible name. The first button carries the field's ARIA state.
 */
export const RadioWidget = memoWidget('RadioWidget', function RadioWidget(props: WidgetProps) {
  const { t } = useTranslation('form');
  const { id, htmlName, value, disabled, readonly, onChange, onBlur, onFocus, rawErrors } = props;
  const aria = ariaOf(props);
  return (
    <div className="app-choices">
      {optionsOf(props, t('yes'), t('no')).map((option, i) => (
        <div className={`kern-form-check${rawErrors?.length ? ' kern-form-check--error' : ''}`} key={String(option.value)}>
          <input
            type="radio" className="kern-form-check__radio" id={optionId(id, i)} name={htmlName || id}
            checked={value === option.value} value={String(option.value)} disabled={disabled || readonly}
            aria-invalid={aria['aria-invalid']} aria-describedby={aria['aria-describedby']}
            onChange={() => onChange(option.value)} onBlur={() => onBlur(id, value)} onFocus={() => onFocus(id, value)}
          />
          <label className="kern-label" htmlFor={optionId(id, i)}>{option.label}</label>
        </div>
      ))}
    </div>
  );
});

/** Checkboxes for a multiple choice (array of enum values), in the FieldTemplate's fieldset. */
export const CheckboxesWidget = memoWidget('CheckboxesWidget', function CheckboxesWidget(props: WidgetProps) {
  const { id, htmlName, value, disabled, readonly, onChange, onBlur, onFocus, options, rawErrors } = props;
  const selected = (Array.isArray(value) ? value : []) as unknown[];
  const enumOptions = (options.enumOptions ?? []) as EnumOptionsType[];
  const aria = ariaOf(props);
  return (
    <div className="app-choices">
      {enumOptions.map((option, i) => (
        <div className={`kern-form-check${rawErrors?.length ? ' kern-form-check--error' : ''}`} key={String(option.value)}>
          <input
            type="checkbox" className="kern-form-check__checkbox" id={optionId(id, i)} name={htmlName || id}
            checked={selected.includes(option.value)} disabled={disabled || readonly}
            aria-invalid={aria['aria-invalid']} aria-describedby={aria['aria-describedby']}
            onChange={(e) => onChange(e.target.checked ? enumOptionsSelectValue(i, selected as never, enumOptions) : enumOptionsDeselectValue(i, selected as never, enumOptions))}
            onBlur={() => onBlur(id, value)} onFocus={() => onFocus(id, value)}
          />
          <label className="kern-label" htmlFor={optionId(id, i)}>{option.label}</label>
        </div>
      ))}
    </div>
  );
});

/** A select for longer choices, with "Bitte wählen" as its empty first option. */
export const SelectWidget = memoWidget('SelectWidget', function SelectWidget(props: WidgetProps) {
  const { t } = useTranslation('form');
  const { id, htmlName, value, disabled, readonly, onChange, onBlur, onFocus, options, rawErrors } = props;
  const enumOptions = (options.enumOptions ?? []) as EnumOptionsType[];
  const index = enumOptions.findIndex((o) => o.value === value);
  return (
    <div className="kern-form-input__select-wrapper">
      <select
        id={id} name={htmlName || id} className={`kern-form-input__select${rawErrors?.length ? ' kern-form-input__select--error' : ''}`}
        value={index < 0 ? '' : String(index)} disabled={disabled || readonly} {...ariaOf(props)}
        onChange={(e) => onChange(e.target.value === '' ? undefined : enumOptions[Number(e.target.value)]?.value)}
        onBlur={() => onBlur(id, value)} onFocus={() => onFocus(id, value)}
      >
        <option value="">{t('choose')}</option>
        {enumOptions.map((o, i) => <option key={String(o.value)} value={String(i)}>{o.label}</option>)}
      </select>
    </div>
  );
});

/** A text area for long text (maxLength over 200). */
export const TextareaWidget = memoWidget('TextareaWidget', function TextareaWidget(props: WidgetProps) {
  const { id, htmlName, value, disabled, readonly, onChange, onBlur, onFocus, options, schema, rawErrors } = props;
  return (
    <textarea
      id={id} name={htmlName || id} className={`kern-form-input__input${rawErrors?.length ? ' kern-form-input__input--error' : ''}`} rows={5}
      value={typeof value === 'string' ? value : ''} disabled={disabled} readOnly={readonly}
      maxLength={typeof schema.maxLength === 'number' ? schema.maxLength : undefined} {...ariaOf(props)}
      onChange={(e) => onChange(e.target.value === '' ? options.emptyValue : e.target.value)}
      onBlur={(e) => onBlur(id, e.target.value)} onFocus={(e) => onFocus(id, e.target.value)}
    />
  );
});
