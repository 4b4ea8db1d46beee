import type { WorkflowHandle } from '@temporalio/client';

/** What histories hold, summed over workflows: events, workflow tasks, activities, task troubles. */
export interface HistoryShape {
  workflows: number;
  events: number;
  workflowTasks: number;
  activities: number;
  /** Local activities: their markers (`core_local_activity`), one per completed run. */
  localActivities: number;
  /** Workflow tasks that timed out (e.g. a sticky queue not polled in time) or failed. */
  workflowTaskTimeouts: number;
  workflowTaskFailures: number;
  /** Each workflow task timeout: its kind (schedule-to-start on a sticky queue, start-to-close) and its workflow. */
  timeoutDetails: string[];
  /**
   * Each workflow's first workflow task, in ms: from scheduled (at the start) to picked up by the
   * worker (`queuedMs`), and from picked up to completed (`runMs`, including local activities).
   */
  firstTask: { queuedMs: number[]; runMs: number[] };
}

type HistoryEvent = NonNullable<Awaited<ReturnType<WorkflowHandle['fetchHistory']>>['events']>[number];
const at = (e: HistoryEvent | undefined) => Number(e?.eventTime?.seconds ?? 0) * 1000 + Math.round((e?.eventTime?.nanos ?? 0) / 1e6);

/** Counts the events of finished workflows' histories, a few at a time. */
export async function historyShape(handles: WorkflowHandle[]): Promise<HistoryShape> {
  const shape: HistoryShape = { workflows: handles.length, events: 0, workflowTasks: 0, activities: 0, localActivities: 0, workflowTaskTimeouts: 0, workflowTaskFailures: 0, timeoutDetails: [], firstTask: { queuedMs: [], runMs: [] } };
  for (let i = 0; i < handles.length; i += 20) {
    const histories = await Promise.all(handles.slice(i, i + 20).map((h) => h.fetchHistory()));
    histories.forEach((h, j) => {
      const events = h.events ?? [];
      for (const e of events) {
        const timedOut = e.workflowTaskTimedOutEventAttributes;
        if (!timedOut) continue;
        const first = at(events[0]);
        shape.timeoutDetails.push(`${handles[i + j]!.workflowId}: type ${String(timedOut.timeoutType)} at event ${String(e.eventId)}, ${at(e) - first} ms after start`);
      }
    });
    for (const events of histories.map((h) => h.events ?? [])) {
      const scheduled = events.find((e) => e.workflowTaskScheduledEventAttributes);
      const started = events.find((e) => e.workflowTaskStartedEventAttributes);
      const completed = events.find((e) => e.workflowTaskCompletedEventAttributes);
      if (scheduled && started && completed) {
        shape.firstTask.queuedMs.push(at(started) - at(scheduled));
        shape.firstTask.runMs.push(at(completed) - at(started));
      }
      shape.events += events.length;
      shape.workflowTasks += events.filter((e) => e.workflowTaskCompletedEventAttributes).length;
      shape.activities += events.filter((e) => e.activityTaskScheduledEventAttributes).length;
      shape.localActivities += events.filter((e) => e.markerRecordedEventAttributes?.markerName === 'core_local_activity').length;
      shape.workflowTaskTimeouts += events.filter((e) => e.workflowTaskTimedOutEventAttributes).length;
      shape.workflowTaskFailures += events.filter((e) => e.workflowTaskFailedEventAttributes).length;
    }
  }
  return shape;
}
