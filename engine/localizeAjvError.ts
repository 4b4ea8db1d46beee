import type { ErrorObject } from 'ajv/dist/2020.js';
import { issue, pointer } from './DefinitionIssue.js';
import type { DefinitionIssue } from './DefinitionIssue.js';
import { FILE_UNREADABLE } from './fileFields.js';
import { formatCount, type CountForms } from './formatCount.js';

type Params = Record<string, unknown>;
type Texts = (p: Params) => [de: string, en: string];

const list = (v: unknown) => (Array.isArray(v) ? v.map((x) => JSON.stringify(x)).join(', ') : JSON.stringify(v));

/** Noun forms after a count (issue 8: "At least 1 characters"); German "Zeichen" has one form for both. */
const NOUNS = {
  characters: { de: { one: 'Zeichen', other: 'Zeichen' }, en: { one: 'character', other: 'characters' } },
  items: { de: { one: 'Eintrag', other: 'Einträge' }, en: { one: 'item', other: 'items' } },
  entries: { de: { one: 'Eintrag', other: 'Einträge' }, en: { one: 'entry', other: 'entries' } },
  matching: { de: { one: 'passender Eintrag', other: 'passende Einträge' }, en: { one: 'matching item', other: 'matching items' } },
} satisfies Record<string, Record<'de' | 'en', CountForms>>;

/** "Mindestens 1 Eintrag." / "At least 1 item." — a bound on a count, in both languages. */
function bound(de: string, en: string, limit: unknown, noun: keyof typeof NOUNS): [string, string] {
  const n = Number(limit);
  return [`${de} ${formatCount('de', n, NOUNS[noun].de)}.`, `${en} ${formatCount('en', n, NOUNS[noun].en)}.`];
}

/** `contains`: minContains (ajv's default 1) and an optional maxContains. */
function containsTexts(p: Params): [string, string] {
  const min = Number(p.minContains);
  if (p.maxContains === undefined) return bound('Mindestens', 'At least', min, 'matching');
  if (min === 0) return bound('Höchstens', 'At most', p.maxContains, 'matching');
  return bound(`Mindestens ${min} und höchstens`, `At least ${min} and at most`, p.maxContains, 'matching');
}

const TEXTS: Record<string, Texts> = {
  required: (p) => [`Pflichtangabe „${String(p.missingProperty)}“ fehlt.`, `Required property "${String(p.missingProperty)}" is missing.`],
  additionalProperties: (p) => [`Die Angabe „${String(p.additionalProperty)}“ ist nicht vorgesehen.`, `Property "${String(p.additionalProperty)}" is not allowed.`],
  unevaluatedProperties: (p) => [`Die Angabe „${String(p.unevaluatedProperty)}“ ist nicht vorgesehen.`, `Property "${String(p.unevaluatedProperty)}" is not allowed.`],
  type: (p) => [`Erwartet wird der Typ ${String(p.type)}.`, `Must be of type ${String(p.type)}.`],
  enum: (p) => [`Erlaubt sind nur: ${list(p.allowedValues)}.`, `Must be one of: ${list(p.allowedValues)}.`],
  const: (p) => [`Erwartet wird ${list(p.allowedValue)}.`, `Must be ${list(p.allowedValue)}.`],
  pattern: (p) => [`Das Format stimmt nicht (Muster ${String(p.pattern)}).`, `Does not match the pattern ${String(p.pattern)}.`],
  format: (p) => (p.format === 'data-url' ? [FILE_UNREADABLE.de, FILE_UNREADABLE.en] : [`Kein gültiges Format „${String(p.format)}“.`, `Must be a valid "${String(p.format)}".`]),
  // File limits (createAjv's keywords) carry their texts, made by fileFields' checkFile.
  'x-maxBytes': (p) => [String(p.de), String(p.en)],
  'x-mediaTypes': (p) => [String(p.de), String(p.en)],
  minLength: (p) => bound('Mindestens', 'At least', p.limit, 'characters'),
  maxLength: (p) => bound('Höchstens', 'At most', p.limit, 'characters'),
  minimum: (p) => [`Der Wert muss ${String(p.comparison)} ${String(p.limit)} sein.`, `Must be ${String(p.comparison)} ${String(p.limit)}.`],
  maximum: (p) => [`Der Wert muss ${String(p.comparison)} ${String(p.limit)} sein.`, `Must be ${String(p.comparison)} ${String(p.limit)}.`],
  exclusiveMinimum: (p) => [`Der Wert muss ${String(p.comparison)} ${String(p.limit)} sein.`, `Must be ${String(p.comparison)} ${String(p.limit)}.`],
  exclusiveMaximum: (p) => [`Der Wert muss ${String(p.comparison)} ${String(p.limit)} sein.`, `Must be ${String(p.comparison)} ${String(p.limit)}.`],
  minItems: (p) => bound('Mindestens', 'At least', p.limit, 'items'),
  maxItems: (p) => bound('Höchstens', 'At most', p.limit, 'items'),
  minProperties: (p) => bound('Mindestens', 'At least', p.limit, 'entries'),
  maxProperties: (p) => bound('Höchstens', 'At most', p.limit, 'entries'),
  contains: containsTexts,
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
