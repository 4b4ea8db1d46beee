import type { EffectAuditAlong, Store } from '../store/index.js';
import type { RunEffectInput } from './effects/index.js';

/** A transition's projection and audit link, as `recordTransition` writes them. */
export type TransitionWrite = NonNullable<EffectAuditAlong['transition']>;

/** The store an effect's handler works with, and how to finish what it left unwritten. */
export interface EffectCommit {
  /** The store for the handler: its own audit append carries the transition and the effect's log row. */
  store: Store;
  /** Writes the transition now if nothing carried it yet (before a failure is recorded or rethrown). */
  flushTransition(): Promise<void>;
  /** After the handler: writes what no audit append carried; true when the effect's row was inserted now. */
  finish(): Promise<boolean>;
}

/**
 * One transaction per effect instead of three (issue 14): the transition record that rides with
 * the effect (projection and audit link) and the effect-log row are written in the transaction
 * of the handler's audit append under the effect's key — every handler appends that one last.
 * Whatever reads the projection (getCase) or appends another link first gets the transition
 * written before it, so the audit trail keeps its order: transition, then the effect's links.
 */
export function effectCommit(store: Store, input: RunEffectInput, transition: TransitionWrite | undefined): EffectCommit {
  let pending = transition;
  let recorded: boolean | undefined;
  const effect = {
    key: input.key, caseId: input.caseId, eventSeq: input.seq, effectIndex: input.index, type: input.effect.type, params: { ...input.effect.params },
  };
  const flushTransition = async () => {
    if (!pending) return;
    await store.projectAndAudit(pending.projection, pending.idemKey, pending.link);
    pending = undefined;
  };
  const scoped: Store = {
    ...store,
    async appendAudit(caseId, idemKey, link) {
      const own = idemKey === input.key && recorded === undefined;
      const along: EffectAuditAlong = { ...(pending ? { transition: pending } : {}), ...(own ? { effect } : {}) };
      const { entry, recorded: inserted } = await store.appendEffectAudit(caseId, idemKey, link, along);
      pending = undefined;
      if (own) recorded = inserted ?? false;
      return entry;
    },
    async getCase(id) {
      await flushTransition();
      return store.getCase(id);
    },
  };
  return {
    store: scoped,
    flushTransition,
    async finish() {
      await flushTransition();
      return recorded ?? store.recordEffect(effect);
    },
  };
}
