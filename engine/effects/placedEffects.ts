import type { ProcedureDefinition, Trigger } from '../resolveDefinition.js';
import type { EffectConfig } from '../types.js';

/** An effect with where it stands: its JSON pointer and, for transition actions, what fires it. */
export interface PlacedEffect {
  effect: EffectConfig;
  at: string;
  trigger?: Trigger;
}

/** Every effect of a definition: entry and exit effects of its states, then transition actions. */
export function placedEffects(def: ProcedureDefinition): PlacedEffect[] {
  return [
    ...def.states.flatMap((s) => (['entry', 'exit'] as const).flatMap((kind) => (s.config[kind] ?? []).map((effect, i) => ({ effect, at: `${s.pointer}/${kind}/${i}` })))),
    ...def.transitions.flatMap((t) => (t.config.actions ?? []).map((effect, i) => ({ effect, at: `${t.id}/actions/${i}`, trigger: t.trigger }))),
  ];
}
