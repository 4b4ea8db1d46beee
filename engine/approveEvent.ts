import type { Actor } from './createCaseMachine.js';
import { formatCount } from './formatCount.js';
import type { EventRejection } from './transition.js';
import type { ProcedureConfig } from './types.js';

/** The persons who have fired an event with a quorum in the current state, waiting for the rest. */
export interface PendingApproval {
  type: string;
  by: Actor[];
  /** When the first of them fired it (UTC ISO 8601). */
  at: string;
}

/** What one person's firing of an event amounts to. */
export type ApprovalResult =
  | { ok: true; complete: true; approvedBy: Actor[] }
  | { ok: true; complete: false; pending: PendingApproval; quorum: number }
  | { ok: false; error: EventRejection };

/**
 * Counts `actor`'s firing of `type` towards the event's quorum (four-eyes principle): complete
 * once that many different persons fired it in the current state, the last one included; until
 * then the firing is a pending approval. The same person counts once — a second firing is
 * refused. Events without a quorum are complete at once. Pure: the caller keeps `pending` and
 * discards it whenever the state changes.
 */
export function approveEvent(def: ProcedureConfig, pending: readonly PendingApproval[], type: string, actor: Actor, at: string): ApprovalResult {
  const quorum = (Object.hasOwn(def.events, type) ? def.events[type]?.quorum : undefined) ?? 1;
  const earlier = pending.find((p) => p.type === type);
  if (earlier?.by.some((a) => a.id === actor.id)) {
    const missing = quorum - earlier.by.length;
    return { ok: false, error: { code: 'already-approved', message: {
      de: `${actor.id} hat „${type}“ bereits ausgelöst; es fehlt noch die Zustimmung von ${formatCount('de', missing, { one: 'weiteren Person', other: 'weiteren Personen' })}.`,
      en: `${actor.id} already fired "${type}"; it still needs the approval of ${formatCount('en', missing, { one: 'more person', other: 'more persons' })}.`,
    } } };
  }
  const by = [...(earlier?.by ?? []), actor];
  if (by.length >= quorum) return { ok: true, complete: true, approvedBy: by };
  return { ok: true, complete: false, pending: { type, by, at: earlier?.at ?? at }, quorum };
}
