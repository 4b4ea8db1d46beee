import { issue, pointer } from './DefinitionIssue.js';
import type { DefinitionIssue } from './DefinitionIssue.js';
import type { FormConfig } from './types.js';
import { validateForm } from './validateForm.js';
import type { FormResult } from './validateForm.js';

/**
 * Checks data for a form of the procedure: the engine's `validateForm` by default; the browser
 * passes one that needs no `new Function` (its CSP forbids ajv's compiled code).
 */
export type FormCheck = (formId: string, data: unknown) => FormResult;

function naive(schema: Record<string, unknown>): unknown {
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  if ('default' in schema) return schema.default;
  switch (schema.type) {
    case 'object': {
      const props = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
      const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
      return Object.fromEntries(required.filter((k) => Object.hasOwn(props, k)).map((k) => [k, naive(props[k]!)]));
    }
    case 'array': return [];
    case 'boolean': return true;
    case 'integer': case 'number': return typeof schema.minimum === 'number' ? schema.minimum : 1;
    case 'string':
      if (schema.format === 'date') return '2026-01-05';
      if (schema.format === 'date-time') return '2026-01-05T08:00:00Z';
      if (schema.format === 'email') return 'max.mustermann@example.org';
      return 'x'.repeat(typeof schema.minLength === 'number' ? schema.minLength : 1);
    default: return null;
  }
}

/**
 * Sample data for a form, for simulation and path generation: the schema's `examples` (they
 * are how an author shows the data each guard branch needs), or else a naive sample built from
 * required fields when it happens to be valid. Only data `validateForm` accepts is returned.
 */
export function formSamples(forms: Record<string, FormConfig>, formId: string, check: FormCheck = (id, data) => validateForm({ forms }, id, data)): Record<string, unknown>[] {
  const schema = forms[formId]?.schema ?? {};
  const candidates = Array.isArray(schema.examples) && schema.examples.length ? schema.examples : [naive(schema)];
  return candidates.filter((c): c is Record<string, unknown> => c !== null && typeof c === 'object' && check(formId, c).ok);
}

/**
 * Why `formSamples` has nothing for a form (undefined when it has samples): the form has no
 * `examples` and the sample generated from its required fields fails its own schema. Names the
 * first failing field, the events that carry the form (paths and simulation cannot send them)
 * and the fix. A warning at the form's schema, for `validateDefinition` and `amtsweg paths`.
 */
export function sampleProblem(forms: Record<string, FormConfig>, formId: string, events: string[]): DefinitionIssue | undefined {
  if (formSamples(forms, formId).length) return undefined;
  const schema = forms[formId]?.schema ?? {};
  const at = pointer('forms', formId, 'schema', 'examples');
  const list = events.join(', ');
  const then = { de: `Pfade und Simulation können ${list} deshalb nie senden und finden keinen Weg dahinter.`, en: `Paths and simulation can therefore never send ${list} and find no path beyond it.` };
  if (Array.isArray(schema.examples) && schema.examples.length) {
    return issue(at, 'form-no-sample', `Keines der \`examples\` des Formulars „${formId}“ erfüllt sein Schema. ${then.de}`, `None of form "${formId}"'s \`examples\` passes its schema. ${then.en}`);
  }
  const result = validateForm({ forms }, formId, naive(schema));
  const first = result.ok ? undefined : result.errors[0];
  const where = first?.path ? first.path.slice(1).replace(/\//g, '.') + ': ' : '';
  const why = (lang: 'de' | 'en') => (first ? ` (${where}${first.message[lang].replace(/\.$/, '')})` : '');
  return issue(at, 'form-no-sample',
    `Für das Formular „${formId}“ gibt es keine gültige Beispieleingabe: es hat keine \`examples\`, und die aus den Pflichtfeldern erzeugte Probe erfüllt das Schema nicht${why('de')}. ${then.de} Tragen Sie unter \`examples\` je eine gültige Eingabe für jeden Zweig ein.`,
    `Form "${formId}" has no valid sample input: it has no \`examples\`, and the sample generated from its required fields fails its schema${why('en')}. ${then.en} Add under \`examples\` one valid input for each branch.`);
}

/** `form-no-sample` warnings for every form an event carries (the events named per form). */
export function checkFormSamples(config: { forms?: Record<string, FormConfig>; events?: Record<string, { form?: string }> }): DefinitionIssue[] {
  const byForm = new Map<string, string[]>();
  for (const [type, event] of Object.entries(config.events ?? {})) {
    if (event.form !== undefined && Object.hasOwn(config.forms ?? {}, event.form)) byForm.set(event.form, [...(byForm.get(event.form) ?? []), type]);
  }
  return [...byForm].flatMap(([form, events]) => sampleProblem(config.forms!, form, events) ?? []);
}
