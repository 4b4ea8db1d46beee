import type { ValidateFunction } from 'ajv/dist/2020.js';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import { analyseGraph } from './analyseGraph.js';
import { checkCategoryPlacement } from './checkCategoryPlacement.js';
import { checkFileFields } from './checkFileFields.js';
import { checkFormTexts } from './checkFormTexts.js';
import { checkGuards, guardWarnings } from './checkGuards.js';
import { checkReferences } from './checkReferences.js';
import { checkSealing } from './checkSealing.js';
import { createAjv } from './createAjv.js';
import { checkEffects } from './effects/checkEffects.js';
import { effectParamIssue } from './effects/effectParamIssues.js';
import { issue, pointer } from './DefinitionIssue.js';
import type { DefinitionIssue } from './DefinitionIssue.js';
import { checkFormSamples } from './formSamples.js';
import { formValidator } from './formValidator.js';
import { leafGraph } from './leafGraph.js';
import { localizeAjvError } from './localizeAjvError.js';
import { procedureSchema } from './procedureSchema.js';
import { resolveDefinition } from './resolveDefinition.js';
import type { ProcedureDefinition } from './resolveDefinition.js';
import { DEFINITION_LIMITS, scanDefinition } from './scanDefinition.js';
import type { ProcedureConfig } from './types.js';
import { checkTemplates } from './templates/checkTemplates.js';
import { validateForm } from './validateForm.js';

/** Outcome of `validateDefinition`; `definition` is present when there are no errors. */
export interface DefinitionResult {
  ok: boolean;
  errors: DefinitionIssue[];
  warnings: DefinitionIssue[];
  definition?: ProcedureDefinition;
}

let meta: { ajv: Ajv2020; validate: ValidateFunction } | undefined;
function metaSchema() {
  if (!meta) {
    const ajv = createAjv();
    meta = { ajv, validate: ajv.compile(procedureSchema as object) };
  }
  return meta;
}

const failed = (errors: DefinitionIssue[]): DefinitionResult => ({ ok: false, errors, warnings: [] });

function checkForms(config: ProcedureConfig): DefinitionIssue[] {
  const errors: DefinitionIssue[] = [];
  const { ajv } = metaSchema();
  for (const [id, form] of Object.entries(config.forms ?? {})) {
    const at = pointer('forms', id, 'schema');
    if (!ajv.validateSchema(form.schema)) {
      for (const e of ajv.errors ?? []) errors.push({ ...localizeAjvError(e, at), code: 'form-schema-invalid' });
      continue;
    }
    try {
      formValidator(config.forms!, id);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      errors.push(issue(at, 'form-schema-invalid', `Das Formularschema ist kein gültiges JSON Schema: ${why}`, `The form schema is not valid JSON Schema: ${why}`));
      continue;
    }
    const examples = form.schema.examples;
    if (Array.isArray(examples)) {
      examples.forEach((example, i) => {
        const result = validateForm(config, id, example);
        if (!result.ok) {
          for (const e of result.errors) errors.push({ ...e, path: `${at}/examples/${i}${e.path}`, code: 'form-example-invalid' });
        }
      });
    }
  }
  return errors;
}

/**
 * Validates a procedure definition (parsed JSON or its text) before it is published: unsafe
 * content first (size, depth, prototype keys, remote `$ref`, ReDoS patterns), then the
 * meta-schema, file fields' limits, the form schemas and their examples (fields without texts are warnings),
 * cross-references, what guards read against the data that exists at their transition, document and notification
 * templates (placeholders against the forms), forms for which no sample input exists (paths and simulation cannot send their events), data categories placed where they cannot be enforced, and the
 * statechart's graph (eventless transitions included). Never throws on bad input and never evaluates anything from it.
 */
export function validateDefinition(json: unknown): DefinitionResult {
  let doc = json;
  if (typeof json === 'string') {
    if (json.length > DEFINITION_LIMITS.text * 2) return failed([issue('', 'too-large', 'Die Definition ist zu groß.', 'The definition is too large.')]);
    try {
      doc = JSON.parse(json);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      return failed([issue('', 'json-invalid', `Kein gültiges JSON: ${why}`, `Not valid JSON: ${why}`)]);
    }
  }
  const unsafe = scanDefinition(doc);
  if (unsafe.length) return failed(unsafe);
  const { validate } = metaSchema();
  if (!validate(doc)) {
    // `if` errors only repeat what the `then` branch already reported.
    // Errors in an effect's params name the effect type and the parameter (effect-param-*).
    return failed((validate.errors ?? []).filter((e) => e.keyword !== 'if').map((e) => {
      const param = effectParamIssue(e);
      if (param) return param;
      const found = localizeAjvError(e);
      return { ...found, code: `schema-${found.code}` };
    }));
  }
  const config = doc as ProcedureConfig;
  const formErrors = [...checkFileFields(config), ...checkForms(config)];
  const definition = resolveDefinition(config);
  const { errors, warnings } = checkReferences(definition);
  const sealing = checkSealing(definition);
  errors.unshift(...formErrors);
  errors.push(...sealing.errors, ...checkEffects(definition));
  warnings.push(...sealing.warnings, ...checkFormTexts(config));
  // Only compilable forms can be sampled; a form whose examples fail already is an error above.
  if (!formErrors.length) warnings.push(...checkFormSamples(config));
  const templates = checkTemplates(definition);
  errors.push(...templates.errors);
  warnings.push(...templates.warnings);
  const graph = leafGraph(definition);
  const analysis = analyseGraph(definition, graph);
  errors.push(...checkGuards(definition, graph), ...checkCategoryPlacement(config), ...analysis.errors);
  warnings.push(...analysis.warnings);
  // Where the form is unavailable before, checkGuards already reports an error for the same read.
  const errorAt = new Set(errors.map((e) => e.path));
  warnings.push(...guardWarnings(definition).filter((w) => !errorAt.has(w.path)));
  return errors.length ? { ok: false, errors, warnings } : { ok: true, errors, warnings, definition };
}
