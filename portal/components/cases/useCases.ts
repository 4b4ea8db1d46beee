import { useQueries, useQuery } from '@tanstack/react-query';
import type { ProcedureConfig } from '../../../engine/index.js';
import { api, unwrap } from '../../../ui/index.js';
import type { CaseView } from './caseTypes.js';

/** My cases (`GET /api/cases`, citizens see the cases they are a party of); only when `enabled` (logged in). */
export function useMyCases(enabled: boolean) {
  return useQuery({
    queryKey: ['cases'],
    queryFn: () => unwrap(api.GET('/api/cases', { params: { query: { limit: '200' } } })),
    enabled,
  });
}

/** One case: state, events it accepts, deadlines, history; polled while its effects run. */
export function useCase(id: string | undefined) {
  return useQuery({
    queryKey: ['case', id],
    queryFn: () => unwrap(api.GET('/api/cases/{id}', { params: { path: { id: id! }, query: {} } })),
    enabled: id !== undefined,
    // Effects (receipt, e-file, notices) follow an event within seconds: watch until they are done.
    refetchInterval: (q) => (q.state.data?.pendingEffects ? 1000 : false),
  });
}

/** The definitions of several procedures (for state names, events and deadlines of my cases), by id. */
export function useDefinitions(ids: string[]): Map<string, ProcedureConfig> {
  const results = useQueries({
    queries: [...new Set(ids)].map((id) => ({
      queryKey: ['procedure', id],
      queryFn: async () => (await unwrap(api.GET('/api/procedures/{id}', { params: { path: { id } } }))) as ProcedureConfig,
      staleTime: 300_000,
    })),
  });
  return new Map(results.flatMap((r) => (r.data ? [[r.data.id, r.data] as const] : [])));
}

/**
 * The documents of a case I may see, oldest first. While the case still carries out effects
 * (a receipt being signed and filed), the case is polled, and the list follows its changes.
 */
export function useCaseDocuments(view: Pick<CaseView, 'id' | 'seq' | 'pendingEffects'>) {
  return useQuery({
    queryKey: ['case-documents', view.id, view.seq, view.pendingEffects],
    queryFn: () => unwrap(api.GET('/api/cases/{id}/documents', { params: { path: { id: view.id }, query: {} } })),
  });
}

/** The check of one document's hash and seal (once `enabled`). */
export function useVerification(documentId: string, enabled = true) {
  return useQuery({
    queryKey: ['verify', documentId],
    enabled,
    queryFn: () => unwrap(api.GET('/api/documents/{id}/verify', { params: { path: { id: documentId }, query: {} } })),
  });
}
