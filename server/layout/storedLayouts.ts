import { placeNewStates, resolveDefinition } from '../../engine/index.js';
import type { Placements, ProcedureConfig } from '../../engine/index.js';
import type { LayoutRecord, Store } from '../../store/index.js';
import { LayoutFailure } from './layoutService.js';
import type { LayoutService } from './layoutService.js';

/** `savedBy` of a layout the server laid out with ELK (a designer's own arrangement names the designer). */
export const SERVER_LAYOUT = 'amtsweg (ELK)';
/** `savedBy` of a layout the server took over from an earlier version's. */
export const carriedOver = (version: number) => `amtsweg (from version ${version})`;

/**
 * Canvas layouts laid out by the server (issue 12): a version gets one as soon as it is saved
 * (and the catalogue's files when the server starts), so that the designer's first open draws
 * a stored layout instead of starting ELK in the browser. Only ever stored where none is: what a
 * designer arranged is never replaced. A new version of a procedure whose earlier version has a
 * layout keeps it: its states stay where they were and states added since are placed beside them
 * (as the canvas places states added in the editor), so a new draft is not laid out again
 * unasked. The same version asked for twice at once is laid out once.
 */
export interface StoredLayouts {
  /** The stored layout of a version, laid out and stored first when there is none; null when that failed (logged unless the draft cannot be drawn). */
  ensure(id: string, version: number, definition: ProcedureConfig): Promise<LayoutRecord | null>;
  /** `ensure` in the background, after a save: the answer does not wait for ELK. */
  prepare(id: string, version: number, definition: ProcedureConfig): void;
  close(): Promise<void>;
}

export function storedLayouts(store: Pick<Store, 'getLayout' | 'insertLayoutIfAbsent' | 'latestLayoutBefore'>, service: LayoutService, log: (err: unknown, context?: Record<string, unknown>) => void): StoredLayouts {
  const inFlight = new Map<string, Promise<LayoutRecord | null>>();
  let closed = false;

  /** An earlier version's places for the states that are still there, the new ones beside them; null when it places none of them. */
  function carried(definition: ProcedureConfig, earlier: Placements): Placements | null {
    let states;
    try {
      states = resolveDefinition(definition).states;
    } catch (err) {
      throw new LayoutFailure(`the statechart cannot be drawn: ${err instanceof Error ? err.message : String(err)}`, 'definition');
    }
    return states.some((s) => Object.hasOwn(earlier, s.id)) ? placeNewStates(definition, earlier) : null;
  }

  async function layOut(id: string, version: number, definition: ProcedureConfig): Promise<LayoutRecord | null> {
    const stored = await store.getLayout(id, version);
    if (stored) return stored;
    const earlier = await store.latestLayoutBefore(id, version);
    let positions: Placements;
    let savedBy = SERVER_LAYOUT;
    try {
      const kept = earlier && carried(definition, earlier.positions);
      if (kept) savedBy = carriedOver(earlier.version);
      positions = kept ?? await service.layout(definition);
    } catch (err) {
      // A half-edited draft may not resolve: nothing to report, the canvas says why when it is opened.
      if (!closed && !(err instanceof LayoutFailure && err.reason === 'definition')) log(err, { layout: `${id} v${version}` });
      return null;
    }
    return store.insertLayoutIfAbsent({ definitionId: id, version, positions, savedBy });
  }

  const ensure = (id: string, version: number, definition: ProcedureConfig) => {
    const key = `${id}\n${version}`;
    let running = inFlight.get(key);
    if (!running) {
      running = layOut(id, version, definition).finally(() => inFlight.delete(key));
      inFlight.set(key, running);
    }
    return running;
  };

  return {
    ensure,
    prepare(id, version, definition) {
      ensure(id, version, definition).catch((err: unknown) => log(err, { layout: `${id} v${version}` }));
    },
    close() {
      closed = true;
      return service.close();
    },
  };
}
