import { useEffect, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { ActionProps, FullOption, ValueEditorProps, ValueSelectorProps } from 'react-querybuilder';

/** What the builder hands every control: the prefix that makes its id unique on the page. */
export interface GuardContext {
  idPrefix: string;
}

/** A unique id for a control from the builder's prefix, the rule's path and the control's role. */
const controlId = (context: unknown, path: number[], role: string | undefined) =>
  `${(context as GuardContext | undefined)?.idPrefix ?? 'guard'}-${path.length ? path.join('-') : 'root'}-${role ?? 'control'}`;

type Options = ValueSelectorProps['options'];
const isGroup = (o: Options[number]): o is { label: string; options: FullOption[] } => 'options' in o && Array.isArray(o.options);

function OptionList({ options }: { options: Options }) {
  return (
    <>
      {options.map((o) => (isGroup(o)
        ? <optgroup key={o.label} label={o.label}>{o.options.map((c) => <option key={c.name} value={c.name}>{c.label}</option>)}</optgroup>
        : <option key={o.name} value={o.name}>{o.label}</option>))}
    </>
  );
}

/** Every choice of the builder (field, comparison, combination, a choice value) as a KERN select with its visible label (`title`). */
export function LabelledSelect({ options, value, handleOnChange, title, path, context, testID, disabled }: ValueSelectorProps) {
  const id = controlId(context, path, testID);
  return (
    <div className="kern-form-input dz-guard-control">
      <label className="kern-label" htmlFor={id}>{title}</label>
      <div className="kern-form-input__select-wrapper">
        <select id={id} className="kern-form-input__select" value={value ?? ''} disabled={disabled} onChange={(e) => handleOnChange(e.target.value)}>
          <OptionList options={options} />
        </select>
      </div>
    </div>
  );
}

/**
 * The value of a rule: a select for choices (yes/no, enum), else an input typed after the field
 * (number, date, text) that applies its text when left or on Enter — one undo step per value.
 * Nothing for "is empty" / "is filled in".
 */
export function GuardValue(props: ValueEditorProps) {
  const { operator, value, handleOnChange, title, path, context, type, inputType, values, testID, disabled } = props;
  const [text, setText] = useState(value === undefined || value === null ? '' : String(value));
  useEffect(() => setText(value === undefined || value === null ? '' : String(value)), [value]);
  if (operator === 'null' || operator === 'notNull') return null;
  const id = controlId(context, path, testID);
  if (type === 'select' && values) {
    return <LabelledSelect {...props} options={values as FullOption[]} value={String(value ?? '')} handleOnChange={handleOnChange} />;
  }
  const commit = () => { if (text !== String(value ?? '')) handleOnChange(text); };
  const keys = (e: KeyboardEvent<HTMLInputElement>) => { if (e.key === 'Enter') { e.preventDefault(); commit(); } };
  return (
    <div className="kern-form-input dz-guard-control">
      <label className="kern-label" htmlFor={id}>{title}</label>
      <input id={id} className="kern-form-input__input" type={inputType === 'number' ? 'text' : inputType ?? 'text'} inputMode={inputType === 'number' ? 'decimal' : undefined}
        value={text} disabled={disabled} onChange={(e) => setText(e.target.value)} onBlur={commit} onKeyDown={keys} />
    </div>
  );
}

/** The builder's buttons (add or remove a rule or group) as KERN buttons with their text as name. */
export function GuardAction({ label, className, handleOnClick, disabled, context, path, testID }: ActionProps) {
  return <button type="button" id={controlId(context, path, testID)} className={className} disabled={disabled} onClick={(e) => handleOnClick(e)}>{label}</button>;
}
