import { ApiError, api, pruneEmpty, unwrap } from '../../../ui/index.js';
import type { FormData, ServerFieldError } from '../../../ui/index.js';

/** The outcome of sending the application: accepted, refused with field errors, or failed. */
export type SubmitResult = { ok: true } | { ok: false; fieldErrors?: ServerFieldError[]; message: string };

/**
 * Sends the citizen's event with its data. `key` is the Idempotency-Key of this one action:
 * a retry or a second click sends the same key, so the server runs it once.
 */
export async function submitEvent(caseId: string, type: string, data: FormData, schema: Record<string, unknown>, key: string): Promise<SubmitResult> {
  try {
    await unwrap(api.POST('/api/cases/{id}/events', {
      params: { path: { id: caseId }, header: { 'Idempotency-Key': key } },
      body: { type, data: pruneEmpty(data, schema) as Record<string, never> },
    }));
    return { ok: true };
  } catch (err) {
    if (err instanceof ApiError && err.status === 422 && Array.isArray(err.details?.errors)) {
      return { ok: false, fieldErrors: err.details.errors as ServerFieldError[], message: err.message };
    }
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}
