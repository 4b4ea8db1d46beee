import { useQueries, useQuery } from '@tanstack/react-query';
import type { ProcedureConfig } from '../../../engine/index.js';
import { api, unwrap } from '../../../ui/index.js';
import type { CaseListItem, CaseView } from './caseTypes.js';

/** My cases (`GET /api/cases`, citizens see the cases they are a party of); only when `enabled` (logged in). */
export function useMyCases(enabled: boolean) {
  return useQuery({
    queryKey: ['cases'],
    queryFn: async () => (await unwrap(api.GET('/api/cases', { params: { query: { limit: '200' } } }))) as { total: number; items: CaseListItem[] },
    enabled,
  });
}

/** One case: state, events it accepts, deadlines, history. */
export function useCase(id: string | undefined) {
  return useQuery({
    queryKey: ['case', id],
    queryFn: async () => (await unwrap(api.GET('/api/cases/{id}', { params: { path: { id: id! }, query: {} } }))) as CaseView,
    enabled: id !== undefined,
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

/** A notice in my inbox; those with a document carry the case's receipts and decisions. */
export interface InboxEntry {
  id: string;
  caseId: string | null;
  template: string;
  subject: string;
  body: string;
  documentId: string | null;
  createdAt: string;
}

/** My inbox (`GET /api/me/inbox`). */
export function useInbox() {
  return useQuery({ queryKey: ['inbox'], queryFn: async () => (await unwrap(api.GET('/api/me/inbox'))) as InboxEntry[] });
}

/** What `GET /api/documents/:id/verify` says of a document. */
export interface Verification {
  ok: boolean;
  kind: string;
  signatures?: { format: string; signer: string; signedAt: string }[];
  receipt?: { authority: string; receivedAt: string };
}

/** The check of one document's hash and seal. */
export function useVerification(documentId: string) {
  return useQuery({
    queryKey: ['verify', documentId],
    queryFn: async () => (await unwrap(api.GET('/api/documents/{id}/verify', { params: { path: { id: documentId }, query: {} } }))) as Verification,
  });
}
