import {
  ApplicationFailure, CancellationScope, allHandlersFinished, condition, continueAsNew, isCancellation,
  proxyActivities, setHandler, sleep, upsertSearchAttributes, workflowInfo,
} from '@temporalio/workflow';
import type { AnyMachineSnapshot } from 'xstate';
import {
  acceptedEvents, checkEvent, createCaseMachine, persistCase, restoreCase, startCase, transitionCase,
} from '../engine/index.js';
import type { CaseEvent, Step, TimerStart } from '../engine/index.js';
import type { CaseActivities } from '../workers/index.js';
import { EVENT_REJECTED, sendEvent, view } from './contract.js';
import type { CaseView, CaseWorkflowInput, HistoryEntry, PendingDeadline, QueuedEffect } from './contract.js';
import { searchAttributesOf } from './searchAttributes.js';

const { runEffect } = proxyActivities<CaseActivities>({
  startToCloseTimeout: '2 minutes',
  heartbeatTimeout: '10 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

/**
 * One case of a procedure, interpreted from its definition (fixed for the case's life).
 * Events arrive as the Update `sendEvent`; effects run in order as activities with an
 * idempotency key; `after` deadlines are durable, cancellable timers.
 */
export async function caseWorkflow(input: CaseWorkflowInput): Promise<CaseView> {
  const { caseId, definition } = input;
  const machine = createCaseMachine(definition);
  const info = { id: caseId, procedure: definition.id, version: definition.version };
  const effects: QueuedEffect[] = [...(input.carried?.effects ?? [])];
  const history: HistoryEntry[] = [...(input.carried?.history ?? [])];
  const timers = new Map<string, { deadline: PendingDeadline; scope: CancellationScope }>();
  let seq = input.carried?.seq ?? 0;
  const first = input.carried ? undefined : startCase(machine, info, new Date().toISOString());
  let snapshot: AnyMachineSnapshot = first?.snapshot ?? restoreCase(machine, input.carried?.persisted);

  const now = () => new Date().toISOString();

  const currentView = (): CaseView => ({
    id: caseId,
    procedure: definition.id,
    version: definition.version,
    authority: definition.authority,
    state: snapshot.value,
    status: snapshot.status,
    accepts: acceptedEvents(definition, snapshot).map((type) => ({ type, by: definition.events[type]?.by ?? [] })),
    deadlines: [...timers.values()].map((t) => t.deadline),
    history,
    pendingEffects: effects.length,
    seq,
  });

  const startTimer = (deadline: PendingDeadline) => {
    const scope = new CancellationScope();
    timers.set(deadline.id, { deadline, scope });
    const delay = Math.max(0, Date.parse(deadline.dueAt) - Date.now());
    scope.run(() => sleep(delay)).then(
      () => {
        timers.delete(deadline.id);
        if (snapshot.status !== 'active') return;
        seq += 1;
        const event: CaseEvent = { type: deadline.event.type, at: now() };
        record(event, apply(transitionCase(machine, snapshot, event), seq));
      },
      (err: unknown) => {
        if (!isCancellation(err)) throw err;
      },
    );
  };

  /** Adopts a step: new snapshot, queued effects, started and cancelled timers. Returns the previous state. */
  const apply = (step: Step, stepSeq: number): unknown => {
    const from = snapshot.value;
    snapshot = step.snapshot;
    step.effects.forEach((effect, index) => effects.push({ key: `${caseId}:${stepSeq}:${index}`, seq: stepSeq, index, effect }));
    for (const id of step.timers.cancel) {
      timers.get(id)?.scope.cancel();
      timers.delete(id);
    }
    step.timers.start.forEach((t: TimerStart) =>
      startTimer({ id: t.id, event: t.event, dueAt: new Date(Date.now() + t.delayMs).toISOString() }));
    upsertSearchAttributes(searchAttributesOf(definition, snapshot, [...timers.values()].map((t) => t.deadline)));
    return from;
  };

  const record = (event: CaseEvent, from: unknown) => {
    const entry: HistoryEntry = { seq, type: event.type, at: event.at, from, to: snapshot.value };
    if (event.actor) entry.actor = event.actor;
    history.push(entry);
  };

  if (first) apply(first, 0);
  else {
    input.carried?.timers.forEach(startTimer);
    upsertSearchAttributes(searchAttributesOf(definition, snapshot, [...timers.values()].map((t) => t.deadline)));
  }

  setHandler(view, currentView);
  setHandler(
    sendEvent,
    (update) => {
      seq += 1;
      const event: CaseEvent = { type: update.type, data: update.data ?? {}, at: now() };
      if (update.actor) event.actor = update.actor;
      record(event, apply(transitionCase(machine, snapshot, event), seq));
      return currentView();
    },
    {
      validator: (update) => {
        const result = checkEvent(definition, snapshot, { type: update.type, data: update.data ?? {}, at: now() }, update.actor);
        if (!result.ok) {
          throw ApplicationFailure.create({ type: EVENT_REJECTED, message: result.error.message.en, details: [result.error], nonRetryable: true });
        }
      },
    },
  );

  for (;;) {
    await condition(() => effects.length > 0 || snapshot.status !== 'active' || workflowInfo().continueAsNewSuggested);
    while (effects.length > 0) {
      const next = effects[0]!;
      await runEffect({ key: next.key, caseId, procedure: definition.id, version: definition.version, authority: definition.authority, seq: next.seq, index: next.index, effect: next.effect });
      effects.shift();
    }
    if (snapshot.status !== 'active') {
      await condition(allHandlersFinished);
      if (effects.length === 0) return currentView();
    } else if (workflowInfo().continueAsNewSuggested) {
      await condition(allHandlersFinished);
      if (effects.length > 0) continue;
      await continueAsNew<typeof caseWorkflow>({
        caseId, definition,
        carried: { persisted: persistCase(machine, snapshot), seq, history, effects, timers: [...timers.values()].map((t) => t.deadline) },
      });
    }
  }
}
