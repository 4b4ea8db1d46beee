import { useQueries, useQuery } from '@tanstack/react-query';
import { ApiError, api, unwrap } from '../../ui/index.js';
import type { paths } from '../../ui/index.js';

/** A case as `GET /api/cases/:id` answers (state, accepted events, deadlines, history, parties). */
export type CaseView = paths['/api/cases/{id}']['get']['responses'][200]['content']['application/json'];
/** A document of the e-Akte without content. */
export type CaseDocument = paths['/api/cases/{id}/documents']['get']['responses'][200]['content']['application/json'][number];

/**
 * The case read with a purpose (every staff read is logged in the citizen's access log before
 * data leaves the server); polled while its effects (sealing, filing) still run.
 */
export function useCaseView(id: string, purpose: string | null) {
  return useQuery({
    queryKey: ['case', id, purpose],
    enabled: purpose !== null,
    queryFn: () => unwrap(api.GET('/api/cases/{id}', { params: { path: { id }, query: { purpose: purpose! } } })),
    refetchInterval: (q) => (q.state.data?.pendingEffects ? 1000 : false),
  });
}

/** Whether the clerk may open a case: `open`, `gone` (their authority gave its part), `not-found`. */
export type CaseReach = 'open' | 'gone' | 'not-found';

/**
 * Asks the server whether the case is open to the clerk before a purpose is given: the read
 * without one is refused (400 `purpose-required`) only after access is checked, and nothing
 * is read or logged — so a case the clerk's authority is done with says so at once. The
 * refusal also names the case's authority.
 */
export function useCaseReach(id: string) {
  return useQuery({
    queryKey: ['case-reach', id],
    retry: false,
    queryFn: async (): Promise<{ reach: CaseReach; authority?: string }> => {
      try {
        await unwrap(api.GET('/api/cases/{id}', { params: { path: { id } } }));
        return { reach: 'open' };
      } catch (err) {
        if (!(err instanceof ApiError)) throw err;
        // The refusal names the case's authority (no personal data): another one is asked for a statement.
        const authority = err.code === 'purpose-required' && typeof err.details?.authority === 'string' ? err.details.authority : undefined;
        return { reach: reachOf(err) ?? 'open', ...(authority ? { authority } : {}) };
      }
    },
  });
}

/** The reach an error answer of a case read tells: gone (403 no-longer-involved), not found (404). */
export function reachOf(err: unknown): CaseReach | undefined {
  if (!(err instanceof ApiError)) return undefined;
  if (err.status === 403 && err.code === 'no-longer-involved') return 'gone';
  return err.status === 404 ? 'not-found' : undefined;
}

/** One category's data, or `withheld` when the citizen has not granted consent to it. */
export type CategoryData = { category: string; withheld: false; data: Record<string, Record<string, unknown>> } | { category: string; withheld: true };

/** The case data by category, one read per category (a consent-gated one answers 403 until granted). */
export function useCategoryData(id: string, purpose: string, categories: string[], seq: number) {
  return useQueries({
    queries: categories.map((category) => ({
      queryKey: ['case-data', id, category, seq],
      queryFn: async (): Promise<CategoryData> => {
        try {
          const answer = await unwrap(api.GET('/api/cases/{id}/data', { params: { path: { id }, query: { purpose, categories: category } } }));
          return { category, withheld: false, data: answer.data as Record<string, Record<string, unknown>> };
        } catch (err) {
          if (err instanceof ApiError && err.code === 'consent-required') return { category, withheld: true };
          throw err;
        }
      },
    })),
  });
}

/** The e-Akte: documents of the case without their content, oldest first. */
export function useCaseDocuments(id: string, purpose: string, seq: number, pending: number) {
  return useQuery({
    queryKey: ['case-documents', id, seq, pending],
    queryFn: () => unwrap(api.GET('/api/cases/{id}/documents', { params: { path: { id }, query: { purpose } } })),
  });
}

/** The server's check of one document (hash, seal against the trusted root). */
export function useVerification(documentId: string, purpose: string) {
  return useQuery({
    queryKey: ['verify', documentId],
    queryFn: () => unwrap(api.GET('/api/documents/{id}/verify', { params: { path: { id: documentId }, query: { purpose } } })),
  });
}

/** The messages of the case, oldest first (text, sender, time, attachments, receipt). */
export function useCaseMessages(id: string, purpose: string, seq: number) {
  return useQuery({
    queryKey: ['case-messages', id, seq],
    queryFn: async () => (await unwrap(api.GET('/api/cases/{id}/messages', { params: { path: { id }, query: { purpose } } }))).items,
  });
}

/** A case's audit trail and the reads of its data. */
export type CaseHistoryAnswer = paths['/api/cases/{id}/history']['get']['responses'][200]['content']['application/json'];

/**
 * The audit trail and the reads of the case (`GET /api/cases/:id/history`; this read is logged
 * too), fetched again when the case moves, and every 2 s while `incomplete` says the trail lags
 * behind the case view (the workflow records an extension after it answered).
 */
export function useCaseHistory(id: string, purpose: string, seq: number, incomplete: (answer: CaseHistoryAnswer) => boolean) {
  return useQuery({
    queryKey: ['case-history', id, seq],
    queryFn: () => unwrap(api.GET('/api/cases/{id}/history', { params: { path: { id }, query: { purpose } } })),
    staleTime: Infinity,
    refetchInterval: (q) => (q.state.data && incomplete(q.state.data) ? 2000 : false),
  });
}

/** The staff of my authority (to name an officer by name, not by id). */
export function useColleagues() {
  return useQuery({ queryKey: ['colleagues'], queryFn: () => unwrap(api.GET('/api/staff/colleagues')), staleTime: 300_000 });
}
