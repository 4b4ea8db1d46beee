import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../ui/index.js';
import type { paths } from '../../ui/index.js';

/** A queue filter saved under a name; `query` is the queue's URL query without "?". */
export type SavedFilter = paths['/api/staff/saved-filters']['get']['responses'][200]['content']['application/json'][number];

/** My saved queue filters, by name. */
export function useSavedFilters() {
  return useQuery({ queryKey: ['saved-filters'], queryFn: () => unwrap(api.GET('/api/staff/saved-filters')) });
}

/** Saves the queue's query under `name` (the same name again replaces it); `key` is this one action's Idempotency-Key. */
export function saveFilter(name: string, query: string, key: string): Promise<SavedFilter> {
  return unwrap(api.POST('/api/staff/saved-filters', { params: { header: { 'Idempotency-Key': key } }, body: { name, query } }));
}

/** Deletes one of my saved filters. */
export async function deleteFilter(id: string): Promise<void> {
  await unwrap(api.DELETE('/api/staff/saved-filters/{id}', { params: { path: { id } } }));
}
