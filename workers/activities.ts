import { Context } from '@temporalio/activity';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Effect } from '../engine/index.js';
import type { Store } from '../store/index.js';

/** What an effect activity gets: the effect and its idempotency key (case id, event sequence, effect index). */
export interface RunEffectInput {
  key: string;
  caseId: string;
  procedure: string;
  version: number;
  authority: string;
  seq: number;
  index: number;
  effect: Effect;
}

/** What the activities need from the outside world. */
export interface ActivityDeps {
  store: Store;
  /**
   * Demonstration knob: how long an effect takes after it has been recorded (heartbeating
   * meanwhile). Lets the crash tests kill a worker while an effect is in flight.
   */
  effectDelayMs?: number;
}

/** The activities of a case worker, bound to their dependencies. */
export function createActivities(deps: ActivityDeps) {
  return {
    /**
     * Carries out one effect. For now every effect type is recorded in the effect log
     * (insert-if-absent on the idempotency key), so a retried activity records nothing twice.
     */
    async runEffect(input: RunEffectInput): Promise<{ recorded: boolean }> {
      const recorded = await deps.store.recordEffect({
        key: input.key, caseId: input.caseId, eventSeq: input.seq, effectIndex: input.index,
        type: input.effect.type, params: input.effect.params,
      });
      const ctx = Context.current();
      for (let waited = 0; waited < (deps.effectDelayMs ?? 0); waited += 500) {
        ctx.heartbeat();
        await sleep(500, undefined, { signal: ctx.cancellationSignal });
      }
      return { recorded };
    },
  };
}

/** Activity interface as workflows see it (`proxyActivities<CaseActivities>`). */
export type CaseActivities = ReturnType<typeof createActivities>;
