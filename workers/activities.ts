import { Context } from '@temporalio/activity';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Party } from '../store/index.js';
import { auditLink, isMisconfigured, recordEffectFailure, runEffectHandler } from './effects/index.js';
import type { EffectDeps, RunEffectInput } from './effects/index.js';
import { deliverMessage, recordMessage } from './messages/index.js';
import { effectCommit } from './effectCommit.js';
import type { EffectCommit, TransitionWrite } from './effectCommit.js';
import { resolveFormFiles } from './resolveFormFiles.js';
import { recordClosedCase } from './closedCases/recordClosedCase.js';
import { announceTransition } from './staffNotices.js';
import type { ClosedCaseInput } from './closedCases/recordClosedCase.js';
import type { CarriedEffectInput } from './resolveFormFiles.js';
import type { MessageDelivery, RecordMessageInput } from './messages/index.js';

/** What `recordTransition` gets after each step of a case. */
export interface TransitionRecord {
  caseId: string;
  procedure: string;
  version: number;
  authority: string;
  seq: number;
  event: string;
  at: string;
  actor?: string;
  /** For an event with a quorum: every person who fired it (`actor` is the last). */
  actors?: string[];
  from: unknown;
  to: unknown;
  state: string;
  status: string;
  parties: Party[];
  deadlines: { id: string; dueAt: string }[];
  /** Authorities whose staff can act in the new state; absent in records of older workflow code. */
  waitingFor?: string[];
  /** What the transition tells the authority's staff (see workflows/staffNotice.ts); absent in records of older code. */
  staffNotice?: { kind: 'newCase' | 'citizenAnswered'; title: { de: string; en: string }; event?: { de: string; en: string } };
}

/** One person's firing of an event whose quorum is not yet reached (four-eyes principle). */
export interface ApprovalRecord {
  caseId: string;
  /** Sequence number of the case's last transition: approvals count only within one state. */
  seq: number;
  event: string;
  at: string;
  actor: string;
  /** How many persons have fired it so far, and how many must. */
  approvals: number;
  quorum: number;
}

/** A deadline moved by an extension: the projection's deadlines and the audit entry `deadline.extended`. */
export interface ExtensionRecord {
  caseId: string;
  /** Sequence number of the case's last transition: the projection of that one gets the new deadlines. */
  seq: number;
  deadlineId: string;
  previousDueAt: string;
  dueAt: string;
  reason: string;
  actor: string;
  at: string;
  deadlines: { id: string; dueAt: string }[];
}

/** A person who joined an open case in a joinable role (a bidder of a tender). */
export interface JoinRecord {
  caseId: string;
  at: string;
  party: Party;
}

/** What the activities need from the outside world. */
export interface ActivityDeps extends EffectDeps {
  /**
   * Test knob: how long an effect dawdles after it has done its work (heartbeating
   * meanwhile), and for which effect types (all when empty). Lets the crash tests kill a
   * worker while an effect is in flight, after its side effect happened.
   */
  effectDelay?: { ms: number; types: string[] };
}

/** The projection and audit link of a transition (written alone, or along with its first effect). */
function transitionWrite(t: TransitionRecord): TransitionWrite {
  return {
    projection: {
      id: t.caseId, procedure: t.procedure, version: t.version, authority: t.authority, state: t.state, status: t.status, parties: t.parties, deadlines: t.deadlines, seq: t.seq,
      ...(t.waitingFor ? { waitingFor: t.waitingFor } : {}),
    },
    idemKey: `${t.caseId}:transition:${t.seq}`,
    link: auditLink({
      caseId: t.caseId, at: t.at, actor: t.actor ?? 'system', action: 'case.transition',
      details: { seq: t.seq, event: t.event, from: (t.from ?? null) as never, to: t.to as never, ...(t.actors ? { actors: t.actors } : {}) },
    }),
  };
}

/** The activities of a case worker, bound to their dependencies. */
export function createActivities(deps: ActivityDeps) {
  /** Projects the case into PostgreSQL and appends the transition to its audit trail. */
  const recordTransition = async (t: TransitionRecord): Promise<void> => {
    const write = transitionWrite(t);
    await deps.store.projectAndAudit(write.projection, write.idemKey, write.link);
    await announceTransition(deps, t);
  };

  /** Appends a pending approval to the case's audit trail: who confirmed what, and how many still must. */
  const recordApproval = async (a: ApprovalRecord): Promise<void> => {
    await deps.store.appendAudit(a.caseId, `${a.caseId}:approval:${a.seq}:${a.event}:${a.actor}`, auditLink({
      caseId: a.caseId, at: a.at, actor: a.actor, action: 'event.approved', details: { event: a.event, approvals: a.approvals, quorum: a.quorum },
    }));
  };

  /** Adds a joined party to the case's projection (access control) and its audit trail. */
  const recordJoin = async (j: JoinRecord): Promise<void> => {
    await deps.store.addParty(j.caseId, j.party);
    await deps.store.appendAudit(j.caseId, `${j.caseId}:join:${j.party.role}:${j.party.id}`, auditLink({
      caseId: j.caseId, at: j.at, actor: j.party.id, action: 'case.joined', details: { role: j.party.role },
    }));
  };

  /** Moves the deadlines of the case's projection and appends the extension to its audit trail. */
  const recordExtension = async (e: ExtensionRecord): Promise<void> => {
    await deps.store.moveDeadlines(e.caseId, e.seq, e.deadlines);
    await deps.store.appendAudit(e.caseId, `${e.caseId}:deadline-extended:${e.deadlineId}:${e.previousDueAt}`, auditLink({
      caseId: e.caseId, at: e.at, actor: e.actor, action: 'deadline.extended',
      details: { deadline: e.deadlineId, from: e.previousDueAt, until: e.dueAt, reason: e.reason },
    }));
  };

  return {
    /**
     * Carries out one effect. Every handler is idempotent on the effect's key (case id, event
     * sequence, effect index), and the effect log gets one row per key. An effect that cannot
     * work (misconfigured) is logged as an error and recorded in the case's audit trail before
     * the workflow adds it to the case's `failures`. Form data and files given by hash are read
     * from PostgreSQL first (resolveFormFiles), so activity inputs carry hashes, not data.
     */
    async runEffect(carried: CarriedEffectInput): Promise<{ recorded: boolean; result: unknown }> {
      // Sealing with an HSM or a slow mail server can take a while: heartbeat meanwhile, so only
      // a dead worker (no heartbeats) makes Temporal retry elsewhere. Local activities (quiet
      // effects, workflows/localRecords.ts) have no heartbeats: their workflow task's timeout does that.
      const ctx = Context.current();
      const local = ctx.info.isLocal;
      const beat = local ? undefined : setInterval(() => ctx.heartbeat(), 2000);
      let result: unknown;
      let input: RunEffectInput = carried;
      let commit: EffectCommit | undefined;
      try {
        // Form data and files come by hash (the server stored them): the handlers see them inline.
        input = await resolveFormFiles(carried, deps.store);
        // The transition's record and the effect's log row go with the handler's audit append (effectCommit).
        commit = effectCommit(deps.store, input, input.record ? transitionWrite(input.record) : undefined);
        result = await runEffectHandler(input, { ...deps, store: commit.store });
        // The transition this effect carried may owe staff a notice (a new case, the citizen's answer).
        if (input.record) await announceTransition(deps, input.record);
      } catch (err) {
        // The case list shows the new state even while an effect fails (and is retried).
        await commit?.flushTransition();
        if (isMisconfigured(err)) {
          ctx.log.error('effect failed for good', { caseId: input.caseId, key: input.key, effect: input.effect.type, message: err.message });
          await recordEffectFailure(input, deps, err.message);
          if (input.record) await announceTransition(deps, input.record);
        }
        throw err;
      } finally {
        clearInterval(beat);
      }
      const recorded = await commit.finish();
      const delay = deps.effectDelay;
      if (delay && (delay.types.length === 0 || delay.types.includes(input.effect.type))) {
        for (let waited = 0; waited < delay.ms; waited += 500) {
          if (!local) ctx.heartbeat();
          await sleep(500, undefined, { signal: ctx.cancellationSignal });
        }
      }
      return { recorded, result };
    },

    /** The record of a transition that has no effects to carry it. */
    recordTransition,
    recordApproval,
    /** Records a message the case accepted: its receipt, the message and its audit entry (see recordMessage). */
    recordMessage: (input: RecordMessageInput) => recordMessage(input, deps),
    /** Puts a message's notices in the recipients' inboxes and mails (see deliverMessage). */
    deliverMessage: (delivery: MessageDelivery) => deliverMessage(delivery, deps),
    recordJoin,
    recordExtension,
    /** Keeps the closed case in PostgreSQL before its workflow completes (see recordClosedCase). */
    recordClosedCase: (input: ClosedCaseInput) => recordClosedCase(input, deps.store),
  };
}

/** Activity interface as workflows see it (`proxyActivities<CaseActivities>`). */
export type CaseActivities = ReturnType<typeof createActivities>;
