/** Pure core of Amtsweg: procedure definitions and the case statechart. No I/O, no clock. */
export type {
  EffectConfig, EffectType, EventConfig, FormConfig, GuardRule, LocalizedText, MachineConfig,
  ProcedureConfig, RoleConfig, StateConfig, TransitionConfig,
} from './types.js';
export { EFFECT_TYPES } from './types.js';
export { durationMs, parseDuration } from './duration.js';
export type { Duration } from './duration.js';
export { createCaseMachine } from './createCaseMachine.js';
export type { Actor, CaseContext, CaseEvent, CaseInfo } from './createCaseMachine.js';
export { acceptedEvents, checkEvent, persistCase, restoreCase, startCase, transitionCase } from './transition.js';
export type { Effect, EventRejection, Step, TimerStart } from './transition.js';
