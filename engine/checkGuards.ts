import { issue } from './DefinitionIssue.js';
import type { DefinitionIssue } from './DefinitionIssue.js';
import { formsAvailable } from './formsAvailable.js';
import { inspectGuard } from './inspectGuard.js';
import type { LeafGraph } from './leafGraph.js';
import type { ProcedureDefinition, TransitionInfo } from './resolveDefinition.js';

const has = (map: object | undefined, key: string) => map !== undefined && Object.hasOwn(map, key);

/** Whether a form schema has the property path `segments` (unknown below a schema without `properties`). */
function hasField(schema: unknown, segments: string[]): boolean {
  let node = schema as { properties?: Record<string, unknown> } | undefined;
  for (const seg of segments) {
    if (!node || typeof node !== 'object' || !node.properties) return true;
    if (!has(node.properties, seg)) return false;
    node = node.properties[seg] as typeof node;
  }
  return true;
}

/** Why a transition has no event data, for people. */
const NO_EVENT_DATA = {
  always: { de: 'ein ereignisloser Übergang hat keine Ereignisdaten', en: 'an eventless transition has no event data' },
  after: { de: 'der Übergang einer Frist hat keine Ereignisdaten', en: 'a deadline\'s transition has no event data' },
  done: { de: 'der Übergang beim Abschluss eines Zustands hat keine Ereignisdaten', en: 'the transition on completion of a state has no event data' },
} as const;

/**
 * Checks what each guard reads against the data that exists at its transition: safe paths
 * only; `event.data.<field>` only on a transition whose event carries a form with that field
 * (eventless, deadline and completion transitions have no event data); `data.<form>.<field>`
 * only for a field of a form that an event stored on some path to the transition
 * (`formsAvailable`; unreachable transitions are checked for existence only).
 */
export function checkGuards(def: ProcedureDefinition, graph: LeafGraph): DefinitionIssue[] {
  const errors: DefinitionIssue[] = [];
  const available = formsAvailable(def, graph);
  for (const t of def.transitions) {
    if (t.guard !== undefined && typeof t.guard === 'object') checkGuard(def, t, available.get(t.id), errors);
  }
  return errors;
}

function checkGuard(def: ProcedureDefinition, t: TransitionInfo, forms: Set<string> | undefined, errors: DefinitionIssue[]): void {
  const at = `${t.id}/guard`;
  const { vars, problems } = inspectGuard(t.guard!);
  for (const p of problems) errors.push({ path: at, code: 'guard-unsafe', message: p });
  const eventForm = t.trigger.kind === 'event' ? def.events[t.trigger.event]?.form : undefined;
  for (const v of vars) {
    if (v.relative) continue;
    const [root, second, ...rest] = v.path.split('.');
    const unknown = (de: string, en: string) => errors.push(issue(at, 'guard-unknown-field', de, en));
    if (root === 'data') {
      if (second === undefined) continue;
      if (!has(def.forms, second)) unknown(`Die Bedingung liest „${v.path}“, aber es gibt kein Formular „${second}“.`, `The guard reads "${v.path}" but there is no form "${second}".`);
      else if (!hasField(def.forms[second]!.schema, rest)) unknown(`Die Bedingung liest „${v.path}“, aber das Formular „${second}“ hat dieses Feld nicht.`, `The guard reads "${v.path}" but form "${second}" has no such field.`);
      else if (forms && !forms.has(second)) {
        const own = second === eventForm ? { de: ` Was dieses Ereignis einreicht, liest sie als „event.data.${rest.join('.')}“.`, en: ` What this event submits it reads as "event.data.${rest.join('.')}".` } : { de: '', en: '' };
        errors.push(issue(at, 'guard-data-unavailable', `Die Bedingung liest „${v.path}“, aber kein Ereignis, das vor diesem Übergang eintreten kann, legt das Formular „${second}“ im Vorgang ab.${own.de}`, `The guard reads "${v.path}" but no event that can happen before this transition stores form "${second}" in the case.${own.en}`));
      }
    } else if (root === 'event') {
      if (second === 'type' || second === undefined) continue;
      if (second !== 'data') unknown(`Die Bedingung liest „${v.path}“; ein Ereignis hat nur „type“ und „data“.`, `The guard reads "${v.path}"; an event has only "type" and "data".`);
      else if (t.trigger.kind !== 'event') {
        const why = NO_EVENT_DATA[t.trigger.kind];
        errors.push(issue(at, 'guard-no-event-data', `Die Bedingung liest „${v.path}“, aber ${why.de}; was ein Ereignis zuvor eingereicht hat, steht in „data.<Formular>.<Feld>“.`, `The guard reads "${v.path}" but ${why.en}; what an event submitted before is in "data.<form>.<field>".`));
      } else if (eventForm === undefined) unknown(`Die Bedingung liest „${v.path}“, aber das auslösende Ereignis trägt kein Formular.`, `The guard reads "${v.path}" but the triggering event carries no form.`);
      else if (!hasField(def.forms[eventForm]?.schema, rest)) unknown(`Die Bedingung liest „${v.path}“, aber das Formular „${eventForm}“ des Ereignisses hat dieses Feld nicht.`, `The guard reads "${v.path}" but the event's form "${eventForm}" has no such field.`);
    } else if (root === 'case') {
      if (second !== undefined && !['id', 'procedure', 'version'].includes(second)) unknown(`Die Bedingung liest „${v.path}“; ein Vorgang hat nur id, procedure und version.`, `The guard reads "${v.path}"; a case has only id, procedure and version.`);
    } else {
      unknown(`Die Bedingung liest „${v.path}“; erlaubt sind data.…, event.… und case.….`, `The guard reads "${v.path}"; only data.…, event.… and case.… are available.`);
    }
  }
}

/**
 * Warnings for guards that read `data.<form>.…` on a transition whose own event carries that
 * form while an earlier event may have stored it too: the guard sees the value stored before,
 * not the one just submitted (`event.data.…`) — a branch that silently follows old data.
 */
export function guardWarnings(def: ProcedureDefinition): DefinitionIssue[] {
  const warnings: DefinitionIssue[] = [];
  for (const t of def.transitions) {
    if (t.guard === undefined || typeof t.guard !== 'object' || t.trigger.kind !== 'event') continue;
    const form = def.events[t.trigger.event]?.form;
    if (form === undefined) continue;
    const stale = inspectGuard(t.guard).vars.find((v) => !v.relative && v.path.split('.')[0] === 'data' && v.path.split('.')[1] === form && v.path.split('.').length > 2);
    if (!stale) continue;
    const field = stale.path.split('.').slice(2).join('.');
    warnings.push(issue(`${t.id}/guard`, 'guard-reads-previous',
      `Die Bedingung liest „${stale.path}“, also den Stand vor diesem Ereignis; was das Ereignis gerade einreicht, steht in „event.data.${field}“.`,
      `The guard reads "${stale.path}", the value stored before this event; what the event submits now is in "event.data.${field}".`));
  }
  return warnings;
}
