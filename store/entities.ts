import type { OptionalProps } from '@mikro-orm/postgresql';
import { EntitySchema } from '@mikro-orm/postgresql';

/**
 * One carried-out effect of a case. The primary key is the idempotency key
 * (case id, event sequence, effect index), so a retried activity records nothing twice.
 */
export interface EffectRecord {
  [OptionalProps]?: 'createdAt';
  key: string;
  caseId: string;
  eventSeq: number;
  effectIndex: number;
  type: string;
  params: Record<string, unknown>;
  createdAt: Date;
}

export const EffectRecordSchema = new EntitySchema<EffectRecord>({
  name: 'EffectRecord',
  tableName: 'effect_record',
  properties: {
    key: { type: 'string', primary: true },
    caseId: { type: 'string', index: true },
    eventSeq: { type: 'integer' },
    effectIndex: { type: 'integer' },
    type: { type: 'string' },
    params: { type: 'json' },
    createdAt: { type: 'Date', defaultRaw: 'now()' },
  },
});

/** A party of a case: who acted in a role (citizen or company representative, or officer). */
export interface Party {
  id: string;
  role: string;
  name?: string;
}

/** The Postgres projection of a case, for lists and access control; Temporal stays the truth. */
export interface CaseRecord {
  id: string;
  procedure: string;
  version: number;
  authority: string;
  state: string;
  status: string;
  parties: Party[];
  deadlines: { id: string; dueAt: string }[];
  seq: number;
  /** Authorities whose staff can act in the current state (kept by projectCase; not read through the ORM). */
  waitingFor?: string[];
  createdAt: Date;
  updatedAt: Date;
}

export const CaseRecordSchema = new EntitySchema<CaseRecord>({
  name: 'CaseRecord',
  tableName: 'case_record',
  properties: {
    id: { type: 'string', primary: true },
    procedure: { type: 'string' },
    version: { type: 'integer' },
    authority: { type: 'string' },
    state: { type: 'string' },
    status: { type: 'string' },
    parties: { type: 'json' },
    deadlines: { type: 'json' },
    seq: { type: 'integer' },
    waitingFor: { type: 'json', persist: false, nullable: true },
    createdAt: { type: 'Date' },
    updatedAt: { type: 'Date' },
  },
});

/**
 * What is known of a document filed sealed (a bid, § 54 VgV) without opening it. Until
 * `openedAt` the document's content is the sealed envelope, and its title, file name and media
 * type are neutral; `sha256` is always that of the content received.
 */
export interface DocumentSeal {
  /** The sealed filing's name (the form), which the opening effect names. */
  document: string;
  /** Who submitted it: after the opening only they, besides staff, may read it. */
  submitter: string | null;
  /** UTC ISO 8601 time of receipt. */
  receivedAt: string;
  /** Id of the installation's sealing key that sealed it. */
  keyId: string;
  /** SHA-256 (hex) of the envelope as filed, to check it is intact while unopened. */
  envelopeSha256: string;
  /** UTC ISO 8601 time of the opening. */
  openedAt?: string;
}

/** A document of a case's e-file (Akte). */
export interface DocumentRecord {
  id: string;
  caseId: string;
  effectKey: string;
  kind: string;
  title: string;
  fileName: string;
  mediaType: string;
  sha256: string;
  size: number;
  content: Buffer;
  signatures: { format: string; signer: string; signedAt: string; content?: string }[];
  /** Set for a document filed sealed; see DocumentSeal. */
  seal: DocumentSeal | null;
  /** Data categories the document holds (what reading it reveals); null for documents filed before they were recorded. */
  categories: string[] | null;
  createdAt: Date;
}

export const DocumentRecordSchema = new EntitySchema<DocumentRecord>({
  name: 'DocumentRecord',
  tableName: 'document',
  properties: {
    id: { type: 'uuid', primary: true },
    caseId: { type: 'string' },
    effectKey: { type: 'string', unique: true },
    kind: { type: 'string' },
    title: { type: 'string' },
    fileName: { type: 'string' },
    mediaType: { type: 'string' },
    sha256: { type: 'string' },
    size: { type: 'integer' },
    content: { type: 'blob' },
    signatures: { type: 'json' },
    seal: { type: 'json', nullable: true },
    categories: { type: 'json', nullable: true },
    createdAt: { type: 'Date' },
  },
});

/** One link of a case's hash-chained audit trail (append-only: a trigger refuses UPDATE and DELETE). */
export interface AuditRecord {
  caseId: string;
  seq: number;
  idemKey: string;
  prevHash: string | null;
  hash: string;
  at: string;
  actor: string;
  action: string;
  details: unknown;
}

export const AuditRecordSchema = new EntitySchema<AuditRecord>({
  name: 'AuditRecord',
  tableName: 'audit_entry',
  properties: {
    caseId: { type: 'string', primary: true },
    seq: { type: 'integer', primary: true },
    idemKey: { type: 'string', unique: true },
    prevHash: { type: 'string', nullable: true },
    hash: { type: 'string' },
    at: { type: 'string' },
    actor: { type: 'string' },
    action: { type: 'string' },
    details: { type: 'json' },
  },
});

/** A message in a citizen's portal inbox. */
export interface InboxRecord {
  id: string;
  recipient: string;
  caseId: string;
  effectKey: string;
  template: string;
  subject: string;
  body: string;
  documentId: string | null;
  createdAt: Date;
}

export const InboxRecordSchema = new EntitySchema<InboxRecord>({
  name: 'InboxRecord',
  tableName: 'inbox_message',
  properties: {
    id: { type: 'uuid', primary: true },
    recipient: { type: 'string', index: true },
    caseId: { type: 'string' },
    effectKey: { type: 'string', unique: true },
    template: { type: 'string' },
    subject: { type: 'string' },
    body: { type: 'text' },
    documentId: { type: 'uuid', nullable: true },
    createdAt: { type: 'Date' },
  },
});

/** An e-mail to send once (outbox): `sent` once the SMTP server accepted it; sent by one attempt at a time (lease). */
export interface MailRecord {
  effectKey: string;
  recipient: string;
  address: string;
  subject: string;
  messageId: string;
  /** `sending` while an attempt holds the lease, `pending` when one gave it back after a failure. */
  status: 'pending' | 'sending' | 'sent';
  createdAt: Date;
  sentAt: Date | null;
  /** The attempt holding the lease while it sends (null: none). */
  holder: string | null;
  /** Until when the holder's lease runs unless renewed; a later claim takes over an expired one. */
  leaseUntil: Date | null;
}

export const MailRecordSchema = new EntitySchema<MailRecord>({
  name: 'MailRecord',
  tableName: 'mail_outbox',
  properties: {
    effectKey: { type: 'string', primary: true },
    recipient: { type: 'string' },
    address: { type: 'string' },
    subject: { type: 'string' },
    messageId: { type: 'string' },
    status: { type: 'string' },
    createdAt: { type: 'Date' },
    sentAt: { type: 'Date', nullable: true },
    holder: { type: 'string', nullable: true },
    leaseUntil: { type: 'Date', nullable: true },
  },
});

/** A letter to print and post: only when the citizen chose postal delivery explicitly. */
export interface PrintJobRecord {
  effectKey: string;
  recipient: string;
  caseId: string;
  documentId: string | null;
  template: string;
  createdAt: Date;
}

export const PrintJobRecordSchema = new EntitySchema<PrintJobRecord>({
  name: 'PrintJobRecord',
  tableName: 'print_job',
  properties: {
    effectKey: { type: 'string', primary: true },
    recipient: { type: 'string' },
    caseId: { type: 'string' },
    documentId: { type: 'uuid', nullable: true },
    template: { type: 'string' },
    createdAt: { type: 'Date' },
  },
});

/** A request for the citizen's consent to read data categories of a case. */
export interface ConsentRecord {
  id: string;
  caseId: string;
  effectKey: string | null;
  subject: string;
  authority: string;
  categories: string[];
  /** The purpose as shown to the citizen (German), declared by the procedure or installation. */
  purpose: string;
  /** The officer's short plain-text note; null when there is none. */
  note: string | null;
  /** The officer who asked; null for requests of the procedure itself (a requestConsent effect). */
  officer: string | null;
  duration: string;
  status: 'open' | 'granted' | 'refused' | 'revoked';
  createdAt: Date;
  decidedAt: Date | null;
  expiresAt: Date | null;
}

export const ConsentRecordSchema = new EntitySchema<ConsentRecord>({
  name: 'ConsentRecord',
  tableName: 'consent_request',
  properties: {
    id: { type: 'uuid', primary: true },
    caseId: { type: 'string', index: true },
    effectKey: { type: 'string', unique: true, nullable: true },
    subject: { type: 'string', index: true },
    authority: { type: 'string' },
    categories: { type: 'json' },
    purpose: { type: 'text' },
    note: { type: 'text', nullable: true },
    officer: { type: 'string', nullable: true },
    duration: { type: 'string' },
    status: { type: 'string' },
    createdAt: { type: 'Date' },
    decidedAt: { type: 'Date', nullable: true },
    expiresAt: { type: 'Date', nullable: true },
  },
});

/** How a citizen wants to be reached. Postal only when chosen explicitly. */
export interface PreferenceRecord {
  subject: string;
  email: string | null;
  channels: ('portal' | 'email' | 'postal')[];
  language: 'de' | 'en';
  notifyOnAccess: boolean;
  postalAddress: Record<string, string> | null;
}

export const PreferenceRecordSchema = new EntitySchema<PreferenceRecord>({
  name: 'PreferenceRecord',
  tableName: 'citizen_preference',
  properties: {
    subject: { type: 'string', primary: true },
    email: { type: 'string', nullable: true },
    channels: { type: 'json' },
    language: { type: 'string' },
    notifyOnAccess: { type: 'boolean' },
    postalAddress: { type: 'json', nullable: true },
  },
});


/** One read of a citizen's data by staff, as the citizen sees it. Append-only, hash-chained per citizen. */
export interface AccessLogRecord {
  id: string;
  subject: string;
  seq: number;
  at: Date;
  authority: string;
  officer: string;
  purpose: string;
  categories: string[];
  caseId: string;
  prevHash: string | null;
  hash: string;
}

export const AccessLogRecordSchema = new EntitySchema<AccessLogRecord>({
  name: 'AccessLogRecord',
  tableName: 'access_log',
  properties: {
    id: { type: 'uuid', primary: true },
    subject: { type: 'string' },
    seq: { type: 'integer' },
    at: { type: 'Date' },
    authority: { type: 'string' },
    officer: { type: 'string' },
    purpose: { type: 'text' },
    categories: { type: 'json' },
    caseId: { type: 'string' },
    prevHash: { type: 'string', nullable: true },
    hash: { type: 'string' },
  },
});

/** A version of a procedure definition: a draft, awaiting approval (`pending`), or published (immutable). */
export interface DefinitionVersionRecord {
  id: string;
  version: number;
  status: 'draft' | 'pending' | 'published';
  content: Record<string, unknown>;
  author: string;
  createdAt: Date;
  publishedAt: Date | null;
  /** The designer who asked to publish this version. */
  publishRequestedBy: string | null;
  /** Designers other than the requester and the author who approved it (four eyes). */
  approvals: string[];
  publishedBy: string | null;
  /** Counts the saves of a draft (1 when created): its ETag, so a save over another's edit is refused. */
  revision: number;
}

export const DefinitionVersionRecordSchema = new EntitySchema<DefinitionVersionRecord>({
  name: 'DefinitionVersionRecord',
  tableName: 'definition_version',
  properties: {
    id: { type: 'string', primary: true },
    version: { type: 'integer', primary: true },
    status: { type: 'string' },
    content: { type: 'json' },
    author: { type: 'string' },
    createdAt: { type: 'Date' },
    publishedAt: { type: 'Date', nullable: true },
    publishRequestedBy: { type: 'string', nullable: true },
    approvals: { type: 'json' },
    publishedBy: { type: 'string', nullable: true },
    revision: { type: 'integer', default: 1 },
  },
});

/** The first answer to a POST with an Idempotency-Key, replayed for the same key and body. */
export interface IdempotencyRecord {
  key: string;
  principal: string;
  route: string;
  bodyHash: string;
  status: number;
  response: unknown;
  createdAt: Date;
  /** While status is 0: until when the claim holds unless its server renews it (null: rows from before leases). */
  leaseUntil?: Date | null;
}

export const IdempotencyRecordSchema = new EntitySchema<IdempotencyRecord>({
  name: 'IdempotencyRecord',
  tableName: 'idempotency_record',
  properties: {
    key: { type: 'string', primary: true },
    principal: { type: 'string', primary: true },
    route: { type: 'string', primary: true },
    bodyHash: { type: 'string' },
    status: { type: 'integer' },
    response: { type: 'json' },
    createdAt: { type: 'Date' },
    leaseUntil: { type: 'Date', nullable: true },
  },
});

/** Every entity of the store, for MikroORM's discovery. */
export const entities = [
  EffectRecordSchema, CaseRecordSchema, DocumentRecordSchema, AuditRecordSchema, InboxRecordSchema,
  MailRecordSchema, PrintJobRecordSchema, ConsentRecordSchema, PreferenceRecordSchema,
  AccessLogRecordSchema, DefinitionVersionRecordSchema, IdempotencyRecordSchema,
];
