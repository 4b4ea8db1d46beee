import type { RJSFSchema } from '@rjsf/utils';
import type { FormCheck, ProcedureConfig } from '../../engine/index.js';
import { prepareForm } from '../../ui/index.js';
import type { FormValidator } from '../../ui/index.js';

/**
 * Form data checked in the browser for the simulation: the portal's form validator
 * (`@cfworker/json-schema`), because the engine's ajv compiles code with `new Function`, which
 * the designer's CSP forbids. Errors name the field (`.fehlend`) in German and English.
 */
export function browserFormCheck(def: ProcedureConfig, de: FormValidator, en: FormValidator): FormCheck {
  return (formId, data) => {
    const form = Object.hasOwn(def.forms ?? {}, formId) ? def.forms![formId]! : undefined;
    if (!form) return { ok: false, errors: [{ path: '', code: 'form-unknown', message: { de: `Das Formular „${formId}“ gibt es nicht.`, en: `Form "${formId}" does not exist.` } }] };
    const schema = prepareForm(form, 'de').schema as RJSFSchema;
    if (de.isValid(schema, data, schema)) return { ok: true };
    const inDe = de.validateFormData(data, schema).errors;
    const inEn = en.validateFormData(data, schema).errors;
    return { ok: false, errors: inDe.map((e, i) => ({ path: (e.property ?? '').replace(/\./g, '/'), code: e.name ?? 'invalid', message: { de: e.message ?? '', en: inEn[i]?.message ?? e.message ?? '' } })) };
  };
}
