import { randomUUID } from 'node:crypto';
import { TypedSearchAttributes } from '@temporalio/common';
import type { Client, WorkflowHandle } from '@temporalio/client';
import { caseWorkflow, sendEvent, startSearchAttributes } from '../../../workflows/index.js';
import { bareEvent, bareWorkflow } from './bareWorkflow.js';
import type { CaseDriver } from './driveCases.js';
import { fiveSteps, STEPS } from './fiveSteps.js';

const actor = { id: 'bench', role: 'clerk' };

/** Cases of `fiveSteps` on caseWorkflow; events E1…E5 as `sendEvent` Updates. */
export function amtswegDriver(client: Client, taskQueue: string, prefix: string): CaseDriver<WorkflowHandle<typeof caseWorkflow>> {
  return {
    // Started as the server starts a case: with the two search attributes that never change.
    start: (i) => client.workflow.start(caseWorkflow, {
      workflowId: `${prefix}-${i}`, taskQueue, args: [{ caseId: `${prefix}-${i}`, definition: fiveSteps }],
      typedSearchAttributes: new TypedSearchAttributes(startSearchAttributes(fiveSteps) as never),
    }),
    send: (handle, k) => handle.executeUpdate(sendEvent, { args: [{ caseId: handle.workflowId, eventId: randomUUID(), type: `E${k}`, data: {}, actor }] }),
    finished: (handle) => handle.result(),
  };
}

/**
 * The bare baseline's activities, as the issue specifies: one no-op per Update. (A `fiveSteps`
 * case runs one per event — its effect, carrying the transition record — one at the start for
 * the initial state's record and one for the closed case, all as local activities since patch
 * 'records-as-local-activities'; the history check shows the counts.)
 */
export const ACTIVITIES = { atStart: 0, perUpdate: 1 };

/** Bare workflows with as many Updates (same payload) and no-op activities as an Amtsweg case. */
export function bareDriver(client: Client, taskQueue: string, prefix: string): CaseDriver<WorkflowHandle<typeof bareWorkflow>> {
  return {
    start: (i) => client.workflow.start(bareWorkflow, {
      workflowId: `${prefix}-${i}`, taskQueue,
      args: [{ updates: STEPS, activitiesAtStart: ACTIVITIES.atStart, activitiesPerUpdate: ACTIVITIES.perUpdate }],
    }),
    send: (handle, k) => handle.executeUpdate(bareEvent, { args: [{ caseId: handle.workflowId, eventId: randomUUID(), type: `E${k}`, data: {}, actor }] }),
    finished: (handle) => handle.result(),
  };
}
