import type { UiSchema } from '@rjsf/utils';
import { inlineRefs } from './inlineRefs.js';
import { prepareUiSchema } from './prepareUiSchema.js';

/** A form of a procedure definition (engine's FormConfig as the API sends it). */
export interface ProcedureForm {
  title?: { de?: string; en?: string };
  schema: Record<string, unknown>;
  uiSchema?: Record<string, unknown>;
}

/** A form ready for KernForm: schema with refs inlined, uiSchema with labels and widgets. */
export interface PreparedForm {
  schema: Record<string, unknown>;
  uiSchema: UiSchema;
}

const cache = new WeakMap<object, PreparedForm>();

/** Prepares a procedure's form for rendering (cached per form object). */
export function prepareForm(form: ProcedureForm): PreparedForm {
  let prepared = cache.get(form);
  if (!prepared) {
    const schema = inlineRefs(form.schema);
    prepared = { schema, uiSchema: prepareUiSchema(schema, (form.uiSchema ?? {}) as UiSchema) };
    cache.set(form, prepared);
  }
  return prepared;
}
