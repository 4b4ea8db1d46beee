import { pointer } from './DefinitionIssue.js';
import type { FormConfig, GuardRule, ProcedureConfig, StateConfig, TransitionConfig, TransitionsConfig } from './types.js';

/** A state of the statechart with its place in the tree. `id` is the dot path (`pruefung.stellungnahmen`). */
export interface StateInfo {
  id: string;
  pointer: string;
  kind: 'atomic' | 'compound' | 'parallel' | 'final';
  parent?: string;
  children: string[];
  config: StateConfig;
}

/** What makes a transition fire; `always`: nothing, it is taken as soon as its guard holds (eventless). */
export type Trigger = { kind: 'event'; event: string } | { kind: 'after'; delay: string } | { kind: 'done' } | { kind: 'always' };

/** One transition; `id` is its JSON pointer in the definition, also used for coverage. */
export interface TransitionInfo {
  id: string;
  source: string;
  trigger: Trigger;
  /** Resolved target state id; undefined for a targetless transition or an unknown target. */
  target?: string;
  targetName?: string;
  guard?: GuardRule;
  config: TransitionConfig;
}

/** A procedure with its statechart flattened: every state and transition, in document order. */
export interface ProcedureDefinition extends ProcedureConfig {
  forms: Record<string, FormConfig>;
  states: StateInfo[];
  transitions: TransitionInfo[];
}

/** The transitions of one `on` / `after` / `onDone` / `always` entry, each with its JSON pointer. */
export function transitionEntries(config: TransitionsConfig, at: string): { config: TransitionConfig; id: string }[] {
  if (typeof config === 'string') return [{ config: { target: config }, id: at }];
  if (Array.isArray(config)) return config.map((t, i) => ({ config: t, id: `${at}/${i}` }));
  return [{ config, id: at }];
}

function resolveTarget(name: string, siblings: Record<string, StateConfig>, parent: StateInfo | undefined): string | undefined {
  if (name.startsWith('#')) return name.slice(1); // checked against all states once they are known
  if (!Object.hasOwn(siblings, name)) return undefined;
  return parent ? `${parent.id}.${name}` : name;
}

/**
 * Flattens a procedure's statechart (which must already satisfy the meta-schema) into lists of
 * states and transitions with resolved targets. A target names a sibling state, as in XState,
 * or with `#` a state by its path from the root (`#genehmigt`, `#verfahren.entscheidung`).
 */
export function resolveDefinition(config: ProcedureConfig): ProcedureDefinition {
  const states: StateInfo[] = [];
  const transitions: TransitionInfo[] = [];
  const visit = (siblings: Record<string, StateConfig>, parent: StateInfo | undefined, at: string) => {
    for (const [name, state] of Object.entries(siblings)) {
      const id = parent ? `${parent.id}.${name}` : name;
      const info: StateInfo = {
        id, pointer: `${at}${pointer(name)}`, kind: state.type ?? (state.states ? 'compound' : 'atomic'),
        children: [], config: state, ...(parent ? { parent: parent.id } : {}),
      };
      states.push(info);
      parent?.children.push(id);
      const add = (trigger: Trigger, entry: TransitionsConfig, base: string) => {
        for (const t of transitionEntries(entry, base)) {
          const targetName = t.config.target;
          const target = targetName === undefined ? undefined : resolveTarget(targetName, siblings, parent);
          transitions.push({
            id: t.id, source: id, trigger, config: t.config,
            ...(target ? { target } : {}), ...(targetName !== undefined ? { targetName } : {}),
            ...(t.config.guard !== undefined ? { guard: t.config.guard } : {}),
          });
        }
      };
      for (const [event, entry] of Object.entries(state.on ?? {})) add({ kind: 'event', event }, entry, `${info.pointer}/on/${event}`);
      for (const [delay, entry] of Object.entries(state.after ?? {})) add({ kind: 'after', delay }, entry, `${info.pointer}${pointer('after', delay)}`);
      if (state.onDone !== undefined) add({ kind: 'done' }, state.onDone, `${info.pointer}/onDone`);
      if (state.always !== undefined) add({ kind: 'always' }, state.always, `${info.pointer}/always`);
      if (state.states) visit(state.states, info, `${info.pointer}/states`);
    }
  };
  visit(config.machine.states, undefined, '/machine/states');
  const ids = new Set(states.map((s) => s.id));
  for (const t of transitions) if (t.target && !ids.has(t.target)) delete t.target;
  return { ...config, forms: config.forms ?? {}, states, transitions };
}
