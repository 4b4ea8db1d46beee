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
}

/** Counts the events of finished workflows' histories, a few at a time. */
export async function historyShape(handles: WorkflowHandle[]): Promise<HistoryShape> {
  const shape: HistoryShape = { workflows: handles.length, events: 0, workflowTasks: 0, activities: 0, localActivities: 0, workflowTaskTimeouts: 0, workflowTaskFailures: 0 };
  for (let i = 0; i < handles.length; i += 20) {
    const histories = await Promise.all(handles.slice(i, i + 20).map((h) => h.fetchHistory()));
    for (const events of histories.map((h) => h.events ?? [])) {
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
