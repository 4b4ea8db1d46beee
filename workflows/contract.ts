import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Actor, Effect, ProcedureConfig } from '../engine/index.js';

/** Input of `caseWorkflow`; on continue-as-new it also carries the state of the case so far. */
export interface CaseWorkflowInput {
  caseId: string;
  definition: ProcedureConfig;
  carried?: CarriedState;
}

/** What a case carries across continue-as-new. */
export interface CarriedState {
  persisted: unknown;
  seq: number;
  timers: PendingDeadline[];
  history: HistoryEntry[];
  effects: QueuedEffect[];
}

/** A deadline timer that is running. */
export interface PendingDeadline {
  id: string;
  dueAt: string;
  event: { type: string };
}

/** One accepted event in the case's history. */
export interface HistoryEntry {
  seq: number;
  type: string;
  at: string;
  actor?: Actor;
  from: unknown;
  to: unknown;
}

/** An effect waiting to be carried out, with its idempotency key. */
export interface QueuedEffect {
  key: string;
  seq: number;
  index: number;
  effect: Effect;
}

/** An event sent to a case by a person. */
export interface SendEventInput {
  type: string;
  data?: Record<string, unknown>;
  actor?: Actor;
}

/** The case as the query `view` shows it. */
export interface CaseView {
  id: string;
  procedure: string;
  version: number;
  authority: string;
  state: unknown;
  status: 'active' | 'done' | 'error' | 'stopped';
  /** Events the state accepts now, with the roles that may fire them. */
  accepts: { type: string; by: string[] }[];
  deadlines: PendingDeadline[];
  history: HistoryEntry[];
  pendingEffects: number;
  seq: number;
}

/** Error type of a rejected event (ApplicationFailure.type); details[0] is the EventRejection. */
export const EVENT_REJECTED = 'EventRejected';

/** Sends an event; the validator rejects what the role, the state or the guard does not allow. */
export const sendEvent = defineUpdate<CaseView, [SendEventInput]>('sendEvent');

/** The current view of the case. */
export const view = defineQuery<CaseView>('view');
