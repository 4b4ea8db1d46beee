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

const cache = new WeakMap<object, Map<string, PreparedForm>>();

/**
 * Prepares a procedure's form for rendering in `language`: labels, hints and choice labels
 * from the definition's texts (cached per form object and language).
 */
export function prepareForm(form: ProcedureForm, language: string): PreparedForm {
  let byLanguage = cache.get(form);
  if (!byLanguage) cache.set(form, (byLanguage = new Map()));
  let prepared = byLanguage.get(language);
  if (!prepared) {
    const schema = byLanguage.values().next().value?.schema ?? inlineRefs(form.schema);
    prepared = { schema, uiSchema: prepareUiSchema(schema, (form.uiSchema ?? {}) as UiSchema, language) };
    byLanguage.set(language, prepared);
  }
  return prepared;
}
