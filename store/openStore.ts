import { MikroORM } from '@mikro-orm/postgresql';
import type { EntityManager, EntitySchema, Knex, QueryResult, RequiredEntityData } from '@mikro-orm/postgresql';
import { appRoleProblems } from './appRoleProblems.js';
import {
  AuditRecordSchema, CaseRecordSchema, ConsentRecordSchema, DocumentRecordSchema, EffectRecordSchema, InboxRecordSchema,
  PreferenceRecordSchema, PrintJobRecordSchema,
} from './entities.js';
import type {
  AuditRecord, CaseRecord, ConsentRecord, DocumentRecord, EffectRecord, InboxRecord, Party, PreferenceRecord, PrintJobRecord,
} from './entities.js';
import type { CheckpointLog } from '../documents/index.js';
import { auditChain } from './chainNames.js';
import { ormOptions } from './ormOptions.js';
import { sessionRepo } from './sessionRepo.js';
import { draftRepo } from './draftRepo.js';
import type { DraftRepo } from './draftRepo.js';
import { formFileRepo } from './formFileRepo.js';
import { layoutRepo } from './layoutRepo.js';
import type { LayoutRepo } from './layoutRepo.js';
import type { FormFileRepo } from './formFileRepo.js';
import { savedFilterRepo } from './savedFilterRepo.js';
import type { SavedFilterRepo } from './savedFilterRepo.js';
import { oidcRepo } from './oidcRepo.js';
import type { OidcRepo } from './oidcRepo.js';
import type { SessionRepo } from './sessionRepo.js';
import { transparencyRepo } from './transparencyRepo.js';
import type { TransparencyRepo } from './transparencyRepo.js';
import { messageRepo } from './messageRepo.js';
import type { MessageRepo } from './messageRepo.js';
import { caseListRepo } from './caseListRepo.js';
import type { CaseListRepo } from './caseListRepo.js';
import { ASSIGN_SQL, CURRENT_ASSIGNEE_SQL, CURRENT_ASSIGNMENT_SQL } from './assignment.js';
import type { Assignment, CurrentAssignment } from './assignment.js';
import { appendAuditIn, appendLink } from './appendAuditIn.js';
import type { AuditLink } from './appendAuditIn.js';
import { closedCaseRepo } from './closedCaseRepo.js';
import type { ClosedCaseRepo } from './closedCaseRepo.js';
import { mailOutboxRepo } from './mailOutboxRepo.js';
import type { MailOutboxRepo } from './mailOutboxRepo.js';

type New<T> = Omit<T, 'createdAt' | 'updatedAt'>;

/** What a sealed document turns out to be when it is opened. */
export type OpenedDocument = Pick<DocumentRecord, 'title' | 'fileName' | 'mediaType' | 'content' | 'size'>;

const OPEN_SQL = `update document set content = ?, title = ?, file_name = ?, media_type = ?, size = ?,
    seal = seal || jsonb_build_object('openedAt', ?::text)
  where id = ? and seal is not null and seal->>'openedAt' is null`;

/** The persistence port the workers and the server use. All SQL of Amtsweg lives behind it. */
export interface Store extends TransparencyRepo, MailOutboxRepo, CaseListRepo, SessionRepo, MessageRepo, DraftRepo, OidcRepo, FormFileRepo, SavedFilterRepo, LayoutRepo, ClosedCaseRepo {
  /** The Knex instance under the ORM, for libraries that keep state in PostgreSQL (rate limits across server processes). */
  knex(): Knex;
  /** Records an effect once: a second call with the same key changes nothing. Returns true when inserted. */
  recordEffect(record: New<EffectRecord>): Promise<boolean>;
  /** Effects recorded for a case, oldest first. */
  effectsOf(caseId: string): Promise<EffectRecord[]>;
  /** Writes the projection of a case unless a newer one (higher `seq`) is already there. */
  projectCase(record: New<CaseRecord>): Promise<void>;
  /** Adds a party to a case's projection unless it is there (a bidder joining a tender); the workflow stays the source. */
  addParty(caseId: string, party: Party): Promise<void>;
  getCase(id: string): Promise<CaseRecord | null>;
  /** Sets a case's running deadlines (an extension moved one) while the projection is still at transition `seq`. */
  moveDeadlines(caseId: string, seq: number, deadlines: CaseRecord['deadlines']): Promise<void>;
  /** Adds a document once per effect key; returns the stored one (new or earlier). */
  addDocument(doc: New<DocumentRecord>): Promise<DocumentRecord>;
  getDocument(id: string): Promise<DocumentRecord | null>;
  documentsOf(caseId: string): Promise<DocumentRecord[]>;
  /**
   * Replaces an unopened sealed document's envelope by what it held and marks it opened at
   * `openedAt`; false when it was opened already (a retried opening changes nothing).
   */
  openSealedDocument(id: string, opened: OpenedDocument, openedAt: string): Promise<boolean>;
  /**
   * Appends to a case's audit trail once per `idemKey`. `link` builds the entry from the
   * previous one (hash chain); appends of one case are serialised by a transaction lock.
   */
  appendAudit(caseId: string, idemKey: string, link: AuditLink): Promise<AuditRecord>;
  /** Writes a transition's projection and its audit link in one transaction. */
  projectAndAudit(projection: New<CaseRecord>, idemKey: string, link: AuditLink): Promise<AuditRecord>;
  /**
   * An effect's audit link and what rides along in its transaction: first the transition the
   * effect carries (projection and audit link, as `projectAndAudit`), last the effect's log row
   * (as `recordEffect`; `recorded` says whether it was inserted). One commit where there were three.
   */
  appendEffectAudit(caseId: string, idemKey: string, link: AuditLink, along: EffectAuditAlong): Promise<{ entry: AuditRecord; recorded?: boolean }>;
  auditTrail(caseId: string): Promise<AuditRecord[]>;
  /**
   * Sets who works on a case (null: nobody) and appends the change to its audit trail in one
   * transaction; a change to the current assignee writes nothing. `link` builds the audit entry
   * given the assignee before. Answers the assignee before and whether anything changed.
   */
  assignCase(assignment: Assignment, idemKey: string, link: (previous: string | null) => AuditLink): Promise<{ previous: string | null; changed: boolean }>;
  /** Who works on a case now, who made it so and when; null when it was never assigned. */
  assignmentOf(caseId: string): Promise<CurrentAssignment | null>;
  addInbox(message: New<InboxRecord>): Promise<boolean>;
  /** Inbox entries of one recipient, or of several (a clerk's own and their authority's), newest first. */
  inboxOf(recipient: string | string[], limit?: number): Promise<InboxRecord[]>;
  addPrintJob(job: New<PrintJobRecord>): Promise<boolean>;
  printJobsOf(caseId: string): Promise<PrintJobRecord[]>;
  openConsent(request: New<ConsentRecord>): Promise<boolean>;
  consentsOf(filter: { caseId?: string; subject?: string }): Promise<ConsentRecord[]>;
  getPreference(subject: string): Promise<PreferenceRecord | null>;
  setPreference(pref: PreferenceRecord): Promise<void>;
  /** Throws when the database cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Upserts a case projection unless a newer one (higher `seq`) is already there. */
const PROJECT_SQL = `insert into case_record (id, procedure, version, authority, state, status, parties, deadlines, seq,
    next_deadline, received_at, waiting_for, created_at, updated_at)
  values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::timestamptz, case when ?::int > 0 then now() end, array(select jsonb_array_elements_text(?::jsonb)), now(), now())
  on conflict (id) do update set state = excluded.state, status = excluded.status, parties = excluded.parties,
    deadlines = excluded.deadlines, seq = excluded.seq, next_deadline = excluded.next_deadline,
    received_at = coalesce(case_record.received_at, excluded.received_at), waiting_for = excluded.waiting_for, updated_at = now()
  where case_record.seq < excluded.seq`;

/** The earliest running deadline (the list's default order and its `deadlineBefore` filter). */
const nextDeadline = (deadlines: CaseRecord['deadlines']) => deadlines.map((d) => new Date(d.dueAt).toISOString()).sort()[0] ?? null;

const projectParams = (r: New<CaseRecord>) =>
  [r.id, r.procedure, r.version, r.authority, r.state, r.status, JSON.stringify(r.parties), JSON.stringify(r.deadlines), r.seq,
    nextDeadline(r.deadlines), r.seq, JSON.stringify(r.waitingFor ?? [])];

/** What `appendEffectAudit` writes in the same transaction as the effect's audit link. */
export interface EffectAuditAlong {
  transition?: { projection: New<CaseRecord>; idemKey: string; link: AuditLink };
  effect?: New<EffectRecord>;
}

/** Inserts a row unless one with the same unique key exists; true when inserted. */
async function insertIgnore<T extends object>(em: EntityManager, schema: EntitySchema<T>, data: object, conflict: string): Promise<boolean> {
  const result = await em.createQueryBuilder(schema).insert(data as RequiredEntityData<T>).onConflict(conflict as never).ignore().execute('run');
  return (result.affectedRows ?? 0) > 0;
}

/** Options of {@link openStore}. */
export interface StoreOptions {
  /**
   * Where each audit trail's and access log's new head goes after every append, outside the
   * database (the installation's signed checkpoint file). Worker and server pass it; a store
   * that only reads (the CLI) needs none.
   */
  checkpoints?: CheckpointLog;
}

/**
 * Connects to PostgreSQL (`postgres://…` URL) through MikroORM, as the app role: refuses (and
 * closes the connection) when that role may do more than read and write rows — superuser,
 * replication, DDL, TRUNCATE, rewriting an append-only table (issue 9, finding 5). Migrations
 * run apart, as the schema owner (migrateSchema).
 */
export async function openStore(databaseUrl: string, options: StoreOptions = {}): Promise<Store> {
  const orm = await MikroORM.init(ormOptions(databaseUrl));
  const problems = await appRoleProblems(orm.em.fork()).catch(async (err: unknown) => {
    await orm.close(true);
    throw err;
  });
  if (problems.length) {
    await orm.close(true);
    throw new Error(`DATABASE_URL connects as a role that ${problems.join('; ')}. The app must run as a role that only reads and writes rows; `
      + 'migrations run as the schema owner (MIGRATION_DATABASE_URL). See README, "Database roles and audit checkpoints".');
  }
  const em = () => orm.em.fork();
  const now = () => new Date();
  /** Anchors an audit trail's entry once its transaction has committed. */
  const anchored = async (entry: AuditRecord): Promise<AuditRecord> => {
    await options.checkpoints?.anchor({ chain: auditChain(entry.caseId), length: entry.seq, head: entry.hash });
    return entry;
  };
  return {
    ...transparencyRepo(orm, options.checkpoints),
    ...caseListRepo(orm),
    ...sessionRepo(orm),
    ...messageRepo(orm),
    ...draftRepo(orm),
    ...formFileRepo(orm),
    ...savedFilterRepo(orm),
    ...layoutRepo(orm),
    ...oidcRepo(orm),
    ...closedCaseRepo(orm, anchored),
    ...mailOutboxRepo(orm),
    knex: () => orm.em.getConnection().getKnex(),
    recordEffect: (record) => insertIgnore(em(), EffectRecordSchema, { ...record, createdAt: now() }, 'key'),
    effectsOf: (caseId) => em().find(EffectRecordSchema, { caseId }, { orderBy: { eventSeq: 'asc', effectIndex: 'asc' } }),
    async projectCase(r) {
      await em().getConnection().execute(PROJECT_SQL, projectParams(r));
    },
    async addParty(caseId, party) {
      const entry = JSON.stringify([{ id: party.id, role: party.role }]);
      await em().getConnection().execute('update case_record set parties = parties || ?::jsonb, updated_at = now() where id = ? and not parties @> ?::jsonb', [entry, caseId, entry]);
    },
    getCase: (id) => em().findOne(CaseRecordSchema, { id }),
    async moveDeadlines(caseId, seq, deadlines) {
      await em().getConnection().execute('update case_record set deadlines = ?::jsonb, next_deadline = ?::timestamptz, updated_at = now() where id = ? and seq = ?',
        [JSON.stringify(deadlines), nextDeadline(deadlines), caseId, seq], 'run');
    },
    async addDocument(doc) {
      const fork = em();
      await insertIgnore(fork, DocumentRecordSchema, { ...doc, createdAt: now() }, 'effect_key');
      return fork.findOneOrFail(DocumentRecordSchema, { effectKey: doc.effectKey });
    },
    getDocument: (id) => em().findOne(DocumentRecordSchema, { id }),
    documentsOf: (caseId) => em().find(DocumentRecordSchema, { caseId }, { orderBy: { createdAt: 'asc' } }),
    async openSealedDocument(id, opened, openedAt) {
      const changed = await em().getConnection().execute<QueryResult>(OPEN_SQL, [opened.content, opened.title, opened.fileName, opened.mediaType, opened.size, openedAt, id], 'run');
      return (changed.affectedRows ?? 0) > 0;
    },
    appendAudit: async (caseId, idemKey, link) => anchored(await em().transactional((tx) => appendAuditIn(tx, caseId, idemKey, link))),
    async projectAndAudit(projection, idemKey, link) {
      return anchored(await em().transactional(async (tx) => {
        await tx.getConnection().execute(PROJECT_SQL, projectParams(projection), 'run', tx.getTransactionContext());
        return appendAuditIn(tx, projection.id, idemKey, link);
      }));
    },
    async appendEffectAudit(caseId, idemKey, link, along) {
      const { transition, effect } = along;
      let recorded: boolean | undefined;
      let carried: AuditRecord | undefined;
      const entry = await em().transactional(async (tx) => {
        let head: AuditRecord | undefined;
        if (transition) {
          await tx.getConnection().execute(PROJECT_SQL, projectParams(transition.projection), 'run', tx.getTransactionContext());
          const written = await appendLink(tx, transition.projection.id, transition.idemKey, transition.link);
          carried = written.entry;
          // Just inserted under the lock, it is the head of this case's chain; else (a retry) read again.
          if (written.inserted && transition.projection.id === caseId) head = written.entry;
        }
        const appended = (await appendLink(tx, caseId, idemKey, link, head)).entry;
        if (effect) recorded = await insertIgnore(tx, EffectRecordSchema, { ...effect, createdAt: now() }, 'key');
        return appended;
      });
      // One checkpoint for both links: the later head covers the earlier (hash chain).
      if (carried && carried.seq > entry.seq) await anchored(carried);
      else await anchored(entry);
      return { entry, ...(recorded === undefined ? {} : { recorded }) };
    },
    async assignCase(assignment, idemKey, link) {
      let outcome = { previous: null as string | null, changed: false };
      const entry = await em().transactional(async (tx) => {
        const ctx = tx.getTransactionContext();
        // The audit append below takes the same lock: assignments of one case run one after another.
        await tx.getConnection().execute('select pg_advisory_xact_lock(hashtext(?))', [assignment.caseId], 'all', ctx);
        const [current] = await tx.getConnection().execute<{ assignee: string | null }[]>(CURRENT_ASSIGNEE_SQL, [assignment.caseId], 'all', ctx);
        outcome = { previous: current?.assignee ?? null, changed: (current?.assignee ?? null) !== assignment.assignee };
        if (!outcome.changed) return undefined;
        await tx.getConnection().execute(ASSIGN_SQL, [assignment.caseId, assignment.authority, assignment.assignee, assignment.assignedBy], 'run', ctx);
        return appendAuditIn(tx, assignment.caseId, idemKey, link(outcome.previous));
      });
      if (entry) await anchored(entry);
      return outcome;
    },
    async assignmentOf(caseId) {
      const [row] = await em().getConnection().execute<{ assignee: string | null; assigned_by: string; assigned_at: Date }[]>(CURRENT_ASSIGNMENT_SQL, [caseId]);
      return row ? { assignee: row.assignee, assignedBy: row.assigned_by, assignedAt: new Date(row.assigned_at) } : null;
    },
    auditTrail: (caseId) => em().find(AuditRecordSchema, { caseId }, { orderBy: { seq: 'asc' } }),
    addInbox: (message) => insertIgnore(em(), InboxRecordSchema, { ...message, createdAt: now() }, 'effect_key'),
    inboxOf: (recipient, limit) => em().find(InboxRecordSchema, { recipient: Array.isArray(recipient) ? { $in: recipient } : recipient },
      { orderBy: { createdAt: 'desc', id: 'asc' }, ...(limit ? { limit } : {}) }),
    addPrintJob: (job) => insertIgnore(em(), PrintJobRecordSchema, { ...job, createdAt: now() }, 'effect_key'),
    printJobsOf: (caseId) => em().find(PrintJobRecordSchema, { caseId }),
    openConsent: (request) => insertIgnore(em(), ConsentRecordSchema, { ...request, createdAt: now() }, 'effect_key'),
    consentsOf: (filter) => em().find(ConsentRecordSchema, filter, { orderBy: { createdAt: 'asc' } }),
    getPreference: (subject) => em().findOne(PreferenceRecordSchema, { subject }),
    async setPreference(pref) {
      await em().upsert(PreferenceRecordSchema, pref);
    },
    async ping() {
      await em().getConnection().execute('select 1');
    },
    async close() {
      await orm.close(true);
    },
  };
}
