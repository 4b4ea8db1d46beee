import { api, unwrap } from '../../ui/index.js';
import type { paths } from '../../ui/index.js';

type Answer = paths['/api/cases/{id}/events/{event}/preview']['post']['responses'][200]['content']['application/json'];

/** A draft document of a preview, its PDF decoded. */
export interface DraftDocument {
  document: string;
  fileName: string;
  content: Uint8Array;
}

/**
 * The documents firing `event` with `data` would render, as drafts (nothing is sealed, filed
 * or changed); a read with `purpose`, logged like any other. Empty when the step renders none.
 */
export async function fetchEventPreview(caseId: string, event: string, purpose: string, data: Record<string, unknown> | undefined): Promise<DraftDocument[]> {
  const answer: Answer = await unwrap(api.POST('/api/cases/{id}/events/{event}/preview', {
    params: { path: { id: caseId, event }, query: { purpose } },
    body: data ? { data: data as Record<string, never> } : {},
  }));
  return answer.documents.map((d) => ({ document: d.document, fileName: d.fileName, content: Uint8Array.from(atob(d.content), (c) => c.charCodeAt(0)) }));
}
