import { csrfHeaders } from '../../../ui/index.js';
import type { FormData } from '../../../ui/index.js';

/** Saves the citizen's draft of `event` on the server; the time it was saved, or null when it could not be. */
export async function saveDraft(caseId: string, event: string, data: FormData): Promise<string | null> {
  try {
    const res = await fetch(`/api/cases/${caseId}/draft`, {
      method: 'PUT', credentials: 'same-origin', headers: { 'content-type': 'application/json', ...csrfHeaders() }, body: JSON.stringify({ event, data }),
    });
    return res.ok ? ((await res.json()) as { savedAt: string }).savedAt : null;
  } catch {
    return null;
  }
}
