/**
 * A semantic diff of two procedure definitions (issue 12): which states, transitions, events,
 * forms, form fields and other settings a new version adds, removes or changes — what a designer
 * reviews before publishing. Tolerant of drafts that do not validate yet.
 */

/** What kind of element changed. */
export type DiffKind = 'setting' | 'state' | 'transition' | 'event' | 'form' | 'field';

/** One difference; `key` names the element (`pruefung.vollstaendig`, `antrag.name`, `submitted → SUBMIT`). */
export interface DefinitionChange {
  kind: DiffKind;
  change: 'added' | 'removed' | 'changed';
  key: string;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const objectAt = (v: unknown): Json => (isObject(v) ? v : {});

/** JSON with sorted keys: two values mean the same when their texts are equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObject(value)) return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

function compare(kind: DiffKind, before: Map<string, unknown>, after: Map<string, unknown>, out: DefinitionChange[]) {
  for (const [key, value] of after) {
    if (!before.has(key)) out.push({ kind, change: 'added', key });
    else if (canonical(before.get(key)) !== canonical(value)) out.push({ kind, change: 'changed', key });
  }
  for (const key of before.keys()) if (!after.has(key)) out.push({ kind, change: 'removed', key });
}

const TRIGGERS = ['on', 'after'] as const;

/** States by dot path (without their children and transitions) and transitions by source, trigger and place. */
function flattenMachine(machine: unknown) {
  const states = new Map<string, unknown>();
  const transitions = new Map<string, unknown>();
  const visit = (siblings: Json, parent: string | undefined) => {
    for (const [name, raw] of Object.entries(siblings)) {
      const state = objectAt(raw);
      const id = parent ? `${parent}.${name}` : name;
      const { states: children, on, after, onDone, always, ...own } = state;
      states.set(id, own);
      const add = (label: string, entry: unknown) => {
        const list = Array.isArray(entry) ? entry : [entry];
        list.forEach((t, i) => transitions.set(list.length > 1 ? `${id} → ${label} #${i + 1}` : `${id} → ${label}`, typeof t === 'string' ? { target: t } : t));
      };
      for (const trigger of TRIGGERS) for (const [name2, entry] of Object.entries(objectAt(trigger === 'on' ? on : after))) add(trigger === 'on' ? name2 : `after ${name2}`, entry);
      if (onDone !== undefined) add('onDone', onDone);
      if (always !== undefined) add('always', always);
      visit(objectAt(children), id);
    }
  };
  const m = objectAt(machine);
  visit(objectAt(m.states), undefined);
  return { states, transitions, initial: m.initial };
}

/** Fields of every form, keyed `form.field`. */
function formFieldsOf(forms: Json) {
  const fields = new Map<string, unknown>();
  const shells = new Map<string, unknown>();
  for (const [name, raw] of Object.entries(forms)) {
    const form = objectAt(raw);
    const schema = objectAt(form.schema);
    for (const [field, def] of Object.entries(objectAt(schema.properties))) fields.set(`${name}.${field}`, def);
    const { properties: _properties, ...restSchema } = schema;
    shells.set(name, { ...form, schema: restSchema });
  }
  return { fields, shells };
}

const SKIPPED = new Set(['machine', 'forms', 'events', 'version']);

/** The semantic differences from `before` (say, the published version) to `after` (the draft). */
export function diffDefinitions(before: unknown, after: unknown): DefinitionChange[] {
  const a = objectAt(before);
  const b = objectAt(after);
  const out: DefinitionChange[] = [];
  const settings = (d: Json) => new Map(Object.entries(d).filter(([k]) => !SKIPPED.has(k)));
  compare('setting', settings(a), settings(b), out);
  const ma = flattenMachine(a.machine);
  const mb = flattenMachine(b.machine);
  const initial = (value: unknown) => new Map(value === undefined ? [] : [['machine.initial', value]]);
  compare('setting', initial(ma.initial), initial(mb.initial), out);
  compare('state', ma.states, mb.states, out);
  compare('transition', ma.transitions, mb.transitions, out);
  compare('event', new Map(Object.entries(objectAt(a.events))), new Map(Object.entries(objectAt(b.events))), out);
  const fa = formFieldsOf(objectAt(a.forms));
  const fb = formFieldsOf(objectAt(b.forms));
  compare('form', fa.shells, fb.shells, out);
  compare('field', fa.fields, fb.fields, out);
  return out;
}
