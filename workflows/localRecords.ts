import { proxyLocalActivities } from '@temporalio/workflow';
import type { CaseActivities } from '../workers/index.js';
import type { Party, QueuedEffect } from './contract.js';

/**
 * The patch (`patched()`) under which a case's PostgreSQL-only work runs as local activities
 * (issue 14): its transition and closed-case records and effects that reach nobody outside.
 * A local activity runs in the worker that holds the workflow task and leaves one marker in the
 * history instead of an activity task's round trip through the server (six history events and a
 * second workflow task). Like activities, they are at least once: a worker that dies before the
 * workflow task completes leaves no marker, and the next worker runs them again — which the
 * idempotency keys of every write (transition, effect, closed case) make harmless. Histories
 * from before run the same work as activities.
 */
export const RECORDS_AS_LOCAL_ACTIVITIES = 'records-as-local-activities';

/**
 * The local activities of a case. No heartbeats (local activities have none): these writes take
 * milliseconds; the timeout bounds a stuck database, and the retry is the activities' one.
 */
export const localRecords = proxyLocalActivities<Pick<CaseActivities, 'recordTransition' | 'runEffect' | 'recordClosedCase'>>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

/**
 * Whether an effect touches PostgreSQL only, so it may run as a local activity: a `notify` to a
 * citizen role without parties (the same recipients the handler works out: nobody to mail or
 * to put a notice in an inbox, only the audit entry). Every other effect may mail, seal or call
 * another system, and runs as an activity with heartbeats, retried on another worker.
 */
export function isQuietEffect(effect: QueuedEffect['effect'], parties: Party[], roles: string[], staffAuthorities: Record<string, string>): boolean {
  if (effect.type !== 'notify') return false;
  const to = (effect.params as { to?: unknown } | undefined)?.to;
  if (typeof to !== 'string' || Object.hasOwn(staffAuthorities, to) || !roles.includes(to)) return false;
  return !parties.some((p) => p.role === to);
}
