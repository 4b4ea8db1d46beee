import { ApiError } from '../../ui/index.js';
import { byNearestDeadline } from '../components/queueOrder.js';
import { callJson } from './http.js';

/** The queue's views: assigned to me, my group, everything of my authority. */
export const QUEUE_VIEWS = ['mine', 'group', 'all'] as const;
/** One queue view. */
export type QueueView = (typeof QUEUE_VIEWS)[number];

/** The filters of the queue as they stand in the URL. */
export interface QueueFilters {
  view: QueueView;
  procedure?: string;
  state?: string;
  /** A calendar date (YYYY-MM-DD): deadlines ending before its end. */
  deadlineBefore?: string;
}

/** A row of the case list (`GET /api/cases`); `assignee` only where the assignment routes exist. */
export interface QueueItem {
  id: string;
  procedure: string;
  version: number;
  authority: string;
  state: string;
  status: string;
  deadlines: { id: string; dueAt: string }[];
  updatedAt: string;
  assignee?: string | null;
}

/** The answer for the queue; `unsupported` when the server does not know the view yet. */
export type QueueAnswer = { unsupported: false; total: number; items: QueueItem[] } | { unsupported: true };

/**
 * The cases of my authority for a view and filters. "Alle" without an assignee is what main's
 * route answers; "Mir zugewiesen" and "Meine Gruppe" send `view=mine|group` (workbench-api):
 * a server that refuses the parameter (400, unknown query field) or lacks it (404) makes the
 * view `unsupported` instead of failing the page.
 */
export async function fetchQueue(filters: QueueFilters): Promise<QueueAnswer> {
  const query = new URLSearchParams({ limit: '200' });
  if (filters.view !== 'all') query.set('view', filters.view);
  if (filters.procedure) query.set('procedure', filters.procedure);
  if (filters.state) query.set('state', filters.state);
  if (filters.deadlineBefore) query.set('deadlineBefore', endOfBerlinDay(filters.deadlineBefore));
  try {
    const page = await callJson<{ total: number; items: QueueItem[] }>('GET', `/api/cases?${query.toString()}`);
    return { unsupported: false, total: page.total, items: page.items.toSorted(byNearestDeadline) };
  } catch (err) {
    if (filters.view !== 'all' && err instanceof ApiError && (err.status === 404 || err.status === 400)) return { unsupported: true };
    throw err;
  }
}

/** The instant a date ends in German civil time (a deadline "before 4 Jan" includes that day). */
function endOfBerlinDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  // 23:00 UTC is midnight in Berlin in winter and 01:00 in summer: both end the Berlin day.
  return new Date(Date.UTC(y, m - 1, d, 22, 0, 0)).toISOString();
}
