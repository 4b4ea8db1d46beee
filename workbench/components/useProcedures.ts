import { useQueries, useQuery } from '@tanstack/react-query';
import type { ProcedureConfig } from '../../engine/index.js';
import { api, unwrap } from '../../ui/index.js';

const fetchProcedure = async (id: string) => (await unwrap(api.GET('/api/procedures/{id}', { params: { path: { id } } }))) as ProcedureConfig;

/** One published procedure (titles, states, events, forms, data categories). */
export function useProcedure(id: string | undefined) {
  return useQuery({ queryKey: ['procedure', id], queryFn: () => fetchProcedure(id!), enabled: id !== undefined, staleTime: 300_000 });
}

/** Several procedures by id (for the queue's state names and filters); `pending` while any still loads. */
export function useProcedures(ids: string[]): { definitions: Map<string, ProcedureConfig>; pending: boolean } {
  const results = useQueries({
    queries: [...new Set(ids)].map((id) => ({ queryKey: ['procedure', id], queryFn: () => fetchProcedure(id), staleTime: 300_000 })),
  });
  return { definitions: new Map(results.flatMap((r) => (r.data ? [[r.data.id, r.data] as const] : []))), pending: results.some((r) => r.isPending) };
}

/** The published procedures of the catalogue (id, title, authority) for the procedure filter. */
export function useCatalogue() {
  return useQuery({ queryKey: ['procedures'], queryFn: () => unwrap(api.GET('/api/procedures')), staleTime: 300_000 });
}
