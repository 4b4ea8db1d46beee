import { GENERAL_CATEGORY } from '../../engine/index.js';
import { createReceipt, sha256Hex } from '../../documents/index.js';
import type { ReceivedAttachment } from '../../documents/index.js';
import type { DocumentRecord, Store } from '../../store/index.js';
import { audit } from '../effects/audit.js';
import type { EffectDeps } from '../effects/EffectInput.js';
import { misconfigured } from '../effects/misconfigured.js';
import type { RecordMessageInput, SentMessage } from './MessageInput.js';

/** The key of everything a message causes: its receipt, audit entry and notices (`…:<recipient>`). */
export function messageKey(caseId: string, messageId: string): string {
  return `${caseId}:message:${messageId}`;
}

/** Content the server stored under `sha256`, checked against its hash. */
async function content(store: Store, sha256: string): Promise<Uint8Array> {
  const bytes = await store.getMessageContent(sha256);
  // The server stores content before it asks the workflow: missing or altered content is no
  // passing fault a retry could cure.
  if (!bytes || sha256Hex(new Uint8Array(bytes)) !== sha256) throw misconfigured(`message content ${sha256} is missing or altered`);
  return new Uint8Array(bytes);
}

/**
 * Records a message the case's workflow accepted: issues its receipt (bound to the SHA-256 of
 * the text and of every attachment, sealed by the authority like a submission's receipt), files
 * it in the e-file, records the message and appends it to the audit trail. Idempotent on the
 * message id: a retry after a crash finds the receipt, record and audit entry already there.
 */
export async function recordMessage(input: RecordMessageInput, deps: EffectDeps): Promise<SentMessage> {
  const key = messageKey(input.caseId, input.messageId);
  const { store } = deps;
  const existing = (await store.documentsOf(input.caseId)).find((d) => d.effectKey === key);
  const doc: DocumentRecord = existing ?? await fileReceipt(input, deps, key);
  const message = await store.addMessage({
    id: input.messageId, caseId: input.caseId, sender: input.from, author: input.actor.id, authorRole: input.actor.role,
    authorName: input.authorName ?? null, party: input.from === 'citizen' ? input.actor.id : null, textSha256: input.textSha256,
    attachments: input.attachments, sentAt: new Date(input.sentAt), receiptDocumentId: doc.id,
  });
  // The author is the entry's actor, so a competing party (another bidder) sees neither the entry nor the receipt.
  await audit(store, input.caseId, key, {
    at: input.sentAt, actor: input.actor.id, action: 'message.sent',
    details: { message: input.messageId, from: input.from, text: input.textSha256, attachments: input.attachments.map((a) => a.sha256), receipt: doc.id },
  });
  return {
    id: message.id, caseId: message.caseId, from: message.sender, ...(message.authorName ? { authorName: message.authorName } : {}),
    attachments: message.attachments, sentAt: message.sentAt.toISOString(), receipt: { status: 'issued', documentId: doc.id },
  };
}

async function fileReceipt(input: RecordMessageInput, deps: EffectDeps, key: string): Promise<DocumentRecord> {
  const text = new TextDecoder().decode(await content(deps.store, input.textSha256));
  const attachments: ReceivedAttachment[] = [];
  for (const a of input.attachments) attachments.push({ name: a.name, mediaType: a.mediaType, content: await content(deps.store, a.sha256) });
  const signer = await deps.signerFor(input.authority);
  const file = await createReceipt({
    caseId: input.caseId, procedure: input.procedure, version: input.version, authority: input.authority,
    receivedAt: input.sentAt, data: { text }, attachments,
  }, signer);
  const bytes = new TextEncoder().encode(JSON.stringify(file, null, 2));
  return deps.store.addDocument({
    id: crypto.randomUUID(), caseId: input.caseId, effectKey: key, kind: 'receipt', title: 'Eingangsbestätigung Nachricht',
    fileName: `eingangsbestaetigung-nachricht-${input.messageId}.json`, mediaType: 'application/vnd.amtsweg.receipt+json',
    sha256: sha256Hex(bytes), size: bytes.byteLength, content: Buffer.from(bytes), signatures: [], seal: null,
    // A message may say anything; what the receipt reveals is that it exists, its time and hashes.
    categories: [GENERAL_CATEGORY],
  });
}
