import { useState } from 'react';
import { ApiError } from '../../ui/index.js';
import { saveDraft } from '../api/definitions.js';
import { serializeDefinition } from '../model/index.js';
import type { JsonObject } from '../model/index.js';

/** Where a save stands: saved, failed, or refused because someone else saved in between. */
export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string } | { kind: 'conflict'; author: string; etag: string };

/**
 * Saves the draft with optimistic concurrency: the PUT names the revision it was based on; a 412
 * keeps every local edit and offers to save over the other version (its ETag from the answer).
 */
export function useSave(id: string, initialEtag: string, markSaved: (text: string) => void) {
  const [etag, setEtag] = useState(initialEtag);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const save = async (definition: JsonObject, over?: string) => {
    setState({ kind: 'saving' });
    try {
      const answer = await saveDraft(id, definition, over ?? etag);
      setEtag(answer.etag);
      markSaved(serializeDefinition(definition));
      setState({ kind: 'saved' });
    } catch (e) {
      if (e instanceof ApiError && e.code === 'draft-changed') {
        const details = (e.details ?? {}) as { author?: string; etag?: string };
        setState({ kind: 'conflict', author: details.author ?? '?', etag: details.etag ?? '*' });
      } else setState({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  };
  return { state, save };
}
