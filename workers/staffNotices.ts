import { Temporal } from 'temporal-polyfill';
import { berlinDate } from '../engine/index.js';
import type { ProcedureConfig } from '../engine/index.js';
import { MailBeingSent, deliverNotice } from './effects/deliver.js';
import type { EffectDeps } from './effects/EffectInput.js';
import type { TransitionRecord } from './activities.js';

/** The inbox of an authority's staff (a notice there also goes to its functional mailbox, see deliverNotice). */
const authorityInbox = (authority: string) => `authority:${authority}`;

/**
 * Tells the authority's staff what a transition owes them (its `staffNotice`): a new case, or
 * the citizen's answer. Keyed per case (a new case) or per transition (an answer), so a retried
 * activity adds no second notice and no second mail.
 */
export async function announceTransition(deps: EffectDeps, t: TransitionRecord): Promise<void> {
  const notice = t.staffNotice;
  if (!notice) return;
  // Case id first, like every effect key: the outbox and inbox are read per case by their key's first part.
  const key = notice.kind === 'newCase' ? `${t.caseId}:newCase` : `${t.caseId}:citizenAnswered:${t.seq}`;
  await deliverNotice(deps, {
    key, recipient: authorityInbox(t.authority), caseId: t.caseId, template: notice.kind,
    values: { procedureTitle: notice.title, caseId: t.caseId, receivedAt: t.at, event: notice.event ?? { de: t.event, en: t.event } },
  });
}

/**
 * The end of the window of "deadline near": the end (24:00) of the `days`-th day after `now`'s
 * day in Berlin — with 3, a deadline ending at any time up to Thursday night counts on Monday.
 */
export function deadlineNearUntil(now: Date, days: number): Date {
  const day = Temporal.PlainDate.from(berlinDate(now)).add({ days: days + 1 });
  return new Date(day.toZonedDateTime({ timeZone: 'Europe/Berlin' }).epochMilliseconds);
}

/**
 * Puts one "deadline near" notice per case and running deadline due within the window into the
 * authority's inbox (and its functional mailbox). The key names case and deadline: every worker
 * may run this at once, and a run every hour adds nothing for a deadline told of before; an
 * extended deadline (a new due time) is told of again. Answers how many deadlines were due; one
 * notice that fails does not stop the others, and the run throws afterwards to be logged.
 */
export async function notifyDeadlinesNear(deps: EffectDeps, now: Date, days: number, catalogue: ReadonlyMap<string, ProcedureConfig> = new Map()): Promise<number> {
  const due = await deps.store.deadlinesDue(now, deadlineNearUntil(now, days));
  const failed: string[] = [];
  for (const d of due) {
    // A version published through the designer names itself; one of the catalogue files, the file.
    const file = catalogue.get(d.procedure);
    const title = d.title ?? (file?.version === d.version ? file.title : undefined) ?? { de: 'Vorgang', en: 'Case' };
    try {
      await deliverNotice(deps, {
        key: `${d.caseId}:deadlineNear:${d.dueAt}`, recipient: authorityInbox(d.authority), caseId: d.caseId, template: 'deadlineNear',
        values: { procedureTitle: title, caseId: d.caseId, deadline: d.dueAt },
      });
    } catch (err) {
      // Another worker is sending this mail right now: it is theirs. Anything else: the next
      // case still gets its notice; this one is tried again on the next run (same key).
      if (!(err instanceof MailBeingSent)) failed.push(`${d.caseId}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  if (failed.length > 0) throw new Error(`${failed.length} of ${due.length} deadline notices failed: ${failed.join('; ')}`);
  return due.length;
}
