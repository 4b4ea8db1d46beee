import type { AuditRecord, DocumentRecord, Party } from '../../store/index.js';
import type { CaseView } from '../../workflows/index.js';
import type { AppDeps } from '../AppDeps.js';
import type { Principal } from '../http/RouteSpec.js';
import type { CaseAccess } from './caseAccess.js';

/**
 * What a party must not see of the other parties of its case: who they are and everything they
 * caused. Competing parties (the bidders of one tender, § 5 VgV: trade secrets; applicants for
 * one limited permit) are parties of one case in the same citizen role; each sees its own
 * entries only. Staff, and a party without a competitor in its role, see the whole case.
 */
export interface CompetitorScope {
  /** Ids of the other parties: their entries are left out. */
  others: ReadonlySet<string>;
  /** Event sequence numbers another party fired: what those transitions filed, issued and logged is theirs. */
  theirSeqs: ReadonlySet<number>;
  /** Keys of the messages another party wrote (their receipts share the key): theirs too. */
  theirMessages?: ReadonlySet<string>;
}

/** The other parties' ids when the principal is a party with a competitor in one of its roles; else undefined. */
function competitors(access: CaseAccess, principal: Principal, parties: readonly Party[]): Set<string> | undefined {
  if (access.as !== 'party') return undefined;
  const others = parties.filter((p) => p.id !== principal.sub);
  if (!others.some((p) => access.roles.includes(p.role))) return undefined;
  return new Set(others.map((p) => p.id));
}

/** The event sequence number an idempotency key names: `<case>:<seq>:<index>` (effects) or `<case>:transition:<seq>`. */
function seqOfKey(key: string): number | undefined {
  const [, first, second] = key.split(':');
  const seq = Number(first === 'transition' ? second : first);
  return Number.isInteger(seq) ? seq : undefined;
}

/**
 * The scope of a principal's reads of a case's documents and audit trail, derived from the
 * trail (who fired which transition); undefined when the principal may see the whole case.
 */
export async function competitorScope(deps: AppDeps, access: CaseAccess, principal: Principal): Promise<CompetitorScope | undefined> {
  const others = competitors(access, principal, access.record.parties);
  if (!others) return undefined;
  const trail = await deps.store.auditTrail(access.record.id);
  const theirSeqs = new Set(trail
    .filter((e) => e.action === 'case.transition' && others.has(e.actor))
    .map((e) => (e.details as { seq?: number }).seq)
    .filter((seq): seq is number => Number.isInteger(seq)));
  const theirMessages = new Set(trail.filter((e) => e.action === 'message.sent' && others.has(e.actor)).map((e) => e.idemKey));
  return { others, theirSeqs, theirMessages };
}

/** Whether `seq` (from an idempotency key) is a transition another party fired. */
function theirs(scope: CompetitorScope, key: string): boolean {
  const seq = seqOfKey(key);
  return seq !== undefined && scope.theirSeqs.has(seq);
}

/** Whether a document is the principal's to see within its scope: not filed by another party's event. */
export function ownDocument(scope: CompetitorScope | undefined, doc: DocumentRecord): boolean {
  return !scope || (!theirs(scope, doc.effectKey) && !scope.theirMessages?.has(doc.effectKey));
}

/** Whether an audit entry is the principal's to see: not by another party, nor caused by its event. */
export function ownAuditEntry(scope: CompetitorScope | undefined, entry: AuditRecord): boolean {
  return !scope || (!scope.others.has(entry.actor) && !theirs(scope, entry.idemKey));
}

/**
 * The case view as the principal may see it: for a party with competitors, without the other
 * parties, the history entries they fired and failures of effects their events caused.
 */
export function ownView(access: CaseAccess, principal: Principal, v: CaseView): CaseView {
  const others = competitors(access, principal, [...access.record.parties, ...v.parties]);
  if (!others) return v;
  const theirSeqs = new Set(v.history.filter((h) => h.actor && others.has(h.actor.id)).map((h) => h.seq));
  const scope: CompetitorScope = { others, theirSeqs };
  return {
    ...v,
    parties: v.parties.filter((p) => !others.has(p.id)),
    history: v.history.filter((h) => !theirSeqs.has(h.seq)),
    failures: v.failures.filter((f) => !theirs(scope, f.key)),
  };
}
