import { issue, pointer } from './DefinitionIssue.js';
import type { DefinitionIssue } from './DefinitionIssue.js';
import { inspectGuard } from './inspectGuard.js';
import { placedEffects } from './effects/placedEffects.js';
import type { ProcedureDefinition, StateInfo } from './resolveDefinition.js';
import type { EffectConfig } from './types.js';

/** Effects that may run on a sealing event's data: none of them keeps that data in plain. */
const SAFE_WITH_SEALED_DATA = new Set(['receipt', 'notify', 'createEFile', 'requestConsent']);

/** The states a transition into `id` enters: it, and down its initial (or parallel) children. */
function entered(def: ProcedureDefinition, id: string): StateInfo[] {
  const state = def.states.find((s) => s.id === id);
  if (!state) return [];
  const initial = state.config.initial;
  const next = state.kind === 'parallel' ? state.children : state.kind === 'compound' && typeof initial === 'string'
    ? state.children.filter((c) => c === `${id}.${initial}` || c.endsWith(`.${initial}`)).slice(0, 1) : [];
  return [state, ...next.flatMap((c) => entered(def, c))];
}

/**
 * A sealing event's data must not reach any effect that could keep it in plain: a second,
 * unsealed `fileDocument` or a rendered document on its transition, or in the entry actions of
 * the states that transition enters (they run with the same event).
 */
function unsealedCopies(def: ProcedureDefinition, sealingEvents: Set<string>): DefinitionIssue[] {
  const errors: DefinitionIssue[] = [];
  const refuse = (effect: EffectConfig, at: string, event: string) => {
    const safe = SAFE_WITH_SEALED_DATA.has(effect.type) || (effect.type === 'fileDocument' && effect.params.sealed === true);
    if (!safe) errors.push(issue(at, 'sealed-copied', `„${effect.type}“ liefe mit den versiegelten Daten von „${event}“ und könnte sie unversiegelt ablegen.`, `"${effect.type}" would run with the sealed data of "${event}" and could keep it unsealed.`));
  };
  for (const t of def.transitions) {
    if (t.trigger.kind !== 'event' || !sealingEvents.has(t.trigger.event)) continue;
    const event = t.trigger.event;
    (t.config.actions ?? []).forEach((effect, i) => refuse(effect, `${t.id}/actions/${i}`, event));
    for (const state of t.target ? entered(def, t.target) : []) (state.config.entry ?? []).forEach((effect, i) => refuse(effect, `${state.pointer}/entry/${i}`, event));
  }
  return errors;
}

/**
 * Rules that keep sealed documents (bids until the opening, § 54, § 55 VgV) sealed whatever the
 * definition says: a sealed filing comes only from an event whose data stays out of the case
 * context, no guard reads that data, and only an event that several persons must fire (`quorum`
 * ≥ 2, the two officials of § 55 Abs. 2 VgV) opens it. An event with a quorum carries no form:
 * what the persons confirm must be one and the same act.
 */
export function checkSealing(def: ProcedureDefinition): { errors: DefinitionIssue[]; warnings: DefinitionIssue[] } {
  const errors: DefinitionIssue[] = [];
  const warnings: DefinitionIssue[] = [];
  for (const [name, event] of Object.entries(def.events)) {
    if ((event.quorum ?? 1) > 1 && event.form !== undefined) {
      errors.push(issue(pointer('events', name, 'quorum'), 'quorum-with-form', `„${name}“ müssen mehrere Personen auslösen und trägt doch ein Formular: jede hätte andere Daten bestätigen können.`, `"${name}" needs several persons and yet carries a form: each could have confirmed different data.`));
    }
  }
  const effects = placedEffects(def);
  const sealed = new Map<string, string>();
  const sealingEvents = new Set<string>();
  for (const { effect, at, trigger } of effects) {
    if (effect.type !== 'fileDocument' || effect.params.sealed !== true) continue;
    const event = trigger?.kind === 'event' && Object.hasOwn(def.events, trigger.event) ? def.events[trigger.event] : undefined;
    if (!event || trigger?.kind !== 'event') {
      errors.push(issue(`${at}/params/sealed`, 'sealed-needs-event', 'Versiegelt abgelegt werden können nur die Daten eines Ereignisses (als Aktion seines Übergangs).', 'Only the data of an event can be filed sealed (as an action of its transition).'));
    } else if (event.form === undefined || event.keepData !== false) {
      errors.push(issue(`${at}/params/sealed`, 'sealed-data-kept', `„${trigger.event}“ legt seine Daten versiegelt ab, behält sie aber im Vorgang: es braucht ein Formular und „keepData: false“.`, `"${trigger.event}" files its data sealed but keeps it in the case: it needs a form and "keepData": false.`));
    } else {
      sealingEvents.add(trigger.event);
    }
    if (!sealed.has(effect.params.document)) sealed.set(effect.params.document, at);
  }
  const opened = new Set<string>();
  for (const { effect, at, trigger } of effects) {
    if (effect.type !== 'openSealed') continue;
    const { document } = effect.params;
    opened.add(document);
    const quorum = trigger?.kind === 'event' && Object.hasOwn(def.events, trigger.event) ? def.events[trigger.event]?.quorum ?? 1 : 0;
    if (quorum < 2) {
      errors.push(issue(at, 'open-sealed-quorum', 'Versiegelte Dokumente öffnet nur ein Ereignis, das mindestens zwei Personen auslösen („quorum“ ≥ 2, vgl. § 55 Abs. 2 VgV).', 'Sealed documents are opened only by an event that at least two persons must fire ("quorum" ≥ 2, cf. § 55(2) VgV).'));
    }
    if (!sealed.has(document)) {
      errors.push(issue(`${at}/params/document`, 'open-sealed-unknown', `Kein Ereignis legt „${document}“ versiegelt ab.`, `No event files "${document}" sealed.`));
    }
  }
  for (const [document, at] of sealed) {
    if (!opened.has(document)) warnings.push(issue(at, 'sealed-never-opened', `„${document}“ wird versiegelt abgelegt, aber nirgends geöffnet.`, `"${document}" is filed sealed but never opened.`));
  }
  errors.push(...unsealedCopies(def, sealingEvents));
  for (const t of def.transitions) {
    if (t.guard === undefined || t.trigger.kind !== 'event' || !sealingEvents.has(t.trigger.event)) continue;
    const reads = inspectGuard(t.guard).vars.some((v) => !v.relative && (v.path === '' || v.path === 'event' || v.path.startsWith('event.data')));
    if (reads) errors.push(issue(`${t.id}/guard`, 'guard-reads-sealed', `Die Bedingung liest die versiegelten Daten von „${t.trigger.event}“.`, `The guard reads the sealed data of "${t.trigger.event}".`));
  }
  return { errors, warnings };
}
