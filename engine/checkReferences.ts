import { issue, pointer } from './DefinitionIssue.js';
import type { DefinitionIssue } from './DefinitionIssue.js';
import { MAX_DURATION_YEARS, parseDefinitionDuration } from './duration.js';
import type { ProcedureDefinition } from './resolveDefinition.js';
import { EFFECT_TYPES } from './types.js';
import type { EffectConfig } from './types.js';

const effectTypes = new Set<string>(EFFECT_TYPES);
const has = (map: object | undefined, key: string) => map !== undefined && Object.hasOwn(map, key);

/**
 * Cross-references of a definition that satisfies the meta-schema: events used and declared,
 * roles, forms, recipients, documents and data categories referenced and defined, effect types,
 * durations and state targets (what guards read: `checkGuards`).
 */
export function checkReferences(def: ProcedureDefinition): { errors: DefinitionIssue[]; warnings: DefinitionIssue[] } {
  const errors: DefinitionIssue[] = [];
  const warnings: DefinitionIssue[] = [];
  const duration = (value: string, at: string) => {
    if (!parseDefinitionDuration(value)) errors.push(issue(at, 'duration-invalid', `„${value}“ ist keine ISO-8601-Dauer bis ${MAX_DURATION_YEARS} Jahre (z. B. P3M, P14D, PT12H).`, `"${value}" is not an ISO 8601 duration of at most ${MAX_DURATION_YEARS} years (e.g. P3M, P14D, PT12H).`));
  };
  if (def.retention !== undefined) duration(def.retention, '/retention');

  for (const [name, event] of Object.entries(def.events)) {
    event.by.forEach((role, i) => {
      if (!has(def.roles, role)) errors.push(issue(pointer('events', name, 'by', i), 'role-undefined', `Die Rolle „${role}“ ist nicht definiert.`, `Role "${role}" is not defined.`));
    });
    if (event.form !== undefined && !has(def.forms, event.form)) {
      errors.push(issue(pointer('events', name, 'form'), 'form-undefined', `Das Formular „${event.form}“ ist nicht definiert.`, `Form "${event.form}" is not defined.`));
    }
  }
  const usedForms = new Set(Object.values(def.events).map((e) => e.form));
  for (const form of Object.keys(def.forms)) {
    if (!usedForms.has(form)) warnings.push(issue(pointer('forms', form), 'form-unused', `Kein Ereignis trägt das Formular „${form}“.`, `No event carries form "${form}".`));
  }
  const categoryRefs: { category: string; at: string }[] = [];
  for (const [form, config] of Object.entries(def.forms)) {
    const stack: { node: unknown; at: string }[] = [{ node: config.schema, at: pointer('forms', form, 'schema') }];
    while (stack.length) {
      const { node, at } = stack.pop()!;
      if (!node || typeof node !== 'object') continue;
      for (const [k, v] of Object.entries(node)) {
        if (k === 'x-data-category' && typeof v === 'string') categoryRefs.push({ category: v, at: `${at}${pointer(k)}` });
        else stack.push({ node: v, at: `${at}${pointer(k)}` });
      }
    }
  }

  const usedEvents = new Set<string>();
  const initials = [{ at: '/machine/initial', name: def.machine.initial, siblings: def.machine.states as object }];
  for (const s of def.states) {
    if (s.config.states && s.kind !== 'parallel') initials.push({ at: `${s.pointer}/initial`, name: s.config.initial ?? '', siblings: s.config.states });
    if (s.kind === 'compound' && !s.config.states) errors.push(issue(s.pointer, 'state-invalid', `Der zusammengesetzte Zustand „${s.id}“ hat keine Unterzustände.`, `Compound state "${s.id}" has no child states.`));
    for (const [event] of Object.entries(s.config.on ?? {})) {
      usedEvents.add(event);
      if (!has(def.events, event)) errors.push(issue(`${s.pointer}${pointer('on', event)}`, 'event-undeclared', `Das Ereignis „${event}“ wird verwendet, ist aber nicht deklariert.`, `Event "${event}" is used but not declared.`));
    }
    for (const delay of Object.keys(s.config.after ?? {})) duration(delay, `${s.pointer}${pointer('after', delay)}`);
    for (const kind of ['entry', 'exit'] as const) s.config[kind]?.forEach((e, i) => checkEffect(def, e, `${s.pointer}/${kind}/${i}`, errors, categoryRefs));
  }
  for (const { at, name, siblings } of initials) {
    if (!has(siblings, name)) errors.push(issue(at, 'initial-undefined', `Der Anfangszustand „${name}“ existiert nicht.`, `Initial state "${name}" does not exist.`));
  }
  for (const [name] of Object.entries(def.events)) {
    if (!usedEvents.has(name)) warnings.push(issue(pointer('events', name), 'event-unused', `Das Ereignis „${name}“ ist deklariert, wird aber nirgends verwendet.`, `Event "${name}" is declared but never used.`));
  }
  for (const t of def.transitions) {
    if (t.targetName !== undefined && !t.target) {
      errors.push(issue(t.id, 'target-undefined', `Das Ziel „${t.targetName}“ ist weder ein Geschwisterzustand von „${t.source}“ noch (mit #) ein Pfad ab der Wurzel.`, `Target "${t.targetName}" is neither a sibling state of "${t.source}" nor (with #) a path from the root.`));
    }
    t.config.actions?.forEach((e, i) => checkEffect(def, e, `${t.id}/actions/${i}`, errors, categoryRefs));
  }
  for (const { category, at } of categoryRefs) {
    if (!has(def.dataCategories, category)) errors.push(issue(at, 'category-undefined', `Die Datenkategorie „${category}“ ist nicht definiert.`, `Data category "${category}" is not defined.`));
  }
  return { errors, warnings };
}

function documents(def: ProcedureDefinition): Set<string> {
  const docs = new Set(Object.keys(def.forms));
  const effects = [...def.states.flatMap((s) => [...(s.config.entry ?? []), ...(s.config.exit ?? [])]), ...def.transitions.flatMap((t) => t.config.actions ?? [])];
  for (const e of effects) if (e.type === 'renderDocument') docs.add(e.params.document);
  docs.add('receipt');
  return docs;
}

function checkEffect(def: ProcedureDefinition, effect: EffectConfig, at: string, errors: DefinitionIssue[], categories: { category: string; at: string }[]): void {
  if (!effectTypes.has(effect.type)) {
    errors.push(issue(`${at}/type`, 'effect-unknown', `Unbekannte Wirkung „${effect.type}“ (bekannt: ${EFFECT_TYPES.join(', ')}).`, `Unknown effect type "${effect.type}" (known: ${EFFECT_TYPES.join(', ')}).`));
    return;
  }
  if (effect.type === 'notify' && !has(def.roles, effect.params.to) && !has(def.recipients, effect.params.to)) {
    const { to } = effect.params;
    errors.push(issue(`${at}/params/to`, 'recipient-undefined', `„${to}“ ist weder eine Rolle noch ein Empfänger.`, `"${to}" is neither a role nor a recipient.`));
  }
  const doc = effect.type === 'sign' || effect.type === 'fileDocument' || effect.type === 'notify' ? effect.params.document : undefined;
  if (typeof doc === 'string' && !documents(def).has(doc)) {
    errors.push(issue(`${at}/params/document`, 'document-undefined', `Das Dokument „${doc}“ ist weder ein Formular noch wird es erzeugt.`, `Document "${doc}" is neither a form nor rendered anywhere.`));
  }
  if (effect.type === 'requestConsent') {
    const { categories: requested, validFor } = effect.params;
    requested.forEach((c, i) => categories.push({ category: c, at: `${at}/params/categories/${i}` }));
    if (typeof validFor === 'string' && !parseDefinitionDuration(validFor)) {
      errors.push(issue(`${at}/params/validFor`, 'duration-invalid', `„${validFor}“ ist keine ISO-8601-Dauer.`, `"${validFor}" is not an ISO 8601 duration.`));
    }
  }
}
