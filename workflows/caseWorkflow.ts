import {
  ActivityFailure, ApplicationFailure, CancellationScope, allHandlersFinished, condition, continueAsNew, isCancellation,
  patched, proxyActivities, setHandler, sleep, upsertSearchAttributes, workflowInfo,
} from '@temporalio/workflow';
import type { AnyMachineSnapshot } from 'xstate';
import {
  acceptedEvents, approveEvent, caseDataCategories, categorizeData, checkEvent, createCaseMachine, effectTemplate, persistCase, restoreCase, startCase, transitionCase, validateForm,
} from '../engine/workflow.js';
import type { CaseEvent, PendingApproval, Step } from '../engine/index.js';
import type { CaseActivities } from '../workers/index.js';
import { EVENT_REJECTED, caseData, extendDeadline, joinCase, previewEvent, sendEvent, view } from './contract.js';
import { previewStep } from './previewStep.js';
import type {
  CaseView, CaseWorkflowInput, EffectFailure, EventAck, ExtendDeadlineInput, HistoryEntry, JoinCaseInput, Party, PendingDeadline, QueuedEffect, QueuedWork, SendEventInput,
} from './contract.js';
import { SEARCH_ATTRIBUTES_AT_START, searchAttributeKeys, searchAttributesOf, startSearchAttributes, stateKeyword } from './searchAttributes.js';
import { acceptMessages } from './acceptMessages.js';
import { checkExtension } from './deadlineExtension.js';
import { EFFECT_DATA_BY_REFERENCE, effectDataRefs, trackFormRefs } from './effectData.js';
import { staffNoticeOf } from './staffNotice.js';
import { RECORDS_AS_LOCAL_ACTIVITIES, isQuietEffect, localRecords } from './localRecords.js';

const { runEffect, recordTransition, recordApproval, deliverMessage, recordJoin, recordExtension, recordClosedCase } = proxyActivities<CaseActivities>({
  startToCloseTimeout: '2 minutes',
  heartbeatTimeout: '10 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

/**
 * The patch under which a closed case is kept in PostgreSQL (activity recordClosedCase) before
 * its workflow completes (issue 15); histories from before complete without it.
 */
export const CLOSED_CASE_KEPT = 'closed-case-kept';

/** Refuses an event: the validator's failure leaves no trace in the case's history. */
function reject(code: string, message: { de: string; en: string }, errors?: unknown): never {
  throw ApplicationFailure.create({ type: EVENT_REJECTED, message: message.en, details: [{ code, message, ...(errors ? { errors } : {}) }], nonRetryable: true });
}

/**
 * One case of a procedure, interpreted from its definition (fixed for the case's life).
 * Events arrive as the Update `sendEvent`, messages as `postMessage` (acceptMessages); effects
 * run in order as activities with an idempotency key; `after` deadlines are durable, cancellable timers.
 */
export async function caseWorkflow(input: CaseWorkflowInput): Promise<CaseView> {
  const { caseId, definition } = input;
  // An encrypted start input copied from another case's history (its parties included) starts nothing.
  if (caseId !== workflowInfo().workflowId) {
    throw ApplicationFailure.create({ type: 'CaseMisdirected', message: `input for case ${caseId} started as ${workflowInfo().workflowId}`, nonRetryable: true });
  }
  // Evaluated here, in the run's first activation, where it is deterministic (not in a handler).
  const attributesAtStart = patched(SEARCH_ATTRIBUTES_AT_START);
  const recordsLocally = patched(RECORDS_AS_LOCAL_ACTIVITIES);
  const { calendar } = input;
  const machine = createCaseMachine(definition, { calendar: calendar ?? 'exact' });
  const info = { id: caseId, procedure: definition.id, version: definition.version };
  const work: QueuedWork[] = [...(input.carried?.work ?? [])];
  const history: HistoryEntry[] = [...(input.carried?.history ?? [])];
  const parties: Party[] = [...(input.carried?.parties ?? input.parties ?? [])];
  const failures: EffectFailure[] = [...(input.carried?.failures ?? [])];
  const eventIds = new Set(input.carried?.eventIds ?? []);
  const messageIds = new Set(input.carried?.messageIds ?? []);
  // Per form: the hash of the event data that stored it (the server stored that data as JSON).
  const formRefs: Record<string, string> = { ...input.carried?.formRefs };
  // Firings of events with a quorum that are not yet enough; any change of state discards them.
  let approvals: PendingApproval[] = [...(input.carried?.approvals ?? [])];
  const timers = new Map<string, { deadline: PendingDeadline; scope: CancellationScope }>();
  const staffAuthorities = Object.fromEntries(Object.entries(definition.roles)
    .filter(([, r]) => r.kind === 'staff').map(([name, r]) => [name, r.authority ?? definition.authority]));
  let seq = input.carried?.seq ?? 0;
  const startedAt = new Date().toISOString();
  const first = input.carried ? undefined : startCase(machine, info, startedAt);
  let snapshot: AnyMachineSnapshot = first?.snapshot ?? restoreCase(machine, input.carried?.persisted);

  const now = () => new Date().toISOString();
  const indexed = new Map<string, string>();
  /**
   * Keeps the search attributes current, upserting only those that changed (each upsert is a
   * history event and a visibility write on the server).
   */
  const index = () => {
    if (attributesAtStart) return;
    const changed = searchAttributesOf(definition, snapshot, deadlines()).filter((p) => {
      const value = JSON.stringify(p.value);
      if (indexed.get(p.key.name) === value) return false;
      indexed.set(p.key.name, value);
      return true;
    });
    if (changed.length) upsertSearchAttributes(changed);
  };
  const deadlines = () => [...timers.values()].map((t) => t.deadline);
  /** Authorities whose staff can act in the current state (the clerks' "Meine Gruppe"). */
  const waitingFor = () => [...new Set(acceptedEvents(definition, snapshot).flatMap((type) => definition.events[type]?.by ?? [])
    .flatMap((role) => (Object.hasOwn(staffAuthorities, role) ? [staffAuthorities[role]!] : [])))].sort();
  /** The data categories of what an effect may file: the trigger's data (its event's form) and the case's. */
  const categoriesOf = (next: QueuedEffect) => {
    const form = Object.hasOwn(definition.events, next.trigger.type) ? definition.events[next.trigger.type]!.form : undefined;
    return { trigger: categorizeData(definition, form ?? '', next.trigger.data), caseData: caseDataCategories(definition, next.caseData) };
  };

  /** The document or notification template the effect names, for the activity to render. */
  const templateOf = (effect: QueuedEffect['effect']) => {
    const template = effectTemplate(definition, effect);
    return template ? { template } : {};
  };

  const currentView = (): CaseView => ({
    id: caseId,
    procedure: definition.id,
    version: definition.version,
    authority: definition.authority,
    state: snapshot.value,
    status: snapshot.status,
    ...(calendar ? { calendar } : {}),
    accepts: acceptedEvents(definition, snapshot).map((type) => ({ type, by: definition.events[type]?.by ?? [] })),
    deadlines: deadlines(),
    history,
    parties,
    failures,
    approvals: approvals.map((a) => ({ type: a.type, by: a.by.map((p) => p.id), at: a.at })),
    pendingEffects: work.length,
    seq,
  });

  /** The answer to `sendEvent`: small, as it is stored in the history with every event. */
  const ack = (): EventAck => ({ id: caseId, seq, state: snapshot.value, status: snapshot.status });

  const startTimer = (deadline: PendingDeadline) => {
    const scope = new CancellationScope();
    timers.set(deadline.id, { deadline, scope });
    const delay = Math.max(0, Date.parse(deadline.dueAt) - Date.now());
    scope.run(() => sleep(delay)).then(
      () => {
        // Fired in the same activation as an event that left the state: nothing to do.
        if (!timers.delete(deadline.id) || snapshot.status !== 'active' || !snapshot.can({ type: deadline.event.type })) return;
        seq += 1;
        const event: CaseEvent = { type: deadline.event.type, at: now() };
        apply(transitionCase(machine, snapshot, event), event);
      },
      (err: unknown) => {
        if (!isCancellation(err)) throw err;
      },
    );
  };

  /** Adopts a step: new snapshot, queued effects and transition record, started and cancelled timers. */
  const apply = (step: Step, event: CaseEvent, dataSha256?: string) => {
    const from = seq === 0 ? null : snapshot.value;
    const before = snapshot.context.data as Record<string, unknown>;
    snapshot = step.snapshot;
    trackFormRefs(formRefs, before, snapshot.context.data as Record<string, unknown>, dataSha256);
    approvals = [];
    const actor = event.actor;
    if (actor && definition.roles[actor.role]?.kind === 'citizen' && !parties.some((p) => p.id === actor.id && p.role === actor.role)) {
      parties.push({ id: actor.id, role: actor.role });
    }
    for (const id of step.timers.cancel) {
      timers.get(id)?.scope.cancel();
      timers.delete(id);
    }
    for (const t of step.timers.start) startTimer({ id: t.id, event: t.event, dueAt: new Date(Date.now() + t.delayMs).toISOString() });
    const approvedBy = event.approvedBy;
    // A receipt of data this transition files sealed must not describe its attachments (see Trigger.sealed).
    const sealed = step.effects.some((e) => e.type === 'fileDocument' && e.params?.sealed === true);
    const trigger = {
      type: event.type, at: event.at, data: event.data ?? {}, ...(actor ? { actor } : {}), ...(approvedBy ? { approvedBy } : {}), ...(sealed ? { sealed: true as const } : {}),
    };
    const caseData = snapshot.context.data as Record<string, Record<string, unknown>>;
    // The projection and audit record of the transition rides with its first effect (one
    // activity instead of two); a transition without effects gets an activity of its own.
    const staffNotice = staffNoticeOf(definition, from, snapshot.value, event);
    const record = {
      caseId, procedure: definition.id, version: definition.version, authority: definition.authority, seq, event: event.type, at: event.at,
      ...(actor ? { actor: actor.id } : {}), ...(approvedBy ? { actors: approvedBy.map((a) => a.id) } : {}), from, to: snapshot.value, state: stateKeyword(snapshot.value), status: snapshot.status, deadlines: deadlines(), waitingFor: waitingFor(),
      ...(staffNotice ? { staffNotice } : {}),
    };
    // Effects get form data by hash where the server stored it: their inputs stay small.
    const dataRefs = step.effects.length > 0 && patched(EFFECT_DATA_BY_REFERENCE) ? effectDataRefs(formRefs, trigger.data, dataSha256, caseData) : undefined;
    step.effects.forEach((effect, index) => {
      const item: QueuedEffect = { kind: 'effect', key: `${caseId}:${seq}:${index}`, seq, index, effect, trigger, caseData, ...(index === 0 ? { record } : {}) };
      work.push(dataRefs ? { ...item, trigger: { ...trigger, data: {} }, caseData: {}, dataRefs, categories: categoriesOf(item) } : item);
    });
    if (step.effects.length === 0) work.push({ kind: 'transition', record });
    if (seq > 0) {
      const entry: HistoryEntry = { seq, type: event.type, at: event.at, from, to: snapshot.value };
      if (actor) entry.actor = actor;
      if (approvedBy) entry.approvedBy = approvedBy;
      history.push(entry);
    }
    index();
  };

  // A case started without its two attributes (by a client other than the server) sets them once.
  if (attributesAtStart && workflowInfo().typedSearchAttributes.get(searchAttributeKeys.procedure) === undefined) {
    upsertSearchAttributes(startSearchAttributes(definition));
  }
  if (first) apply(first, { type: 'xstate.init', at: startedAt });
  else {
    input.carried?.timers.forEach(startTimer);
    index();
  }

  const validate = (update: SendEventInput) => {
    // The codec proves the installation key made this payload; these two prove it was made for
    // this case and this one use, so a payload copied from a history cannot be sent again.
    if (update.caseId !== caseId) reject('event-misdirected', { de: 'Das Ereignis ist für einen anderen Fall bestimmt.', en: 'The event is meant for another case.' });
    if (typeof update.eventId !== 'string' || !update.eventId || eventIds.has(update.eventId)) {
      reject('event-replayed', { de: 'Dem Ereignis fehlt eine eigene Kennung, oder es wurde schon angenommen.', en: 'The event lacks an id of its own or was accepted before.' });
    }
    // Every event comes from a person in a role; without one the role check could be skipped.
    if (!update.actor) reject('actor-required', { de: 'Ereignisse brauchen eine handelnde Person mit Rolle.', en: 'Events need an actor with a role.' });
    const event = { type: update.type, data: update.data ?? {}, at: now() };
    const checked = checkEvent(definition, snapshot, event, update.actor);
    if (!checked.ok) reject(checked.error.code, checked.error.message);
    const form = definition.events[update.type]?.form;
    if (form) {
      const result = validateForm(definition, form, event.data);
      if (!result.ok) reject('invalid-form-data', { de: 'Die Formulardaten sind ungültig.', en: 'The form data is invalid.' }, result.errors);
    } else if (Object.keys(event.data).length > 0) {
      reject('unexpected-data', { de: `„${update.type}“ trägt keine Formulardaten.`, en: `"${update.type}" carries no form data.` });
    }
    // Four eyes: the same person cannot fire an event with a quorum twice.
    const approval = approveEvent(definition, approvals, update.type, update.actor, event.at);
    if (!approval.ok) reject(approval.error.code, approval.error.message);
  };

  /** Joining is open in a joinable citizen role while the case accepts an event of that role. */
  const validateJoin = ({ caseId: target, party }: JoinCaseInput) => {
    if (target !== caseId) reject('event-misdirected', { de: 'Die Anfrage ist für einen anderen Fall bestimmt.', en: 'The request is meant for another case.' });
    const role = Object.hasOwn(definition.roles, party?.role ?? '') ? definition.roles[party.role] : undefined;
    if (!party?.id || role?.kind !== 'citizen' || !role.joinable) {
      reject('role-not-joinable', { de: 'In dieser Rolle kann man dem Vorgang nicht beitreten.', en: 'This case cannot be joined in that role.' });
    }
    const open = snapshot.status === 'active' && acceptedEvents(definition, snapshot).some((type) => definition.events[type]?.by.includes(party.role));
    if (!open) reject('case-not-open', { de: 'Der Vorgang nimmt derzeit keine Beteiligten in dieser Rolle auf (z. B. Angebotsfrist abgelaufen).', en: 'The case does not take parties in this role now (e.g. the bidding period is over).' });
  };

  setHandler(view, currentView);
  setHandler(joinCase, ({ party }) => {
    if (!parties.some((p) => p.id === party.id && p.role === party.role)) {
      parties.push({ id: party.id, role: party.role });
      work.push({ kind: 'join', record: { caseId, at: now(), party: { id: party.id, role: party.role } } });
    }
    return currentView();
  }, { validator: validateJoin });
  setHandler(caseData, () => snapshot.context.data as Record<string, Record<string, unknown>>);
  setHandler(previewEvent, (input) => previewStep(definition, machine, snapshot, input, deadlines()));
  setHandler(sendEvent, (update) => {
    // Histories from before event ids carry none; only the validator insists on one.
    if (update.eventId) eventIds.add(update.eventId);
    const at = now();
    const approval = update.actor ? approveEvent(definition, approvals, update.type, update.actor, at) : undefined;
    if (approval?.ok && !approval.complete) {
      // Not enough persons yet: recorded (view and audit trail), the state stays.
      approvals = [...approvals.filter((a) => a.type !== update.type), approval.pending];
      work.push({ kind: 'approval', record: { caseId, seq, event: update.type, at, actor: update.actor!.id, approvals: approval.pending.by.length, quorum: approval.quorum } });
      return ack();
    }
    seq += 1;
    const approvedBy = approval?.ok && approval.complete && approval.approvedBy.length > 1 ? approval.approvedBy : undefined;
    const event: CaseEvent = { type: update.type, data: update.data ?? {}, at, ...(update.actor ? { actor: update.actor } : {}), ...(approvedBy ? { approvedBy } : {}) };
    apply(transitionCase(machine, snapshot, event), event, update.dataSha256);
    return ack();
  }, { validator: validate });
  acceptMessages({ caseId, definition, parties, work, messageIds, isOpen: () => snapshot.status === 'active', now });
  /** § 42a (2) VwVfG: the authority extends a running deadline once, with a reason; the durable timer moves. */
  const extension = (update: ExtendDeadlineInput) => checkExtension(update, {
    deadline: timers.get(update.deadlineId)?.deadline, staffAuthorities, authority: definition.authority, calendar: calendar ?? 'exact', now: Date.now(),
  });
  setHandler(extendDeadline, (update) => {
    eventIds.add(update.requestId);
    const checked = extension(update);
    if (!checked.ok) return currentView();
    const previous = timers.get(update.deadlineId)!;
    previous.scope.cancel();
    const at = now();
    startTimer({ ...previous.deadline, dueAt: checked.dueAt, extended: { previousDueAt: previous.deadline.dueAt, reason: update.reason, by: update.actor.id, at } });
    work.push({ kind: 'extension', record: {
      caseId, seq, deadlineId: update.deadlineId, previousDueAt: previous.deadline.dueAt, dueAt: checked.dueAt, reason: update.reason, actor: update.actor.id, at, deadlines: deadlines(),
    } });
    index();
    return currentView();
  }, {
    validator: (update) => {
      if (update.caseId !== caseId) reject('event-misdirected', { de: 'Die Anfrage ist für einen anderen Fall bestimmt.', en: 'The request is meant for another case.' });
      if (typeof update.requestId !== 'string' || !update.requestId || eventIds.has(update.requestId)) {
        reject('event-replayed', { de: 'Der Anfrage fehlt eine eigene Kennung, oder sie wurde schon angenommen.', en: 'The request lacks an id of its own or was accepted before.' });
      }
      if (snapshot.status !== 'active') reject('case-closed', { de: 'Der Vorgang ist abgeschlossen.', en: 'The case is closed.' });
      const checked = extension(update);
      if (!checked.ok) reject(checked.code, checked.message);
    },
  });

  for (;;) {
    await condition(() => work.length > 0 || snapshot.status !== 'active' || workflowInfo().continueAsNewSuggested);
    while (work.length > 0) {
      const next = work[0]!;
      // A transition that owes staff a notice mails their functional mailbox: that stays an activity
      // (retried on another worker, never holding the workflow task while SMTP is slow).
      if (next.kind === 'transition') await (recordsLocally && !next.record.staffNotice ? localRecords.recordTransition : recordTransition)({ ...next.record, parties });
      else if (next.kind === 'approval') await recordApproval(next.record);
      else if (next.kind === 'message') await deliverMessage(next.delivery);
      else if (next.kind === 'join') await recordJoin(next.record);
      else if (next.kind === 'extension') await recordExtension(next.record);
      else {
        const quiet = isQuietEffect(next.effect, parties, Object.keys(definition.roles), staffAuthorities) && !next.record?.staffNotice;
        const run = recordsLocally && quiet ? localRecords.runEffect : runEffect;
        try {
          await run({
            key: next.key, caseId, procedure: definition.id, version: definition.version, authority: definition.authority,
            title: definition.title, seq: next.seq, index: next.index, effect: next.effect, trigger: next.trigger, parties,
            roles: Object.keys(definition.roles), staffAuthorities, caseData: next.caseData, categories: next.categories ?? categoriesOf(next),
            ...templateOf(next.effect), ...(next.dataRefs ? { dataRefs: next.dataRefs } : {}),
            ...(next.record ? { record: { ...next.record, parties } } : {}),
          });
        } catch (err) {
          // A definition mistake (a seal without a rendered document): recorded, not retried forever.
          if (!(err instanceof ActivityFailure && err.cause instanceof ApplicationFailure && err.cause.nonRetryable)) throw err;
          failures.push({ key: next.key, type: next.effect.type, message: err.cause.message });
        }
      }
      work.shift();
    }
    if (snapshot.status !== 'active') {
      await condition(allHandlersFinished);
      if (work.length > 0) continue;
      // An activity, not the server: Temporal retries it until PostgreSQL has the closed case, and
      // the workflow (and so its retention clock) does not complete before.
      if (patched(CLOSED_CASE_KEPT)) {
        await (recordsLocally ? localRecords.recordClosedCase : recordClosedCase)({
          caseId, procedure: definition.id, version: definition.version, authority: definition.authority, title: definition.title.de,
          closedAt: history.at(-1)?.at ?? now(), view: currentView(), data: snapshot.context.data as Record<string, unknown>, formRefs,
          ...(definition.retention ? { retention: definition.retention } : {}), ...(definition.legalBasis ? { legalBasis: definition.legalBasis } : {}),
        });
      }
      if (work.length === 0) return currentView();
    } else if (workflowInfo().continueAsNewSuggested) {
      await condition(allHandlersFinished);
      if (work.length > 0) continue;
      await continueAsNew<typeof caseWorkflow>({
        caseId, definition, ...(calendar ? { calendar } : {}),
        carried: { persisted: persistCase(machine, snapshot), seq, history, work, parties, failures, approvals, timers: deadlines(), eventIds: [...eventIds], messageIds: [...messageIds], formRefs },
      });
    }
  }
}
