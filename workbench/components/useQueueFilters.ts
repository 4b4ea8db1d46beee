import { useSearchParams } from 'react-router';
import { QUEUE_VIEWS } from '../api/caseList.js';
import type { QueueFilters, QueueView } from '../api/caseList.js';

/** The queue's view and filters, read from and written to the URL (bookmarkable, back button works). */
export function useQueueFilters(): [QueueFilters, (next: QueueFilters) => void] {
  const [params, setParams] = useSearchParams();
  const view = params.get('ansicht');
  const filters: QueueFilters = {
    view: QUEUE_VIEWS.includes(view as QueueView) ? (view as QueueView) : 'all',
    ...(params.get('verfahren') ? { procedure: params.get('verfahren')! } : {}),
    ...(params.get('schritt') ? { state: params.get('schritt')! } : {}),
    ...(/^\d{4}-\d{2}-\d{2}$/.test(params.get('fristBis') ?? '') ? { deadlineBefore: params.get('fristBis')! } : {}),
  };
  const set = (next: QueueFilters) => setParams(queueSearch(next));
  return [filters, set];
}

/** The URL query of a view and its filters (German names, as clerks read and bookmark them). */
export function queueSearch(f: QueueFilters): string {
  const q = new URLSearchParams();
  if (f.view !== 'all') q.set('ansicht', f.view);
  if (f.procedure) q.set('verfahren', f.procedure);
  if (f.state) q.set('schritt', f.state);
  if (f.deadlineBefore) q.set('fristBis', f.deadlineBefore);
  const s = q.toString();
  return s ? `?${s}` : '';
}
