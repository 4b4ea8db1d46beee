import { idempotencyKey } from '../../ui/index.js';
import { callJson } from './http.js';

/**
 * Assigns a case to a clerk (`assignee`: their subject) or releases it (`null`):
 * `POST /api/cases/:id/assignment {assignee}` of the workbench-api branch. The queue offers it
 * only where the case list reports an `assignee` field, i.e. where the route exists.
 */
export async function assignCase(caseId: string, assignee: string | null): Promise<void> {
  await callJson('POST', `/api/cases/${caseId}/assignment`, { assignee }, { 'Idempotency-Key': idempotencyKey() });
}
