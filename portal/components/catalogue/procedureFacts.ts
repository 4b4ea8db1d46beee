import { fieldTexts, isFileField, parseDuration, resolveDefinition } from '../../../engine/index.js';
import type { ProcedureConfig, StateConfig } from '../../../engine/index.js';

/**
 * The event a citizen sends first (the application, or a bid once a tender is published) and its
 * form: the first transition in the statechart's document order that a citizen role may fire.
 */
export function firstSubmission(def: ProcedureConfig): { event: string; form?: string } | undefined {
  const citizenRoles = Object.entries(def.roles).filter(([, r]) => r.kind === 'citizen').map(([id]) => id);
  for (const t of resolveDefinition(def).transitions) {
    const config = t.trigger.kind === 'event' ? def.events[t.trigger.event] : undefined;
    if (t.trigger.kind === 'event' && config?.by.some((r) => citizenRoles.includes(r))) return { event: t.trigger.event, ...(config.form ? { form: config.form } : {}) };
  }
  return undefined;
}

/** `familienname` → "Familienname", `neueAnschrift` → "Neue Anschrift": a field name for people when the schema has no title. */
export function humanize(id: string): string {
  const words = id.replace(/[_-]+/g, ' ').replace(/([a-zäöüß])([A-Z])/g, '$1 $2').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A state of the procedure for people in `language`: its `meta.title`, else its name humanised
 * (`pruefung` → "Pruefung"). `path` is the state's dot path (`verfahren.entscheidung`).
 */
export function stateTitle(def: ProcedureConfig | undefined, path: string, language: string): string {
  const names = path.split('.');
  let states: Record<string, StateConfig> | undefined = def?.machine.states;
  let state: StateConfig | undefined;
  for (const name of names) {
    state = states && Object.hasOwn(states, name) ? states[name] : undefined;
    states = state?.states;
  }
  const title = state?.meta?.title;
  return (title && (language === 'en' ? title.en : title.de)) || humanize(names.at(-1)!);
}

type Schema = { required?: string[]; properties?: Record<string, Schema>; $ref?: string; $defs?: Record<string, Schema> } & Record<string, unknown>;

/** A field's label in `language`: the definition's text (engine `fieldTexts`), else its name humanised. */
const label = (schema: Schema, id: string, language: string) => fieldTexts(schema, language).title ?? humanize(id);

/** What a citizen must have ready for a form: its required fields, and the documents to upload, in `language`. */
export function requiredFields(def: ProcedureConfig, formId: string, language: string): { fields: string[]; uploads: string[] } {
  const root = def.forms?.[formId]?.schema as Schema | undefined;
  const resolve = (s: Schema): Schema => (s.$ref?.startsWith('#/$defs/') ? root?.$defs?.[s.$ref.slice(8)] ?? s : s);
  const fields: string[] = [];
  const uploads: string[] = [];
  for (const id of root?.required ?? []) {
    const prop = root?.properties?.[id];
    if (!prop) continue;
    const resolved = resolve(prop);
    // An upload: a file field (a data URL, or a list of them), or an object carrying a file's hash and media type.
    const file = (s: Schema | undefined) => !!s && isFileField(s as Record<string, unknown>);
    const isUpload = file(resolved) || file(resolved.items as Schema | undefined) || (resolved.properties?.sha256 !== undefined && resolved.properties?.mediaType !== undefined);
    (isUpload ? uploads : fields).push(label(prop, id, language));
  }
  return { fields, uploads };
}

/** A deadline of the procedure: an `after` of a state, its ISO duration and what it means. */
export interface ProcedureDeadline {
  state: string;
  delay: string;
  description?: string;
}

/** Every deadline (`after`) of the statechart, in document order, described by its transition or else its state. */
export function procedureDeadlines(def: ProcedureConfig): ProcedureDeadline[] {
  const resolved = resolveDefinition(def);
  return resolved.transitions.flatMap((t) => {
    if (t.trigger.kind !== 'after') return [];
    const description = t.config.description ?? resolved.states.find((s) => s.id === t.source)?.config.description;
    return [{ state: t.source, delay: t.trigger.delay, ...(description ? { description } : {}) }];
  });
}

const UNITS = [['years', 'year'], ['months', 'month'], ['weeks', 'week'], ['days', 'day'], ['hours', 'hour'], ['minutes', 'minute'], ['seconds', 'second']] as const;

/** An ISO 8601 duration for people: `P3M` → "3 Monate", `P1M2D` → "1 Monat und 2 Tage"; the text itself when it is none. */
export function formatDuration(iso: string, language: string): string {
  const d = parseDuration(iso);
  if (!d) return iso;
  const parts = UNITS.filter(([key]) => d[key] > 0)
    .map(([key, unit]) => new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).format(d[key]));
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(parts);
}
