import type { AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import { checkEvent, effectTemplate, transitionCase, validateForm } from '../engine/workflow.js';
import type { ProcedureConfig } from '../engine/index.js';
import type { PendingDeadline, PreviewEventAnswer, PreviewEventInput } from './contract.js';

/**
 * The answer of the query `previewEvent`: the checks of a fired event (role, state, guard,
 * form data) and then the step on the current snapshot — the pure transition returns a new
 * snapshot and the effects as data, so the case itself does not change. Only the documents
 * the step renders are returned, with their templates, and the nearest deadline after it.
 */
export function previewStep(
  def: ProcedureConfig, machine: AnyStateMachine, snapshot: AnyMachineSnapshot, input: PreviewEventInput, running: PendingDeadline[],
): PreviewEventAnswer {
  const event = { type: input.type, data: input.data ?? {}, at: input.at, actor: input.actor };
  const checked = checkEvent(def, snapshot, event, input.actor);
  if (!checked.ok) return { ok: false, ...checked.error };
  const form = def.events[input.type]?.form;
  if (form) {
    const result = validateForm(def, form, event.data);
    if (!result.ok) return { ok: false, code: 'invalid-form-data', message: { de: 'Die Formulardaten sind ungültig.', en: 'The form data is invalid.' }, errors: result.errors };
  } else if (Object.keys(event.data).length > 0) {
    return { ok: false, code: 'unexpected-data', message: { de: `„${input.type}“ trägt keine Formulardaten.`, en: `"${input.type}" carries no form data.` } };
  }
  const step = transitionCase(machine, snapshot, event);
  const documents = step.effects.flatMap((effect) => {
    const template = effect.type === 'renderDocument' ? effectTemplate(def, effect) : undefined;
    return template ? [{ document: String((effect.params as { document?: unknown }).document), template }] : [];
  });
  // The deadlines as the step leaves them (a document may name the new one, as the effect would).
  const at = Date.parse(input.at);
  const due = [
    ...running.filter((d) => !step.timers.cancel.includes(d.id)).map((d) => d.dueAt),
    ...step.timers.start.map((t) => new Date(at + t.delayMs).toISOString()),
  ].sort();
  return { ok: true, documents, caseData: step.snapshot.context.data as Record<string, Record<string, unknown>>, ...(due[0] ? { deadline: due[0] } : {}) };
}
