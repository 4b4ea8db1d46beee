import type { Actor, LocalizedText } from '../../engine/index.js';
import type { MessageAttachment } from '../../store/index.js';

/** Who wrote a message: a citizen party of the case, or staff of its authority. */
export type MessageSender = 'citizen' | 'authority';

/**
 * What `recordMessage` gets once the case's workflow accepted a message: ids and hashes of
 * content the server stored beforehand (content-addressed), never the content itself.
 */
export interface RecordMessageInput {
  caseId: string;
  procedure: string;
  version: number;
  authority: string;
  messageId: string;
  from: MessageSender;
  actor: Actor;
  authorName?: string;
  textSha256: string;
  attachments: MessageAttachment[];
  /** UTC ISO 8601 time the workflow accepted the message: the time the receipt confirms. */
  sentAt: string;
}

/** A recorded message as the workflow's Update answers it (without its text, which stays in PostgreSQL). */
export interface SentMessage {
  id: string;
  caseId: string;
  from: MessageSender;
  authorName?: string;
  attachments: MessageAttachment[];
  sentAt: string;
  receipt: { status: 'pending' | 'issued'; documentId?: string };
}

/** The notices of one message: to the authority's inbox, or to every citizen party. */
export interface MessageDelivery {
  caseId: string;
  messageId: string;
  from: MessageSender;
  authority: string;
  title: LocalizedText;
  sentAt: string;
  /** Subjects of citizens, or `authority:<id>` for an authority's inbox. */
  recipients: string[];
}
