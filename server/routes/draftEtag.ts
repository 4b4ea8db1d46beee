import type { Context } from 'koa';
import { HttpError } from '../HttpError.js';

/** The ETag of one saved state of a draft: its version and how often it was saved. */
export const draftEtag = (version: number, revision: number) => `"${version}-${revision}"`;

/**
 * Checks a draft save's `If-Match` against the draft as stored: missing, 428; another revision
 * (someone saved in between), 412 `draft-changed` — the caller keeps its edits and decides.
 */
export function requireDraftMatch(ctx: Context, current: { version: number; revision: number; author: string }): void {
  const sent = ctx.get('If-Match');
  if (!sent) throw new HttpError(428, 'if-match-required', 'Send the ETag of the draft you edited as If-Match (GET /api/definitions/:id gives it)');
  const etag = draftEtag(current.version, current.revision);
  const matches = sent.split(',').map((t) => t.trim().replace(/^W\//, '')).some((t) => t === etag || t === '*');
  if (!matches) {
    throw new HttpError(412, 'draft-changed', `The draft was saved by ${current.author} after you opened it (now revision ${current.revision}); reload it or save yours again over it`, { etag, author: current.author, revision: current.revision });
  }
}
