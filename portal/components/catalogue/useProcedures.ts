import { useQuery } from '@tanstack/react-query';
import type { ProcedureConfig } from '../../../engine/index.js';
import { api, unwrap } from '../../../ui/index.js';
import type { ProcedureSummary } from './procedureTypes.js';

/** Every published procedure, newest version each (public, no login). */
export function useProcedures() {
  return useQuery({
    queryKey: ['procedures'],
    queryFn: async () => (await unwrap(api.GET('/api/procedures'))) as ProcedureSummary[],
    staleTime: 300_000,
  });
}

/** One published procedure with its forms, events and statechart; `undefined` id waits. */
export function useProcedure(id: string | undefined) {
  return useQuery({
    queryKey: ['procedure', id],
    queryFn: async () => (await unwrap(api.GET('/api/procedures/{id}', { params: { path: { id: id! } } }))) as ProcedureConfig,
    enabled: id !== undefined,
    staleTime: 300_000,
  });
}
