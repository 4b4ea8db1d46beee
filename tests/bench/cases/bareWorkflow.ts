// The baseline of `npm run bench:cases`: the Temporal shape of a case and nothing else. This
// file is the bare worker's `workflowsPath`, so it imports only @temporalio/workflow.
import { allHandlersFinished, condition, defineUpdate, proxyActivities, setHandler } from '@temporalio/workflow';

/** The bare worker's only activity: it does nothing. */
export interface BareActivities {
  noop(): Promise<void>;
}

/** Input of `bareWorkflow`: how many Updates to expect and how many activities to run. */
export interface BareWorkflowInput {
  updates: number;
  /** Activities run right after the start (caseWorkflow records the initial state). */
  activitiesAtStart: number;
  /** Activities queued by each Update (caseWorkflow: one per effect, plus the transition record). */
  activitiesPerUpdate: number;
}

/** The bare counterpart of `sendEvent`: takes the same payload, returns the count so far. */
export const bareEvent = defineUpdate<number, [unknown]>('bareEvent');

// The same activity options as caseWorkflow, so retries and heartbeats cost the same.
const { noop } = proxyActivities<BareActivities>({
  startToCloseTimeout: '2 minutes',
  heartbeatTimeout: '10 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

/**
 * Like caseWorkflow, the Update handler only changes state and returns; the main loop then
 * runs the queued activities one after another. Completes after the last Update's activities;
 * returns the number of activities run.
 */
export async function bareWorkflow(input: BareWorkflowInput): Promise<number> {
  let received = 0;
  let queued = input.activitiesAtStart;
  let ran = 0;
  setHandler(bareEvent, () => {
    received += 1;
    queued += input.activitiesPerUpdate;
    return received;
  });
  for (;;) {
    await condition(() => queued > 0 || received >= input.updates);
    while (queued > 0) {
      await noop();
      queued -= 1;
      ran += 1;
    }
    if (received >= input.updates) {
      await condition(allHandlersFinished);
      if (queued === 0) return ran;
    }
  }
}
