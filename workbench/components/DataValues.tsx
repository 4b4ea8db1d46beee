import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldTexts } from '../../engine/index.js';
import type { ProcedureConfig } from '../../engine/index.js';
import { localized } from '../../ui/index.js';
import { formatDate } from './caseFacts.js';

type Schema = Record<string, unknown> & { properties?: Record<string, Schema>; items?: Schema; $ref?: string; $defs?: Record<string, Schema> };

/** The schema a `$ref` to `#/$defs/x` points at, within the form's root schema. */
function resolve(root: Schema, schema: Schema | undefined): Schema | undefined {
  const ref = schema?.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/$defs/')) return schema;
  return root.$defs?.[ref.slice(8)];
}

/** Form data read-only, by form: each field with its label from the form's schema, nested parts as nested lists. */
export function DataValues({ def, data, idPrefix }: { def: ProcedureConfig; data: Record<string, Record<string, unknown>>; idPrefix: string }) {
  const { t, i18n } = useTranslation('case');
  const forms = Object.entries(data).filter(([, v]) => v && Object.keys(v).length);
  if (!forms.length) return <p className="kern-body">{t('data.empty')}</p>;
  return (
    <>
      {forms.map(([formId, values]) => {
        const form = def.forms?.[formId] as { title?: { de: string; en?: string }; schema: Schema } | undefined;
        return (
          <div key={formId} className="wb-form-data">
            {form?.title ? <p className="kern-body kern-body--bold" id={`${idPrefix}-${formId}`}>{localized(form.title, i18n.language)}</p> : null}
            <Values root={form?.schema ?? {}} schema={form?.schema} values={values} />
          </div>
        );
      })}
    </>
  );
}

/** One object's fields as a description list. */
function Values({ root, schema, values }: { root: Schema; schema: Schema | undefined; values: Record<string, unknown> }) {
  const { t, i18n } = useTranslation('case');
  const show = (value: unknown, field: Schema | undefined): ReactNode => {
    if (value === true) return t('data.yes');
    if (value === false) return t('data.no');
    if (Array.isArray(value)) return <ul className="kern-list">{value.map((v, i) => <li key={i}>{show(v, resolve(root, field?.items))}</li>)}</ul>;
    if (value && typeof value === 'object') return <Values root={root} schema={field} values={value as Record<string, unknown>} />;
    const choices = Array.isArray(field?.enum) ? field.enum : undefined;
    const choice = choices?.indexOf(value) ?? -1;
    if (field && choice >= 0) return fieldTexts(field as never, i18n.language).enumTitles?.[choice] ?? String(value);
    if (field?.format === 'date' && typeof value === 'string') return formatDate(`${value}T12:00:00Z`, i18n.language);
    return String(value);
  };
  const props = resolve(root, schema)?.properties ?? {};
  return (
    <dl className="wb-values">
      {Object.entries(values).map(([key, value]) => {
        const field = resolve(root, props[key]);
        const label = (field && fieldTexts(field as never, i18n.language).title) || key;
        return (
          <div key={key} className="wb-values__row">
            <dt className="kern-body kern-body--bold">{label}</dt>
            <dd className="kern-body">{show(value, field)}</dd>
          </div>
        );
      })}
    </dl>
  );
}
