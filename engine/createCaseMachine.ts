import { assign, createMachine } from 'xstate';
import type { AnyStateMachine } from 'xstate';
import { pointer } from './DefinitionIssue.js';
import { parseDuration } from './duration.js';
import { evaluateGuard } from './evaluateGuard.js';
import { deadlineEnd } from './legalDeadline.js';
import type { DeadlineCalendar } from './legalDeadline.js';
import { transitionEntries } from './resolveDefinition.js';
import type { GuardRule, ProcedureConfig, StateConfig, TransitionsConfig } from './types.js';

/** Action marking which transition ran (params.id = its JSON pointer); `transitionCase` reports it. */
export const TRANSITION_MARK = 'amtsweg.transition';

/** Most microsteps (a transition and the eventless ones after it) one step of a case may take. */
const MAX_MICROSTEPS = 1000;

/** What the engine knows about the case it computes for; time comes in with each event. */
export interface CaseInfo {
  id: string;
  procedure: string;
  version: number;
}

/** Context of a case machine: form data per form id, and the case's identity. */
export interface CaseContext {
  data: Record<string, Record<string, unknown>>;
  case: CaseInfo;
}

/** Who fires an event. */
export interface Actor {
  id: string;
  role: string;
}

/**
 * An event sent to a case. `at` is the UTC time it happened (ISO 8601): the engine reads no
 * clock, deadlines are computed from it.
 */
export interface CaseEvent {
  type: string;
  data?: Record<string, unknown>;
  actor?: Actor;
  /** For an event with a quorum: every person who fired it, in order (`actor` is the last). */
  approvedBy?: Actor[];
  at: string;
}

/** How a case machine computes: the calendar its deadlines are counted in. */
export interface CaseMachineOptions {
  /** Fristen in the authority's state (default: Fristen with nationwide holidays only), or `'exact'` periods. */
  calendar?: DeadlineCalendar;
}

/** The init event carries its time in `input.at`; all others in `at`. */
type EventWithTime = { at?: string; input?: { at?: string } };

type XTransition = { target?: string; guard?: unknown; actions?: unknown[]; description?: string };

/**
 * Scope that JSON Logic guards read: `{ data, event, case }`. An eventless guard sees no event
 * data: XState hands it whatever event started the step (a submission, a deadline, none), so
 * what it read would depend on how the case got there.
 */
export function guardScope(context: CaseContext, event: CaseEvent, eventless = false) {
  return { data: context.data, event: { type: event.type, data: eventless ? {} : event.data ?? {} }, case: context.case };
}

function toTransitions(def: ProcedureConfig, config: TransitionsConfig, at: string, storeForm: string | undefined, eventless = false): XTransition[] {
  return transitionEntries(config, at).map(({ config: t, id }) => {
    const out: XTransition = {};
    // `#a.b` is a path from the root; XState spells it with the machine id.
    if (t.target !== undefined) out.target = t.target.startsWith('#') ? `#${def.id}.${t.target.slice(1)}` : t.target;
    if (t.description !== undefined) out.description = t.description;
    if (t.guard !== undefined) out.guard = { type: 'logic', params: { rule: t.guard, eventless } };
    const actions: unknown[] = [{ type: TRANSITION_MARK, params: { id } }];
    if (storeForm) actions.push({ type: 'storeForm', params: { form: storeForm } });
    actions.push(...(t.actions ?? []));
    out.actions = actions;
    return out;
  });
}

function toStateNode(def: ProcedureConfig, state: StateConfig, at: string, delays: Set<string>): Record<string, unknown> {
  const node: Record<string, unknown> = {};
  if (state.type) node.type = state.type;
  if (state.initial) node.initial = state.initial;
  if (state.description) node.description = state.description;
  if (state.meta) node.meta = state.meta;
  if (state.entry) node.entry = state.entry;
  if (state.exit) node.exit = state.exit;
  if (state.on) {
    node.on = Object.fromEntries(Object.entries(state.on).map(([event, t]) => {
      const declared = Object.hasOwn(def.events, event) ? def.events[event] : undefined;
      const store = declared?.keepData === false ? undefined : declared?.form;
      return [event, toTransitions(def, t, `${at}${pointer('on', event)}`, store)];
    }));
  }
  if (state.after) {
    node.after = Object.fromEntries(
      Object.entries(state.after).map(([iso, t]) => {
        delays.add(iso);
        return [iso, toTransitions(def, t, `${at}${pointer('after', iso)}`, undefined)];
      }),
    );
  }
  if (state.onDone !== undefined) node.onDone = toTransitions(def, state.onDone, `${at}/onDone`, undefined);
  if (state.always !== undefined) node.always = toTransitions(def, state.always, `${at}/always`, undefined, true);
  if (state.states) {
    node.states = Object.fromEntries(Object.entries(state.states).map(([k, s]) => [k, toStateNode(def, s, `${at}/states${pointer(k)}`, delays)]));
  }
  return node;
}

/**
 * Builds the XState machine of a procedure. Guards become JSON Logic evaluations, `after`
 * keys (ISO 8601 durations) become named delays from the triggering event's `at` to the
 * deadline's end in `options.calendar` (see `deadlineEnd`: a Frist of days, weeks, months or
 * years ends at 24:00 Berlin of its last working day; a duration with a time part is exact),
 * the form data an event carries is stored under `context.data[formId]` (unless the event says
 * `keepData: false`) before any eventless (`always`) transition after it reads it, and every
 * transition carries a `TRANSITION_MARK` action for coverage.
 */
export function createCaseMachine(def: ProcedureConfig, options: CaseMachineOptions = {}): AnyStateMachine {
  const calendar = options.calendar ?? {};
  const delays = new Set<string>();
  const states = Object.fromEntries(Object.entries(def.machine.states).map(([k, s]) => [k, toStateNode(def, s, `/machine/states${pointer(k)}`, delays)]));
  return createMachine(
    {
      id: def.id,
      initial: def.machine.initial,
      // xstate's pure transition() builds an inert actor without input on every call: a factory
      // that threw on missing input would cost an exception per event.
      context: ({ input }: { input?: { case?: CaseInfo } }) => ({ data: {}, case: input?.case }),
      states,
      // Static analysis refuses eventless cycles; should one slip through, a step fails instead of spinning.
      options: { maxIterations: MAX_MICROSTEPS },
    } as never,
    {
      guards: {
        logic: ({ context, event }: { context: CaseContext; event: CaseEvent }, params: { rule: GuardRule; eventless: boolean }) =>
          evaluateGuard(params.rule, guardScope(context, event, params.eventless)),
      },
      actions: {
        storeForm: assign(({ context, event }: { context: CaseContext; event: CaseEvent }, params: { form: string }) => ({
          data: { ...context.data, [params.form]: { ...(event.data ?? {}) } },
        })),
      },
      delays: Object.fromEntries(
        [...delays].map((iso) => {
          if (!parseDuration(iso)) throw new Error(`after: "${iso}" is not an ISO 8601 duration`);
          return [iso, ({ event }: { event: EventWithTime }) => {
            const at = event.at ?? event.input?.at ?? '';
            // An event without a time (a path search) gets no deadline, as before.
            return Number.isNaN(Date.parse(at)) ? NaN : deadlineEnd(iso, at, calendar) - Date.parse(at);
          }];
        }),
      ),
    } as never,
  ) as AnyStateMachine;
}
