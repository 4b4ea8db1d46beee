import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Actor, Effect, EffectTemplate, FristCalendar, PendingApproval, ProcedureConfig } from '../engine/index.js';
import type { ApprovalRecord, EffectDataRefs, ExtensionRecord, JoinRecord, MessageDelivery, RunEffectInput, SentMessage, TransitionRecord, Trigger } from '../workers/index.js';

/** Input of `caseWorkflow`; on continue-as-new it also carries the state of the case so far. */
export interface CaseWorkflowInput {
  caseId: string;
  definition: ProcedureConfig;
  /** Parties from the start, e.g. the citizen who opened the case. */
  parties?: Party[];
  /**
   * The calendar its Fristen are counted in: the authority's state (§ 193 BGB, § 31 (3) VwVfG),
   * given by the server that starts the case, since workflow code reads no configuration.
   * Absent in cases started before Fristen were counted: they keep exact periods for life, so
   * that a replay computes the timers their histories hold.
   */
  calendar?: FristCalendar;
  carried?: CarriedState;
}

/** What a case carries across continue-as-new. */
export interface CarriedState {
  persisted: unknown;
  seq: number;
  timers: PendingDeadline[];
  history: HistoryEntry[];
  work: QueuedWork[];
  parties: Party[];
  failures?: EffectFailure[];
  /** `eventId`s of the accepted events, so a replay is refused after continue-as-new too. */
  eventIds?: string[];
  /** Firings of events with a quorum, not yet enough. */
  approvals?: PendingApproval[];
  /** Ids of the accepted messages, so a message is refused a second time after continue-as-new too. */
  messageIds?: string[];
  /** Per form of the case: the hash of the event data that stored it (see SendEventInput.dataSha256). */
  formRefs?: Record<string, string>;
}

/** An effect that could not be carried out and will not be retried (the definition's mistake). */
export interface EffectFailure {
  key: string;
  type: string;
  message: string;
}

/** A party of the case: who acted in a citizen role. */
export interface Party {
  id: string;
  role: string;
  name?: string;
}

/** A deadline timer that is running. */
export interface PendingDeadline {
  id: string;
  dueAt: string;
  event: { type: string };
  /** Set once the deadline was extended (§ 42a (2) VwVfG: once, with a reason). */
  extended?: DeadlineExtension;
}

/** How a running deadline was extended: its end before, why, by whom and when. */
export interface DeadlineExtension {
  previousDueAt: string;
  reason: string;
  by: string;
  at: string;
}

/**
 * A member of staff of the case's authority extends a running deadline once (§ 42a (2) S. 3
 * VwVfG): to `until` (an instant), or by `by` (an ISO 8601 duration counted from the current
 * end, as a Frist in the case's calendar). Bound to its case and one use, like an event.
 */
export interface ExtendDeadlineInput {
  caseId: string;
  /** Unique per request (a random UUID): the workflow accepts each id once. */
  requestId: string;
  /** The running deadline's id (`deadlines[].id` of the view). */
  deadlineId: string;
  until?: string;
  by?: string;
  reason: string;
  actor: Actor;
}

/** One accepted event in the case's history. */
export interface HistoryEntry {
  seq: number;
  type: string;
  at: string;
  actor?: Actor;
  /** For an event with a quorum: every person who fired it, in order (`actor` is the last). */
  approvedBy?: Actor[];
  from: unknown;
  to: unknown;
}

/** An effect waiting to be carried out, with its idempotency key and what caused it. */
export interface QueuedEffect {
  kind: 'effect';
  key: string;
  seq: number;
  index: number;
  effect: Effect;
  trigger: Trigger;
  caseData: Record<string, Record<string, unknown>>;
  /** The record of the transition, carried by its first effect. */
  record?: Omit<TransitionRecord, 'parties'>;
  /** Form data by hash (then `trigger.data` and `caseData` are empty) and its categories, computed when queued. */
  dataRefs?: EffectDataRefs;
  categories?: RunEffectInput['categories'];
}

/** Work the case's main loop carries out in order: effects, the record of each transition, approvals. */
export type QueuedWork = QueuedEffect | { kind: 'transition'; record: Omit<TransitionRecord, 'parties'> } | { kind: 'approval'; record: ApprovalRecord }
  | { kind: 'message'; delivery: MessageDelivery } | { kind: 'join'; record: JoinRecord } | { kind: 'extension'; record: ExtensionRecord };

/**
 * An event sent to a case by a person. The payload codec authenticates it as a whole (only
 * holders of the installation key create payloads the worker reads); `caseId` and `eventId`
 * bind it to one case and one use, so an encrypted event copied out of a history cannot be
 * replayed onto another case, or onto its own again, with its actor (issue 9, finding 3).
 */
export interface SendEventInput {
  /** The case it is meant for: the workflow refuses it anywhere else. */
  caseId: string;
  /** Unique per event sent (a random UUID): the workflow accepts each id once. */
  eventId: string;
  type: string;
  data?: Record<string, unknown>;
  /** SHA-256 of `data` as JSON, stored by the server (form_file): effects get the data by it. */
  dataSha256?: string;
  actor?: Actor;
}

/**
 * A person joining an open case in a joinable citizen role (a company becoming a bidder of a
 * tender). Bound to its case like an event; the workflow refuses it while the case accepts no
 * event of the role.
 */
export interface JoinCaseInput {
  caseId: string;
  party: { id: string; role: string };
}

/** The case as the query `view` shows it. */
export interface CaseView {
  id: string;
  procedure: string;
  version: number;
  authority: string;
  state: unknown;
  status: 'active' | 'done' | 'error' | 'stopped';
  /** The calendar the case's Fristen are counted in; absent: exact periods (a case from before). */
  calendar?: FristCalendar;
  /** Events the state accepts now, with the roles that may fire them. */
  accepts: { type: string; by: string[] }[];
  deadlines: PendingDeadline[];
  history: HistoryEntry[];
  parties: Party[];
  /** Effects that failed for good; the case went on without them. */
  failures: EffectFailure[];
  /** Events with a quorum that some, not yet enough, persons have fired in this state (ids of those who did). */
  approvals: { type: string; by: string[]; at: string }[];
  /** Effects and transition records not yet carried out. */
  pendingEffects: number;
  seq: number;
}

/** Why an event was refused: details[0] of the failure (ApplicationFailure.type EVENT_REJECTED). */
export interface RejectionDetails {
  code: string;
  message: { de: string; en: string };
  /** For invalid form data: JSON-pointer errors in German and English. */
  errors?: unknown;
}

/** Error type of a rejected event (ApplicationFailure.type); details[0] is RejectionDetails. */
export const EVENT_REJECTED = 'EventRejected';

/**
 * What `sendEvent` answers: where the event left the case, not the whole view (query `view` for
 * that). Each Update's answer is stored in the history, so a full view there made histories grow
 * with history × events (issue 14). Cases of older code answered the view, which has these fields too.
 */
export interface EventAck {
  id: string;
  /** Sequence number of the case's last transition (unchanged when an approval is still short of its quorum). */
  seq: number;
  state: CaseView['state'];
  status: CaseView['status'];
}

/** Sends an event; the validator rejects what the role, the state or the guard does not allow. */
export const sendEvent = defineUpdate<EventAck, [SendEventInput]>('sendEvent');

/** Adds the caller as a party in a joinable role while the case is open for it (rejections: EVENT_REJECTED). */
export const joinCase = defineUpdate<CaseView, [JoinCaseInput]>('joinCase');

/** Extends a running deadline once (rejections: EVENT_REJECTED with the reason). */
export const extendDeadline = defineUpdate<CaseView, [ExtendDeadlineInput]>('extendDeadline');

/** The current view of the case. */
export const view = defineQuery<CaseView>('view');

/** The form data of the case, per form id (personal data: callers log every staff read). */
export const caseData = defineQuery<Record<string, Record<string, unknown>>>('caseData');

/** Asks what firing an event would render, without firing it (the workbench's preview before sealing). */
export interface PreviewEventInput {
  type: string;
  data?: Record<string, unknown>;
  actor: Actor;
  /** The instant the preview is rendered for (documents are dated with it). */
  at: string;
}

/**
 * What firing the event would render: each `renderDocument` effect of its step (exit,
 * transition and entry effects, `always` steps included) with its template, and the case data
 * as the step would leave it. A refusal is data, with the codes of a refused event.
 */
export type PreviewEventAnswer =
  | { ok: true; documents: { document: string; template: EffectTemplate }[]; caseData: Record<string, Record<string, unknown>>; deadline?: string }
  | { ok: false; code: string; message: { de: string; en: string }; errors?: unknown };

/** The documents an event would render now, computed on a copy of the state: nothing changes. */
export const previewEvent = defineQuery<PreviewEventAnswer, [PreviewEventInput]>('previewEvent');

/** A file of a message, by its SHA-256: the server stored its bytes in PostgreSQL beforehand. */
export interface MessageAttachmentRef {
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
}

/**
 * A message to the case from a citizen party or staff (Update `postMessage`). Like an event it
 * is bound to one case and one use (`messageId`); unlike one it changes no state and is accepted
 * in every state until the case is closed. It carries hashes only: text and attachments are
 * stored content-addressed in PostgreSQL before the Update is sent.
 */
export interface PostMessageInput {
  caseId: string;
  /** Unique per message (a random UUID): the workflow accepts each id once. */
  messageId: string;
  actor: Actor;
  authorName?: string;
  /** SHA-256 (hex) of the UTF-8 text. */
  textSha256: string;
  attachments: MessageAttachmentRef[];
}

/** Sends a message; answers once its receipt is issued. Refused (EVENT_REJECTED) on a closed case. */
export const postMessage = defineUpdate<SentMessage, [PostMessageInput]>('postMessage');
