import type { EffectDataRefs } from '../workers/index.js';

/**
 * The patch (`patched()`) under which effects get their form data by hash (issue 14): without
 * it, as in histories from before, every effect's input carries the event's and the case's data.
 */
export const EFFECT_DATA_BY_REFERENCE = 'effect-data-by-reference';

/**
 * Keeps `formRefs` (form id → hash of the event data that stored it) current after a step: a
 * form whose data the step stored gets the event's hash, or loses its entry when the event
 * came without one (sent before the server stored data, or by a timer).
 */
export function trackFormRefs(formRefs: Record<string, string>, before: Record<string, unknown>, after: Record<string, unknown>, dataSha256: string | undefined): void {
  for (const [form, data] of Object.entries(after)) {
    if (before[form] === data) continue;
    if (dataSha256) formRefs[form] = dataSha256;
    else delete formRefs[form];
  }
}

/**
 * The hashes an effect gets its form data by: the event's (when it carried data) and one per
 * form of the case. Undefined when any part has none: then the effect carries the data inline.
 */
export function effectDataRefs(
  formRefs: Record<string, string>, triggerData: Record<string, unknown>, dataSha256: string | undefined, caseData: Record<string, unknown>,
): EffectDataRefs | undefined {
  const withData = Object.keys(triggerData).length > 0;
  if (withData && !dataSha256) return undefined;
  const refs: Record<string, string> = {};
  for (const form of Object.keys(caseData)) {
    if (!Object.hasOwn(formRefs, form)) return undefined;
    refs[form] = formRefs[form]!;
  }
  return { ...(withData ? { trigger: dataSha256! } : {}), caseData: refs };
}
