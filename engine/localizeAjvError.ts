import type { ErrorObject } from 'ajv/dist/2020.js';
import { issue, pointer } from './DefinitionIssue.js';
import type { DefinitionIssue } from './DefinitionIssue.js';

type Params = Record<string, unknown>;
type Texts = (p: Params) => [de: string, en: string];

const list = (v: unknown) => (Array.isArray(v) ? v.map((x) => JSON.stringify(x)).join(', ') : JSON.stringify(v));

const TEXTS: Record<string, Texts> = {
  required: (p) => [`Pflichtangabe „${String(p.missingProperty)}“ fehlt.`, `Required property "${String(p.missingProperty)}" is missing.`],
  additionalProperties: (p) => [`Die Angabe „${String(p.additionalProperty)}“ ist nicht vorgesehen.`, `Property "${String(p.additionalProperty)}" is not allowed.`],
  unevaluatedProperties: (p) => [`Die Angabe „${String(p.unevaluatedProperty)}“ ist nicht vorgesehen.`, `Property "${String(p.unevaluatedProperty)}" is not allowed.`],
  type: (p) => [`Erwartet wird der Typ ${String(p.type)}.`, `Must be of type ${String(p.type)}.`],
  enum: (p) => [`Erlaubt sind nur: ${list(p.allowedValues)}.`, `Must be one of: ${list(p.allowedValues)}.`],
  const: (p) => [`Erwartet wird ${list(p.allowedValue)}.`, `Must be ${list(p.allowedValue)}.`],
  pattern: (p) => [`Das Format stimmt nicht (Muster ${String(p.pattern)}).`, `Does not match the pattern ${String(p.pattern)}.`],
  format: (p) => [`Kein gültiges Format „${String(p.format)}“.`, `Must be a valid "${String(p.format)}".`],
  minLength: (p) => [`Mindestens ${String(p.limit)} Zeichen.`, `At least ${String(p.limit)} characters.`],
  maxLength: (p) => [`Höchstens ${String(p.limit)} Zeichen.`, `At most ${String(p.limit)} characters.`],
  minimum: (p) => [`Der Wert muss ${String(p.comparison)} ${String(p.limit)} sein.`, `Must be ${String(p.comparison)} ${String(p.limit)}.`],
  maximum: (p) => [`Der Wert muss ${String(p.comparison)} ${String(p.limit)} sein.`, `Must be ${String(p.comparison)} ${String(p.limit)}.`],
  exclusiveMinimum: (p) => [`Der Wert muss ${String(p.comparison)} ${String(p.limit)} sein.`, `Must be ${String(p.comparison)} ${String(p.limit)}.`],
  exclusiveMaximum: (p) => [`Der Wert muss ${String(p.comparison)} ${String(p.limit)} sein.`, `Must be ${String(p.comparison)} ${String(p.limit)}.`],
  minItems: (p) => [`Mindestens ${String(p.limit)} Einträge.`, `At least ${String(p.limit)} items.`],
  maxItems: (p) => [`Höchstens ${String(p.limit)} Einträge.`, `At most ${String(p.limit)} items.`],
  minProperties: (p) => [`Mindestens ${String(p.limit)} Einträge.`, `At least ${String(p.limit)} entries.`],
  uniqueItems: () => ['Einträge dürfen sich nicht wiederholen.', 'Items must be unique.'],
  multipleOf: (p) => [`Muss ein Vielfaches von ${String(p.multipleOf)} sein.`, `Must be a multiple of ${String(p.multipleOf)}.`],
  propertyNames: (p) => [`Unzulässiger Name „${String(p.propertyName)}“.`, `Invalid name "${String(p.propertyName)}".`],
};

/**
 * Turns an ajv error into a finding with a JSON pointer and German and English text.
 * `required` and `additionalProperties` point at the property concerned, not its parent.
 */
export function localizeAjvError(error: ErrorObject, prefix = ''): DefinitionIssue {
  const params = error.params as Params;
  let path = prefix + error.instancePath;
  if (error.keyword === 'required') path += pointer(String(params.missingProperty));
  if (error.keyword === 'additionalProperties') path += pointer(String(params.additionalProperty));
  if (error.keyword === 'unevaluatedProperties') path += pointer(String(params.unevaluatedProperty));
  const texts = TEXTS[error.keyword];
  const [de, en] = texts ? texts(params) : [`Ungültige Angabe (${error.keyword}).`, error.message ?? `Invalid (${error.keyword}).`];
  return issue(path, error.keyword, de, en);
}
