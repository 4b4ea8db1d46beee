import type { JsonObject } from './json.js';
import { resolveTarget, stateAt, targetText } from './stateTree.js';
import { listTransitions, rawList, setEntry } from './transitions.js';

/** Where every transition points before a structural edit, by the state ids it had then. */
export type TargetSnapshot = { source: string; trigger: ReturnType<typeof listTransitions>[number]['trigger']; index: number; targetId: string }[];

/** Notes the resolved target of every transition (those that name a state). */
export function snapshotTargets(def: JsonObject): TargetSnapshot {
  return listTransitions(def).flatMap((t) => (t.targetId ? [{ source: t.source, trigger: t.trigger, index: t.index, targetId: t.targetId }] : []));
}

/** Maps a state id through a rename or move of the subtree `from` → `to`. */
export const mapId = (id: string, from: string, to: string) => (id === from ? to : id.startsWith(`${from}.`) ? `${to}${id.slice(from.length)}` : id);

/**
 * After a rename or move, points every transition again at the state it pointed at before
 * (rewriting only targets that would now miss it), so a structural edit breaks no arrow.
 */
export function restoreTargets(def: JsonObject, before: TargetSnapshot, from: string, to: string): void {
  for (const t of before) {
    const source = mapId(t.source, from, to);
    const wanted = mapId(t.targetId, from, to);
    const state = stateAt(def, source);
    const list = rawList(state, t.trigger);
    const raw = list[t.index];
    const current = typeof raw === 'string' ? raw : (raw as JsonObject | undefined)?.target;
    if (typeof current === 'string' && resolveTarget(def, source, current) === wanted) continue;
    const text = targetText(source, wanted);
    list[t.index] = typeof raw === 'string' || raw === undefined ? text : { ...(raw as JsonObject), target: text };
    setEntry(state, t.trigger, list);
  }
}
