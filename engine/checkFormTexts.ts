import { issue, pointer } from './DefinitionIssue.js';
import type { DefinitionIssue } from './DefinitionIssue.js';
import { choiceSchema, formFields } from './formTexts.js';
import type { ProcedureConfig } from './types.js';

type Schema = Record<string, unknown>;

const filled = (v: unknown) => typeof v === 'string' && v.length > 0;
const labels = (schema: Schema, language: 'de' | 'en') => (schema['x-enum-titles'] as Record<string, unknown> | undefined)?.[language];

/**
 * Warnings about the texts of form fields: citizens would otherwise read property names
 * ("Staatsangehoerigkeit") and enum codes. Each field needs a German `title`, an English one in
 * `x-i18n.en.title`, and each choice a label in `x-enum-titles.de` and `.en` (one per value).
 * Warnings, not errors: a form without texts still works.
 */
export function checkFormTexts(config: ProcedureConfig): DefinitionIssue[] {
  const warnings: DefinitionIssue[] = [];
  for (const [id, form] of Object.entries(config.forms ?? {})) {
    for (const field of formFields(form.schema)) {
      const at = pointer('forms', id, 'schema') + field.pointer;
      const name = field.pointer.split('/').at(-1)!;
      const en = (field.schema['x-i18n'] as { en?: { title?: unknown } } | undefined)?.en;
      if (!filled(field.schema.title)) {
        warnings.push(issue(at, 'form-field-untitled', `Das Feld „${name}“ hat keinen deutschen Titel (title).`, `Field "${name}" has no German title (title).`));
      } else if (!filled(en?.title)) {
        warnings.push(issue(at, 'form-field-untranslated', `Das Feld „${name}“ hat keinen englischen Titel (x-i18n.en.title).`, `Field "${name}" has no English title (x-i18n.en.title).`));
      }
      const choices = choiceSchema(field.schema);
      if (!choices) continue;
      const count = (choices.enum as unknown[]).length;
      for (const language of ['de', 'en'] as const) {
        const given = labels(choices, language);
        if (Array.isArray(given) && given.length === count) continue;
        warnings.push(issue(at, 'form-choices-unlabelled',
          `Die ${count} Auswahlwerte von „${name}“ brauchen ebenso viele Beschriftungen in x-enum-titles.${language}.`,
          `The ${count} choices of "${name}" need as many labels in x-enum-titles.${language}.`));
      }
    }
  }
  return warnings;
}
