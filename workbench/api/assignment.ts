import { useQuery } from '@tanstack/react-query';
import { api, idempotencyKey, unwrap } from '../../ui/index.js';
import type { paths } from '../../ui/index.js';

/** Per case, whether a bulk assignment worked (a failure names its code and message). */
export type BulkResult = paths['/api/assignments']['post']['responses'][200]['content']['application/json'][number];
/** A member of staff of my authority. */
export type Colleague = paths['/api/staff/colleagues']['get']['responses'][200]['content']['application/json'][number];

/**
 * Assigns a case to a clerk (`assignee`: their subject) or releases it (`null`), with one
 * Idempotency-Key per action (a retry of a lost answer changes nothing twice).
 */
export async function assignCase(caseId: string, assignee: string | null): Promise<void> {
  await unwrap(api.POST('/api/cases/{id}/assignment', { params: { path: { id: caseId }, header: { 'Idempotency-Key': idempotencyKey() } }, body: { assignee } }));
}

/** Assigns or releases many cases at once; answers per case whether it worked. `key` is this one action's Idempotency-Key. */
export function assignCases(caseIds: string[], assignee: string | null, key: string): Promise<BulkResult[]> {
  return unwrap(api.POST('/api/assignments', { params: { header: { 'Idempotency-Key': key } }, body: { caseIds, assignee } }));
}

/** Staff of my authority whom cases can be assigned to (me included). */
export function useColleagues() {
  return useQuery({ queryKey: ['colleagues'], queryFn: () => unwrap(api.GET('/api/staff/colleagues')), staleTime: 5 * 60_000 });
}

/** Who works on a case now (null: nobody), without reading its data. */
export function useAssignment(caseId: string) {
  return useQuery({ queryKey: ['assignment', caseId], queryFn: () => unwrap(api.GET('/api/cases/{id}/assignment', { params: { path: { id: caseId } } })) });
}
