import type { ProcedureConfig } from '../../engine/index.js';
import { isFinalState } from './caseFacts.js';

type Transition = string | { target?: string } | (string | { target?: string })[];
type StateNode = { on?: Record<string, Transition>; states?: Record<string, StateNode> };

/** The staff roles of the procedure that the clerk's authority holds. */
export function myStaffRoles(def: ProcedureConfig, authority: string | undefined): string[] {
  return Object.entries(def.roles).filter(([, r]) => r.kind === 'staff' && (r.authority ?? def.authority) === authority).map(([name]) => name);
}

/** The targets an event can lead to, from any state of the machine (top-level target names). */
function targetsOf(def: ProcedureConfig, event: string): string[] {
  const found: string[] = [];
  const walk = (states: Record<string, StateNode> | undefined) => {
    for (const node of Object.values(states ?? {})) {
      const on = node.on?.[event];
      for (const tr of on === undefined ? [] : Array.isArray(on) ? on : [on]) {
        const target = typeof tr === 'string' ? tr : tr.target;
        if (target) found.push(target.replace(/^#?[^.]*\./, (m) => (m.startsWith('#') ? '' : m)));
      }
      walk(node.states);
    }
  };
  walk(def.machine.states as Record<string, StateNode>);
  return found;
}

/** Whether an event ends the case (every target it can take is a final state): it needs a confirmation. */
export function endsCase(def: ProcedureConfig, event: string): { ends: boolean; target?: string } {
  const targets = targetsOf(def, event);
  const ends = targets.length > 0 && targets.every((t) => isFinalState(def, t));
  return ends ? { ends, target: targets[0]! } : { ends };
}

/** Whether firing the event seals a document (the event's signature is the authority's seal). */
export function seals(def: ProcedureConfig, event: string): boolean {
  return (def.events[event] as { signature?: string } | undefined)?.signature === 'seal';
}
