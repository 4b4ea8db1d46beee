import type { UiSchema } from '@rjsf/utils';
import type { PreparedForm } from './prepareForm.js';
import { isAttachment } from './prepareUiSchema.js';

type Schema = Record<string, unknown>;

/** Forms with more fields than this are filled page by page (one page per top-level group). */
export const LONG_FORM_FIELDS = 12;

/** One page of a long form: some top-level properties of the form. */
export interface FormPage {
  /** Label of the page: the group's label, or undefined for the page of loose fields. */
  title?: string;
  /** The top-level properties on this page. */
  fields: string[];
  schema: Schema;
  uiSchema: UiSchema;
}

/** How many answers a schema asks for (a group counts its fields, a list its item's). */
export function countFields(schema: Schema): number {
  if (isAttachment(schema)) return 1;
  if (schema.type === 'object' && schema.properties) return Object.values(schema.properties as Record<string, Schema>).reduce((n, s) => n + countFields(s), 0);
  if (schema.type === 'array' && schema.items && typeof schema.items === 'object' && !Array.isArray((schema.items as Schema).enum)) return countFields(schema.items as Schema);
  return 1;
}

/** A form restricted to some of its top-level properties (order, required, uiSchema kept). */
function pageOf(form: PreparedForm, fields: string[], title?: string): FormPage {
  const props = form.schema.properties as Record<string, Schema>;
  const required = Array.isArray(form.schema.required) ? (form.schema.required as string[]).filter((r) => fields.includes(r)) : [];
  const order = form.uiSchema['ui:order'] as string[] | undefined;
  const uiSchema: UiSchema = { ...form.uiSchema, ...(order ? { 'ui:order': order.filter((k) => k === '*' || fields.includes(k)) } : {}) };
  const schema: Schema = { ...form.schema, properties: Object.fromEntries(fields.map((f) => [f, props[f]])), required };
  // A page holds only some of the answers: the others are not "additional" to it.
  delete schema.examples;
  delete schema.additionalProperties;
  delete schema.unevaluatedProperties;
  return { title, fields, schema, uiSchema };
}

/**
 * The pages of a long form, or undefined for a short one (up to LONG_FORM_FIELDS answers):
 * first a page with the loose top-level fields, then one page per top-level group (an object
 * property), in the form's order.
 */
export function formPages(form: PreparedForm): FormPage[] | undefined {
  if (countFields(form.schema) <= LONG_FORM_FIELDS) return undefined;
  const props = (form.schema.properties ?? {}) as Record<string, Schema>;
  const order = (form.uiSchema['ui:order'] as string[] | undefined)?.filter((k) => k in props) ?? [];
  const keys = [...order, ...Object.keys(props).filter((k) => !order.includes(k))];
  const isGroup = (k: string) => props[k]!.type === 'object' && !isAttachment(props[k]!);
  const loose = keys.filter((k) => !isGroup(k));
  const groups = keys.filter(isGroup);
  if (!groups.length) return undefined;
  const label = (k: string) => (form.uiSchema[k] as UiSchema | undefined)?.['ui:title'] as string | undefined;
  return [...(loose.length ? [pageOf(form, loose)] : []), ...groups.map((g) => pageOf(form, [g], label(g)))];
}
