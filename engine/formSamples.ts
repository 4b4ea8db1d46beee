import type { FormConfig } from './types.js';
import { validateForm } from './validateForm.js';

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
export function formSamples(forms: Record<string, FormConfig>, formId: string): Record<string, unknown>[] {
  const schema = forms[formId]?.schema ?? {};
  const candidates = Array.isArray(schema.examples) && schema.examples.length ? schema.examples : [naive(schema)];
  return candidates.filter((c): c is Record<string, unknown> => validateForm({ forms }, formId, c).ok && c !== null && typeof c === 'object');
}
