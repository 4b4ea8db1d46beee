import type { MikroORM } from '@mikro-orm/postgresql';

/** A file sent with a message, as recorded: its bytes live in `message_content` under `sha256`. */
export interface MessageAttachment {
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
}

/** One accepted message between citizen and authority on a case (append-only). */
export interface MessageRecord {
  id: string;
  caseId: string;
  /** Who wrote it: a citizen party, or staff of the authority. */
  sender: 'citizen' | 'authority';
  /** The author's subject (login id). */
  author: string;
  authorRole: string;
  authorName: string | null;
  /** For a citizen's message, the citizen party it belongs to; null for the authority's (to every party). */
  party: string | null;
  textSha256: string;
  attachments: MessageAttachment[];
  sentAt: Date;
  receiptDocumentId: string;
}

interface MessageRow {
  id: string;
  case_id: string;
  sender: 'citizen' | 'authority';
  author: string;
  author_role: string;
  author_name: string | null;
  party: string | null;
  text_sha256: string;
  attachments: MessageAttachment[];
  sent_at: Date;
  receipt_document_id: string;
}

const toRecord = (r: MessageRow): MessageRecord => ({
  id: r.id, caseId: r.case_id, sender: r.sender, author: r.author, authorRole: r.author_role, authorName: r.author_name, party: r.party,
  textSha256: r.text_sha256.trim(), attachments: r.attachments, sentAt: new Date(r.sent_at), receiptDocumentId: r.receipt_document_id,
});

/**
 * Messages on cases: their content stored once per SHA-256 (text and attachments), and the
 * record of each accepted message, written once per id (a retried activity adds nothing).
 */
export function messageRepo(orm: MikroORM) {
  const sql = () => orm.em.fork().getConnection();
  return {
    /** Stores contents under their SHA-256 (hex, computed by the caller); a known hash is kept as it is. */
    async putMessageContent(items: { sha256: string; content: Uint8Array }[]): Promise<void> {
      for (const item of items) {
        await sql().execute('insert into message_content (sha256, content, size) values (?, ?, ?) on conflict (sha256) do nothing',
          [item.sha256, Buffer.from(item.content), item.content.byteLength]);
      }
    },
    /** The stored content with this SHA-256, or null. */
    async getMessageContent(sha256: string): Promise<Buffer | null> {
      const rows = await sql().execute<{ content: Buffer }[]>('select content from message_content where sha256 = ?', [sha256]);
      return rows[0]?.content ?? null;
    },
    /** Records a message once per id; returns the stored record (new or earlier). */
    async addMessage(m: MessageRecord): Promise<MessageRecord> {
      await sql().execute(`insert into case_message (id, case_id, sender, author, author_role, author_name, party, text_sha256, attachments, sent_at, receipt_document_id)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing`,
      [m.id, m.caseId, m.sender, m.author, m.authorRole, m.authorName, m.party, m.textSha256, JSON.stringify(m.attachments), m.sentAt, m.receiptDocumentId]);
      const rows = await sql().execute<MessageRow[]>('select * from case_message where id = ?', [m.id]);
      return toRecord(rows[0]!);
    },
    /** The messages of a case, oldest first. */
    async messagesOf(caseId: string): Promise<MessageRecord[]> {
      const rows = await sql().execute<MessageRow[]>('select * from case_message where case_id = ? order by sent_at, created_at, id', [caseId]);
      return rows.map(toRecord);
    },
  };
}

/** The message part of the store. */
export type MessageRepo = ReturnType<typeof messageRepo>;
