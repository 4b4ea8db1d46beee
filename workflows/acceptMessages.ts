import { ApplicationFailure, proxyActivities, setHandler } from '@temporalio/workflow';
import type { ProcedureConfig } from '../engine/index.js';
import type { CaseActivities } from '../workers/index.js';
import { EVENT_REJECTED, postMessage } from './contract.js';
import type { Party, PostMessageInput, QueuedWork } from './contract.js';

const { recordMessage } = proxyActivities<CaseActivities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

const SHA256 = /^[0-9a-f]{64}$/;
/** More files than the server lets through: a payload with more was not made by it. */
const MAX_ATTACHMENTS = 5;

/** What the message handler needs of the running case. */
export interface MessageContext {
  caseId: string;
  definition: ProcedureConfig;
  /** The case's parties (live: a citizen who joined later may write too). */
  parties: Party[];
  /** The case's work queue: notices of a message are carried out in order with the rest. */
  work: QueuedWork[];
  /** Ids of accepted messages (carried across continue-as-new). */
  messageIds: Set<string>;
  /** Whether the case still accepts messages (not in a final state). */
  isOpen(): boolean;
  now(): string;
}

function reject(code: string, message: { de: string; en: string }): never {
  throw ApplicationFailure.create({ type: EVENT_REJECTED, message: message.en, details: [{ code, message }], nonRetryable: true });
}

/**
 * Accepts messages (Update `postMessage`) in every state until the case is closed. An accepted
 * message is in the case's history, so a crash loses nothing: the handler records it with its
 * receipt (an idempotent activity) before it answers, then queues its notices. Refusals leave
 * no trace, as for events.
 */
export function acceptMessages(ctx: MessageContext): void {
  const { caseId, definition } = ctx;
  const validate = (m: PostMessageInput) => {
    if (m.caseId !== caseId) reject('message-misdirected', { de: 'Die Nachricht ist für einen anderen Fall bestimmt.', en: 'The message is meant for another case.' });
    if (typeof m.messageId !== 'string' || !m.messageId || ctx.messageIds.has(m.messageId)) {
      reject('message-replayed', { de: 'Der Nachricht fehlt eine eigene Kennung, oder sie wurde schon angenommen.', en: 'The message lacks an id of its own or was accepted before.' });
    }
    const role = m.actor && Object.hasOwn(definition.roles, m.actor.role) ? definition.roles[m.actor.role] : undefined;
    if (!role) reject('actor-required', { de: 'Nachrichten brauchen eine Person mit einer Rolle im Verfahren.', en: 'Messages need a person with a role in the procedure.' });
    if (role.kind === 'citizen' && !ctx.parties.some((p) => p.id === m.actor.id && p.role === m.actor.role)) {
      reject('not-a-party', { de: 'Nur Beteiligte des Vorgangs können ihm schreiben.', en: 'Only parties of the case can write to it.' });
    }
    if (!ctx.isOpen()) reject('case-closed', { de: 'Der Vorgang ist abgeschlossen und nimmt keine Nachrichten mehr an.', en: 'The case is closed and accepts no further messages.' });
    if (!SHA256.test(m.textSha256) || !Array.isArray(m.attachments) || m.attachments.length > MAX_ATTACHMENTS || m.attachments.some((a) => !SHA256.test(a.sha256))) {
      reject('invalid-message', { de: 'Die Nachricht ist ungültig.', en: 'The message is invalid.' });
    }
  };

  setHandler(postMessage, async (m) => {
    ctx.messageIds.add(m.messageId);
    const from = definition.roles[m.actor.role]?.kind === 'citizen' ? 'citizen' : 'authority';
    const sentAt = ctx.now();
    const sent = await recordMessage({
      caseId, procedure: definition.id, version: definition.version, authority: definition.authority, messageId: m.messageId, from,
      actor: m.actor, ...(m.authorName ? { authorName: m.authorName } : {}), textSha256: m.textSha256, attachments: m.attachments, sentAt,
    });
    // A citizen writes to the authority; the authority's answer goes to every citizen party.
    const recipients = from === 'citizen' ? [`authority:${definition.authority}`]
      : [...new Set(ctx.parties.filter((p) => definition.roles[p.role]?.kind === 'citizen').map((p) => p.id))];
    ctx.work.push({ kind: 'message', delivery: { caseId, messageId: m.messageId, from, authority: definition.authority, title: definition.title, sentAt, recipients } });
    return sent;
  }, { validator: validate });
}
