import type { JsonSchema } from '../http/RouteSpec.js';

// Response schemas of the API: what each JSON route answers, once for the OpenAPI document and
// the UIs' generated client types (tests/integration/responses.test.ts checks real answers
// against them). Objects stay open (no `additionalProperties: false`): a new field is no break.

const str = { type: 'string' } as const;
const int = { type: 'integer' } as const;
const instant = { type: 'string', format: 'date-time' } as const;
/** An array of `items` (for list answers). */
export const arrayOf = (items: JsonSchema): JsonSchema => ({ type: 'array', items });
const nullable = (schema: JsonSchema): JsonSchema => ({ anyOf: [schema, { type: 'null' }] });
const object = (properties: Record<string, JsonSchema>, required: string[] = Object.keys(properties)): JsonSchema => ({ type: 'object', required, properties });

/** A text in German and English (titles, messages). */
export const textSchema = object({ de: str, en: str }, ['de']);

/** A published procedure in the catalogue list (`GET /api/procedures`). */
export const procedureSummary = object({
  id: str, version: int, title: textSchema, description: textSchema, authority: str, legalBasis: str, leika: str,
  assuranceLevel: { enum: ['basic', 'substantial', 'high'] }, authorityTitle: textSchema, lifeSituations: arrayOf(textSchema), fee: textSchema,
}, ['id', 'version', 'title', 'authority']);

/** A published procedure with its forms, events and statechart (`GET /api/procedures/:id`; engine/procedure.schema.json is the authority). */
export const procedureSchema = object({
  id: str, version: int, title: textSchema, description: textSchema, authority: str, legalBasis: str, assuranceLevel: { enum: ['basic', 'substantial', 'high'] },
  roles: { type: 'object', additionalProperties: object({ kind: { enum: ['citizen', 'staff'] }, title: textSchema, authority: str }, ['kind']) },
  forms: { type: 'object', additionalProperties: object({ title: textSchema, schema: { type: 'object' }, uiSchema: { type: 'object' } }, ['schema']) },
  events: { type: 'object', additionalProperties: object({ by: arrayOf(str), form: str, title: textSchema }, ['by']) },
  machine: { type: 'object' }, dataCategories: { type: 'object' },
}, ['id', 'version', 'title', 'authority', 'roles', 'events', 'machine']);

const versionFields = {
  id: str, version: int, status: { enum: ['draft', 'pending', 'published'] }, author: str, createdAt: instant, publishedAt: nullable(instant),
  publishRequestedBy: nullable(str), approvals: arrayOf(str), publishedBy: nullable(str),
  revision: { ...int, description: 'counts the saves of a draft; its ETag is `"<version>-<revision>"`' },
};
/** A definition version without its content (`GET /api/definitions`). */
export const definitionVersionSummary = object(versionFields);
/** A definition version with its content (`GET /api/definitions/:id`). */
export const definitionVersion = object({ ...versionFields, content: { type: 'object' }, sha256: { ...str, description: 'SHA-256 of the content (RFC 8785 JSON): what an approval names' } });
/** What saving a draft answers. */
export const draftSaved = object({ id: str, version: int, status: { const: 'draft' }, revision: int, etag: { ...str, description: 'what the next PUT sends as If-Match' } });

const issue = object({ path: str, code: str, message: textSchema }, ['path', 'message']);
/** The result of validating a definition (errors and warnings with JSON pointers). */
export const definitionResult = object({ ok: { type: 'boolean' }, errors: arrayOf(issue), warnings: arrayOf(issue), definition: { type: 'object' } }, ['ok', 'errors', 'warnings']);

/** One page of cases (`GET /api/cases`): no personal data of the applicant (the id is the reference). */
export const caseList = object({
  total: int, limit: int, offset: int,
  items: arrayOf(object({
    id: { type: 'string', format: 'uuid' }, procedure: str, version: int, authority: str, state: str, status: str, deadlines: arrayOf(object({ id: str, dueAt: str })), updatedAt: instant,
    nextDeadline: { ...nullable(instant), description: 'the earliest running deadline' }, receivedAt: { ...nullable(instant), description: 'when it was submitted (its first event)' },
    assignee: { ...nullable(str), description: 'staff only: the staff sub working on it' },
  }, ['id', 'procedure', 'version', 'authority', 'state', 'status', 'deadlines', 'updatedAt', 'nextDeadline', 'receivedAt'])),
});

/** The form data of a case by data category (`GET /api/cases/:id/data`). */
export const caseDataAnswer = object({ categories: arrayOf(str), data: { type: 'object', additionalProperties: { type: 'object' } } });

/** The result of checking a document (`GET /api/documents/:id/verify`). */
export const verification = object({
  ok: { type: 'boolean' }, kind: str, sha256: str,
  signatures: arrayOf(object({ format: str, signer: str, signedAt: str })),
  errors: arrayOf(str), checks: { type: 'object' }, receipt: { type: 'object', description: 'what the receipt attests (for receipts)' },
  sealed: { const: true, description: 'unopened sealed document: only its existence, hash and time of receipt' }, receivedAt: instant,
}, ['ok', 'kind', 'sha256']);

/** A document of a case's e-file without its content (`GET /api/cases/:id/documents`); of an unopened sealed one only that it exists, its hash and time of receipt. */
export const caseDocument = object({
  id: { type: 'string', format: 'uuid' }, kind: str, title: str, fileName: str, mediaType: str, size: int, sha256: str, createdAt: instant,
  signatures: arrayOf(object({ format: str, signer: str, signedAt: str }, ['format', 'signer', 'signedAt'])),
  sealed: { const: true, description: 'unopened sealed document (a bid before its opening): no file name, type or size' }, receivedAt: instant,
}, ['id', 'kind', 'title', 'sha256', 'createdAt', 'signatures']);

/** The preview of an event (`POST /api/cases/:id/events/:event/preview`): draft PDFs, base64, none when it renders nothing. */
export const eventPreview = object({
  event: str, at: instant,
  documents: arrayOf(object({ document: str, fileName: str, mediaType: { const: 'application/pdf' }, size: int, content: { type: 'string', contentEncoding: 'base64' } })),
});

/** A consent request as its citizen sees it (`GET /api/me/consents`). */
export const consent = object({
  id: { type: 'string', format: 'uuid' }, caseId: str, subject: str, authority: str, categories: arrayOf(str), purpose: str, note: nullable(str), officer: nullable(str),
  duration: str, status: { enum: ['open', 'granted', 'refused', 'revoked'] }, createdAt: instant, decidedAt: nullable(instant), expiresAt: nullable(instant),
}, ['id', 'caseId', 'authority', 'categories', 'purpose', 'duration', 'status', 'createdAt', 'expiresAt']);

/** A consent decision (`POST /api/me/consents/:id`). */
export const consentDecision = object({ id: { type: 'string', format: 'uuid' }, status: { enum: ['granted', 'refused', 'revoked'] }, expiresAt: nullable(instant) });

/** A new consent request (`POST /api/cases/:id/consent-requests`). */
export const consentOpened = object({ id: { type: 'string', format: 'uuid' }, status: { const: 'open' } });

/** A message in my portal inbox. */
export const inboxMessage = object({ id: { type: 'string', format: 'uuid' }, caseId: str, template: str, subject: str, body: str, documentId: nullable({ type: 'string', format: 'uuid' }), createdAt: instant });

/** A notice in a clerk's inbox (`GET /api/inbox`): addressed to them (`to: me`) or to their authority (`to: authority`). */
export const staffInboxMessage = object({
  id: { type: 'string', format: 'uuid' }, caseId: str, kind: { ...str, description: 'the notice\'s template: message, statusChanged, …' }, template: str, subject: str, body: str,
  documentId: nullable({ type: 'string', format: 'uuid' }), createdAt: instant, to: { enum: ['me', 'authority'] },
});

/** Who works on a case after `POST /api/cases/:id/assignment`, and before. */
export const assignmentResult = object({ caseId: { type: 'string', format: 'uuid' }, assignee: nullable(str), previous: nullable(str), changed: { type: 'boolean' } });

/** Who works on a case now (`GET /api/cases/:id/assignment`); all null when it was never assigned. */
export const currentAssignment = object({ caseId: { type: 'string', format: 'uuid' }, assignee: nullable(str), assignedBy: nullable(str), assignedAt: nullable(instant) });

/** Per case, whether a bulk assignment worked (`POST /api/assignments`); a failure names its code, status and message. */
export const bulkAssignmentResult = arrayOf(object({
  caseId: str, ok: { type: 'boolean' }, assignee: nullable(str), previous: nullable(str), changed: { type: 'boolean' }, error: str, status: int, message: str,
}, ['caseId', 'ok']));

/** The consent purposes of a case, by id, with the title the citizen reads (`GET /api/cases/:id/consent-purposes`). */
export const consentPurposeList = arrayOf(object({ id: str, title: textSchema }));

/** A case's history (`GET /api/cases/:id/history`): its audit trail and the reads of its data. */
export const caseHistory = object({
  audit: arrayOf(object({ seq: int, at: instant, actor: str, action: { ...str, description: 'case.transition, case.assigned, deadline.extended, message.sent, …' }, details: {} })),
  reads: arrayOf(object({ at: instant, authority: str, officer: str, purpose: str, categories: arrayOf(str) })),
});

/** A member of staff of my authority (`GET /api/staff/colleagues`). */
export const staffMember = object({ sub: str, name: str, authority: str });

/** What one authority holds about me: links to where each case's data and documents are. */
export const heldData = object({
  authority: str,
  cases: arrayOf(object({ case: { type: 'string', format: 'uuid' }, procedure: str, state: str, data: str, documents: str })),
});

/** A read of my data by an authority (Zugriffsprotokoll). */
export const accessLogEntry = object({ seq: int, at: instant, authority: str, officer: str, purpose: str, categories: arrayOf(str), caseId: str, hash: str });

/** A case open for joining (a tender in its bidding period) with only its published data. */
export const openCase = object({
  id: { type: 'string', format: 'uuid' }, procedure: str, version: int, authority: str, state: str,
  deadline: { ...nullable(instant), description: 'when the case closes for joining (the first running deadline), if one runs' },
  published: { type: 'object', description: 'data of the forms the definition marks public (a contract notice), by form id', additionalProperties: { type: 'object' } },
});

/** Health of the API and what it needs (200 ok, 503 degraded, same shape). */
export const health = object({ status: { enum: ['ok', 'degraded'] }, temporal: { enum: ['ok', 'down'] }, database: { enum: ['ok', 'down'] } });

/** A queue filter a clerk saved under a name (`/api/staff/saved-filters`); `query` is the queue's URL query without "?". */
export const savedFilter = object({ id: { type: 'string', format: 'uuid' }, name: str, query: str, createdAt: instant });
