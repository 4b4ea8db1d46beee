/**
 * Authored types of a procedure definition (`ProcedureConfig`, what `procedure.json` holds).
 * The JSON meta-schema is the authority on the shape; these types mirror it.
 */

/** A text in German (first) and English. */
export interface LocalizedText {
  de: string;
  en: string;
}

/** A JSON Logic rule (json-logic-js), evaluated over `{ data, event, case }`. */
export type GuardRule = Record<string, unknown> | boolean;

/** Built-in effect types; the engine returns them as data, workers carry them out. */
export const EFFECT_TYPES = [
  'receipt', 'createEFile', 'fileDocument', 'renderDocument', 'sign', 'notify', 'requestConsent',
] as const;
export type EffectType = (typeof EFFECT_TYPES)[number];

/** An effect as authored in `entry`, `exit` or transition `actions`. */
export interface EffectConfig {
  type: EffectType;
  params?: Record<string, unknown>;
}

/** One transition: target state, optional JSON Logic guard, effects. */
export interface TransitionConfig {
  target?: string;
  guard?: GuardRule;
  actions?: EffectConfig[];
  description?: string;
}

export type TransitionsConfig = string | TransitionConfig | TransitionConfig[];

/** A state of the statechart (XState config subset). */
export interface StateConfig {
  type?: 'atomic' | 'compound' | 'parallel' | 'final';
  initial?: string;
  states?: Record<string, StateConfig>;
  on?: Record<string, TransitionsConfig>;
  /** Deadlines: ISO 8601 duration (`P3M`, `PT10S`) → transition. */
  after?: Record<string, TransitionsConfig>;
  entry?: EffectConfig[];
  exit?: EffectConfig[];
  description?: string;
}

export interface MachineConfig {
  initial: string;
  states: Record<string, StateConfig>;
}

export interface RoleConfig {
  kind: 'citizen' | 'staff';
  description?: LocalizedText;
}

export interface FormConfig {
  schema: Record<string, unknown>;
  uiSchema?: Record<string, unknown>;
}

export interface EventConfig {
  /** Roles that may fire the event. */
  by: string[];
  /** Form whose data the event carries. */
  form?: string;
  signature?: 'none' | 'citizen' | 'seal';
  title?: LocalizedText;
}

/** A procedure as authored (`procedure.json`). */
export interface ProcedureConfig {
  $schema?: string;
  id: string;
  version: number;
  title: LocalizedText;
  description?: LocalizedText;
  leika?: string;
  authority: string;
  legalBasis: string;
  roles: Record<string, RoleConfig>;
  forms?: Record<string, FormConfig>;
  events: Record<string, EventConfig>;
  machine: MachineConfig;
  dataCategories?: Record<string, { consentRequired?: boolean; description?: LocalizedText }>;
  assuranceLevel?: 'basic' | 'substantial' | 'high';
  retention?: string;
}
