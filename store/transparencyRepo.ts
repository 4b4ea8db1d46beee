import type { MikroORM } from '@mikro-orm/postgresql';
import { canonicalJson, sha256Hex } from '../documents/index.js';
import type { CheckpointLog } from '../documents/index.js';
import { accessChain } from './chainNames.js';
import {
  AccessLogRecordSchema, ConsentRecordSchema, DefinitionVersionRecordSchema, IdempotencyRecordSchema,
} from './entities.js';
import type { AccessLogRecord, ConsentRecord, DefinitionVersionRecord, IdempotencyRecord } from './entities.js';

/** At most `max` staff consent requests since `since`, per officer or per citizen. */
export interface ConsentLimit {
  per: 'officer' | 'citizen';
  max: number;
  since: Date;
}

/** Hash of an access-log entry: SHA-256 over its RFC 8785 form without `hash`. */
export function accessEntryHash(entry: Omit<AccessLogRecord, 'hash'>): string {
  return sha256Hex(canonicalJson({ ...entry, at: entry.at.toISOString() }));
}

/**
 * Queries and writes for transparency: access log, consents, definitions, idempotency.
 * `checkpoints` gets each access log's new head after every append.
 */
export function transparencyRepo(orm: MikroORM, checkpoints?: CheckpointLog) {
  const em = () => orm.em.fork();
  return {
    /** Appends a read to the citizen's access log, chained to their previous entry, and anchors the new head. */
    async logAccess(entry: Omit<AccessLogRecord, 'seq' | 'prevHash' | 'hash'>): Promise<AccessLogRecord> {
      const record = await em().transactional(async (tx) => {
        await tx.getConnection().execute('select pg_advisory_xact_lock(hashtext(?))', [`access:${entry.subject}`], 'all', tx.getTransactionContext());
        const prev = await tx.findOne(AccessLogRecordSchema, { subject: entry.subject }, { orderBy: { seq: 'desc' } });
        const unsigned = { ...entry, seq: (prev?.seq ?? 0) + 1, prevHash: prev?.hash ?? null };
        const appended = { ...unsigned, hash: accessEntryHash(unsigned) };
        await tx.insert(AccessLogRecordSchema, appended);
        return appended;
      });
      await checkpoints?.anchor({ chain: accessChain(record.subject), length: record.seq, head: record.hash });
      return record;
    },
    accessLogOf: (subject: string) => em().find(AccessLogRecordSchema, { subject }, { orderBy: { seq: 'asc' } }),
    /** Every logged read of one case (one entry per citizen party and read), oldest first. */
    accessLogOfCase: (caseId: string) => em().find(AccessLogRecordSchema, { caseId }, { orderBy: { at: 'asc', subject: 'asc' } }),
    /** Every citizen with an access log, for chain verification. */
    async accessSubjects(): Promise<string[]> {
      const rows = await em().getConnection().execute<{ subject: string }[]>('select distinct subject from access_log order by subject');
      return rows.map((r) => r.subject);
    },
    async auditCases(): Promise<string[]> {
      const rows = await em().getConnection().execute<{ case_id: string }[]>('select distinct case_id from audit_entry order by case_id');
      return rows.map((r) => r.case_id);
    },
    getConsent: (id: string) => em().findOne(ConsentRecordSchema, { id }),
    /** Grants, refuses or revokes a consent request of the citizen; grants run for their duration. */
    async decideConsent(id: string, status: ConsentRecord['status'], expiresAt: Date | null): Promise<void> {
      await em().nativeUpdate(ConsentRecordSchema, { id }, { status, decidedAt: new Date(), expiresAt });
    },
    /**
     * Opens a consent request unless one of `limits` is reached — counted and inserted under
     * locks per officer and per citizen, so concurrent requests in any server process cannot
     * overshoot. Answers the limit reached and the oldest request it counted.
     */
    async openConsentRequest(request: Omit<ConsentRecord, 'createdAt'>, limits: ConsentLimit[], now: Date): Promise<{ opened: true } | { opened: false; limit: ConsentLimit; oldest: Date }> {
      return em().transactional(async (tx) => {
        const keys = limits.map((l) => `consent:${l.per}:${l.per === 'officer' ? request.officer : request.subject}`).sort();
        for (const key of keys) await tx.getConnection().execute('select pg_advisory_xact_lock(hashtext(?))', [key], 'all', tx.getTransactionContext());
        for (const limit of limits) {
          const where = { ...(limit.per === 'officer' ? { officer: request.officer } : { subject: request.subject, officer: { $ne: null } }), createdAt: { $gt: limit.since } };
          const counted = await tx.find(ConsentRecordSchema, where, { orderBy: { createdAt: 'asc' }, fields: ['createdAt'] });
          if (counted.length >= limit.max) return { opened: false as const, limit, oldest: counted[0]!.createdAt };
        }
        await tx.insert(ConsentRecordSchema, { ...request, createdAt: now });
        return { opened: true as const };
      });
    },
    /** Data categories of a case the citizen has consented to reading by `authority`, valid at `now`. */
    async grantedCategories(caseId: string, authority: string, now: Date): Promise<Set<string>> {
      const grants = await em().find(ConsentRecordSchema, { caseId, authority, status: 'granted', expiresAt: { $gt: now } });
      return new Set(grants.flatMap((g) => g.categories));
    },
    definitionVersions: (id: string) => em().find(DefinitionVersionRecordSchema, { id }, { orderBy: { version: 'asc' } }),
    async allDefinitionVersions(): Promise<DefinitionVersionRecord[]> {
      return em().find(DefinitionVersionRecordSchema, {}, { orderBy: { id: 'asc', version: 'asc' } });
    },
    /**
     * Saves a definition version; a published version is never changed again. Plain SQL rather than the ORM's upsert: definitions may hold
     * fields named `constructor` (a form field, say), which the ORM's entity-data check trips over.
     */
    async saveDefinition(record: Omit<DefinitionVersionRecord, 'createdAt' | 'publishRequestedBy' | 'approvals' | 'publishedBy' | 'revision'> & Partial<DefinitionVersionRecord>): Promise<void> {
      await em().getConnection().execute(
        `insert into definition_version (id, version, status, content, author, created_at, published_at, publish_requested_by, approvals, published_by, revision)
         values (?, ?, ?, ?, ?, now(), ?, ?, ?, ?, ?)
         on conflict (id, version) do update set status = excluded.status, content = excluded.content, author = excluded.author,
           published_at = excluded.published_at, publish_requested_by = excluded.publish_requested_by, approvals = excluded.approvals,
           published_by = excluded.published_by, revision = excluded.revision
         where definition_version.status in ('draft', 'pending')`,
        [record.id, record.version, record.status, JSON.stringify(record.content), record.author, record.publishedAt,
          record.publishRequestedBy ?? null, JSON.stringify(record.approvals ?? []), record.publishedBy ?? null, record.revision ?? 1],
      );
    },
    /**
     * Runs `fn` while holding a PostgreSQL advisory lock named `name`: callers in any server
     * process that use the same name run one after another.
     */
    async withLock<T>(name: string, fn: () => Promise<T>): Promise<T> {
      return em().transactional(async (tx) => {
        await tx.getConnection().execute('select pg_advisory_xact_lock(hashtext(?))', [name], 'all', tx.getTransactionContext());
        return fn();
      });
    },
    async findIdempotent(principal: string, route: string, key: string): Promise<IdempotencyRecord | null> {
      return em().findOne(IdempotencyRecordSchema, { principal, route, key });
    },
    /**
     * Claims a key for a request about to run: a row with status 0 (no answer yet) and a lease of
     * `leaseSeconds` that its holder renews while the request runs (renewIdempotent). True when
     * this caller got it — a new key, or a claim whose lease ran out because its server died
     * (rows from before leases: once 120 s old). False when the key has an answer or a live
     * claim (see findIdempotent). No connection is held while the request runs.
     */
    async claimIdempotent(claim: Pick<IdempotencyRecord, 'key' | 'principal' | 'route' | 'bodyHash'>, leaseSeconds: number): Promise<boolean> {
      const rows = await em().getConnection().execute<{ key: string }[]>(
        `insert into idempotency_record (key, principal, route, body_hash, status, response, created_at, lease_until)
           values (?, ?, ?, ?, 0, 'null'::jsonb, now(), now() + make_interval(secs => ?))
         on conflict (principal, route, key) do update set body_hash = excluded.body_hash, created_at = now(), lease_until = excluded.lease_until
           where idempotency_record.status = 0
             and coalesce(idempotency_record.lease_until, idempotency_record.created_at + interval '120 seconds') < now()
         returning key`,
        [claim.key, claim.principal, claim.route, claim.bodyHash, leaseSeconds], 'all');
      return rows.length === 1;
    },
    /** Extends a running request's claim; false when it has an answer or was taken over (its lease had run out). */
    async renewIdempotent(claim: Pick<IdempotencyRecord, 'key' | 'principal' | 'route' | 'bodyHash'>, leaseSeconds: number): Promise<boolean> {
      const rows = await em().getConnection().execute<{ key: string }[]>(
        `update idempotency_record set lease_until = now() + make_interval(secs => ?)
         where principal = ? and route = ? and key = ? and body_hash = ? and status = 0 returning key`,
        [leaseSeconds, claim.principal, claim.route, claim.key, claim.bodyHash], 'all');
      return rows.length === 1;
    },
    /** Keeps the answer of a claimed key, for replays. */
    async completeIdempotent(record: Omit<IdempotencyRecord, 'createdAt'>): Promise<void> {
      await em().getConnection().execute('update idempotency_record set status = ?, response = ?::jsonb where principal = ? and route = ? and key = ? and status = 0',
        [record.status, JSON.stringify(record.response ?? null), record.principal, record.route, record.key], 'run');
    },
    /** Gives a claimed key back after a failed answer, so that a retry runs again. */
    async releaseIdempotent(claim: Pick<IdempotencyRecord, 'key' | 'principal' | 'route'>): Promise<void> {
      await em().getConnection().execute('delete from idempotency_record where principal = ? and route = ? and key = ? and status = 0', [claim.principal, claim.route, claim.key], 'run');
    },
  };
}

/** The transparency part of the store. */
export type TransparencyRepo = ReturnType<typeof transparencyRepo>;
