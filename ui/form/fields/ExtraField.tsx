import { useTranslation } from 'react-i18next';
import { describedBy } from '../ids.js';
import { FieldErrors } from '../templates/FieldTemplate.js';

/** What an attachment says besides the file (the kind of document, say): a choice or a text. */
export interface ExtraFieldProps {
  id: string;
  label: string;
  schema: Record<string, unknown>;
  value: unknown;
  names?: string[];
  errors?: string[];
  onChange(value: unknown): void;
}

/** A labelled select (for an enum) or text input beside an attachment's file, with its errors. */
export function ExtraField({ id, label, schema, value, names, errors, onChange }: ExtraFieldProps) {
  const { t } = useTranslation('form');
  const options = Array.isArray(schema.enum) ? schema.enum : undefined;
  const aria = { 'aria-invalid': errors?.length ? true : undefined, 'aria-describedby': describedBy(id, false, !!errors?.length) };
  return (
    <div className={`kern-form-input${errors?.length ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={id}>{label}</label>
      <FieldErrors id={id} errors={errors} />
      {options ? (
        <div className="kern-form-input__select-wrapper">
          <select id={id} className="kern-form-input__select" {...aria} value={options.indexOf(value) < 0 ? '' : String(options.indexOf(value))}
            onChange={(e) => onChange(e.target.value === '' ? undefined : options[Number(e.target.value)])}>
            <option value="">{t('choose')}</option>
            {options.map((o, i) => <option key={String(o)} value={String(i)}>{names?.[i] ?? String(o)}</option>)}
          </select>
        </div>
      ) : (
        <input id={id} className="kern-form-input__input" {...aria} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value || undefined)} />
      )}
    </div>
  );
}
