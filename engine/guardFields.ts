import { isFileField } from './fileFields.js';
import { formFields } from './formTexts.js';
import { formsAvailable } from './formsAvailable.js';
import { leafGraph } from './leafGraph.js';
import { resolveDefinition } from './resolveDefinition.js';
import type { ProcedureDefinition, TransitionInfo } from './resolveDefinition.js';
import type { ProcedureConfig } from './types.js';

/** A value a guard can read at a transition and compare: a form field with a scalar type. */
export interface GuardField {
  /** The `var` path: `event.data.<field>` or `data.<form>.<field>` (nested fields joined by dots). */
  path: string;
  /** `event`: what the transition's own event submits; `data`: what an earlier event stored. */
  source: 'event' | 'data';
  form: string;
  /** The field's path inside its form (`anschrift.plz`). */
  field: string;
  type: 'string' | 'number' | 'integer' | 'boolean';
  schema: Record<string, unknown>;
}

const SCALAR = new Set(['string', 'number', 'integer', 'boolean']);
const SEGMENT = /^\/properties\/([^/]+)/;

/** The type of a choice declared by `enum` alone, when all its values share one. */
function enumType(values: unknown): string | undefined {
  if (!Array.isArray(values) || values.length === 0) return undefined;
  const types = new Set(values.map((v) => (typeof v === 'number' ? 'number' : typeof v)));
  return types.size === 1 ? [...types][0] : undefined;
}

/** The scalar fields of a form as dot paths; fields inside lists, groups themselves and files are left out. */
function scalarFields(schema: Record<string, unknown>): { field: string; type: GuardField['type']; schema: Record<string, unknown> }[] {
  return formFields(schema).flatMap(({ pointer, schema: sub }) => {
    const names: string[] = [];
    let rest = pointer;
    for (let m = SEGMENT.exec(rest); m; m = SEGMENT.exec(rest)) {
      names.push(m[1]!.replace(/~1/g, '/').replace(/~0/g, '~'));
      rest = rest.slice(m[0].length);
    }
    const type = sub.type ?? enumType(sub.enum);
    if (rest !== '' || typeof type !== 'string' || !SCALAR.has(type) || isFileField(sub) || names.some((n) => n.includes('.'))) return [];
    return [{ field: names.join('.'), type: type as GuardField['type'], schema: sub }];
  });
}

function fieldsOf(def: ProcedureDefinition, t: TransitionInfo, forms: Set<string> | undefined): GuardField[] {
  const result: GuardField[] = [];
  const form = (id: string) => (Object.hasOwn(def.forms, id) ? def.forms[id]!.schema : undefined);
  const eventForm = t.trigger.kind === 'event' && Object.hasOwn(def.events, t.trigger.event) ? def.events[t.trigger.event]!.form : undefined;
  if (eventForm !== undefined && form(eventForm)) {
    for (const f of scalarFields(form(eventForm)!)) result.push({ path: `event.data.${f.field}`, source: 'event', form: eventForm, ...f });
  }
  for (const id of [...(forms ?? [])].sort()) {
    if (!form(id)) continue;
    for (const f of scalarFields(form(id)!)) result.push({ path: `data.${id}.${f.field}`, source: 'data', form: id, ...f });
  }
  return result;
}

/**
 * Per transition (its JSON pointer), the fields a guard there can read — the same analysis
 * `validateDefinition` checks guards with: the fields of the form the transition's own event
 * carries as `event.data.<field>`, and those of every form an earlier event stored on some path
 * to it (`formsAvailable`) as `data.<form>.<field>`. A transition no path reaches gets only its
 * event's fields. A definition too broken to resolve yields an empty map; never throws.
 */
export function guardFields(config: ProcedureConfig): Map<string, GuardField[]> {
  const result = new Map<string, GuardField[]>();
  try {
    const def = resolveDefinition(config);
    const available = formsAvailable(def, leafGraph(def));
    for (const t of def.transitions) result.set(t.id, fieldsOf(def, t, available.get(t.id)));
  } catch {
    result.clear();
  }
  return result;
}
