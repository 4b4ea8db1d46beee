import { createHash } from 'node:crypto';
import { exportEFile, verifyReceipt, verifySealedPdf } from '../../documents/index.js';
import type { EFileDocument, EFileSealedDocument } from '../../documents/index.js';
import { GENERAL_CATEGORY } from '../../engine/index.js';
import type { ProcedureConfig } from '../../engine/index.js';
import { toAuditEntry } from '../../store/index.js';
import type { DocumentRecord } from '../../store/index.js';
import type { AppDeps } from '../AppDeps.js';
import { caseAccess } from '../access/caseAccess.js';
import type { CaseAccess } from '../access/caseAccess.js';
import { competitorScope, ownAuditEntry, ownDocument } from '../access/competitorScope.js';
import { consentGate } from '../access/consentGate.js';
import { documentCategories } from '../access/dataCategories.js';
import { logRead, requirePurpose } from '../access/logRead.js';
import { maySee, sealedError, sealedFacts, unopened } from '../access/sealedDocuments.js';
import { HttpError } from '../HttpError.js';
import { defineRoute } from '../http/RouteSpec.js';
import type { Principal } from '../http/RouteSpec.js';
import { arrayOf, caseDocument, verification } from './responses.js';
import { purposeQuery } from './schemas.js';

/**
 * What reading documents reveals: their own categories; of an unopened sealed one (a bid before
 * its opening) only that it exists, its hash and time — general case data.
 */
function revealed(def: ProcedureConfig, docs: DocumentRecord[]): string[] {
  return documentCategories(def, docs.map((d) => (unopened(d) ? { categories: [GENERAL_CATEGORY] } : d)));
}

/**
 * Documents of e-files: download, verification, and the export of a case's Akte. A sealed
 * document (a bid before its opening) shows only that it exists, its hash and time of receipt.
 */
export function documentRoutes(deps: AppDeps) {
  /** Loads a document the principal may read, gated and logged by the categories it holds. */
  const readDocument = async (principal: Principal, id: string, query: Record<string, string>) => {
    const doc = await deps.store.getDocument(id);
    const notFound = new HttpError(404, 'document-not-found', `No document ${id}`);
    if (!doc) throw notFound;
    const access = await caseAccess(deps, principal, doc.caseId).catch(() => {
      throw notFound;
    });
    if (!maySee(access, principal, doc) || !ownDocument(await competitorScope(deps, access, principal), doc)) throw notFound;
    // Its retention has run: the content was deleted after the e-file went to the archive.
    if (doc.size > 0 && doc.content.length === 0) throw new HttpError(410, 'content-deleted', 'The content of this document was deleted after the case\'s retention; the e-file was handed to the archive');
    await gateAndLog(principal, access, query, `dokument:${doc.kind}`, revealed(access.definition, [doc]));
    return doc;
  };

  /**
   * A staff read of documents: consent for every gated category they hold, then one log entry
   * naming what was read and those categories — the documents', not the whole case's.
   */
  const gateAndLog = async (principal: Principal, access: CaseAccess, query: Record<string, string>, what: string, categories: string[]) => {
    const purpose = requirePurpose(access, query.purpose);
    await consentGate(deps, principal, access, categories);
    await logRead(deps, principal, access, purpose, [what, ...categories]);
  };

  return [
    defineRoute({
      method: 'get', path: '/api/documents/:id', tag: 'documents', access: 'any', params: { id: 'uuid' }, query: purposeQuery, produces: 'application/octet-stream',
      summary: 'Download a document of a case (staff reads are logged)',
      async handler({ ctx, principal, params, query }) {
        const doc = await readDocument(principal!, params.id!, query);
        if (unopened(doc)) throw sealedError(doc);
        ctx.set('Content-Type', doc.mediaType);
        ctx.set('Content-Disposition', `attachment; filename="${doc.fileName.replace(/[^\w.-]/g, '_')}"`);
        ctx.set('Digest', `sha-256=${Buffer.from(doc.sha256, 'hex').toString('base64')}`);
        return doc.content;
      },
    }),
    defineRoute({
      method: 'get', path: '/api/documents/:id/verify', tag: 'documents', access: 'any', params: { id: 'uuid' }, query: purposeQuery,
      summary: 'Check a document: its hash, and for receipts and sealed PDFs the authority\'s seal against the trusted root', response: verification,
      async handler({ principal, params, query }) {
        const doc = await readDocument(principal!, params.id!, query);
        const hash = createHash('sha256').update(doc.content).digest('hex');
        // Unopened, the envelope is checked against its hash as filed; the content's hash is shown.
        if (unopened(doc)) return { ok: hash === doc.seal!.envelopeSha256, kind: doc.kind, ...sealedFacts(doc), signatures: [] };
        const intact = hash === doc.sha256;
        const signatures = doc.signatures.map(({ format, signer, signedAt }) => ({ format, signer, signedAt }));
        if (doc.signatures.some((s) => s.format === 'PAdES')) {
          const seal = await verifySealedPdf(new Uint8Array(doc.content), { trustedCertificates: await deps.trustedCertificates() });
          return { ok: intact && seal.ok, kind: doc.kind, sha256: doc.sha256, signatures, errors: seal.errors, checks: seal.checks };
        }
        if (doc.kind !== 'receipt') return { ok: intact, kind: doc.kind, sha256: doc.sha256, signatures };
        const result = await verifyReceipt(new Uint8Array(doc.content), { trustedCertificates: await deps.trustedCertificates() });
        return { ok: intact && result.ok, kind: doc.kind, sha256: doc.sha256, errors: result.errors, receipt: result.receipt };
      },
    }),
    defineRoute({
      method: 'get', path: '/api/cases/:id/documents', tag: 'documents', access: 'any', params: { id: 'uuid' }, query: purposeQuery, response: arrayOf(caseDocument),
      summary: 'The documents of a case the caller may see, without their content, oldest first (staff reads are logged)',
      async handler({ principal, params, query }) {
        const access = await caseAccess(deps, principal!, params.id!);
        const scope = await competitorScope(deps, access, principal!);
        const records = (await deps.store.documentsOf(access.record.id)).filter((d) => maySee(access, principal!, d) && ownDocument(scope, d));
        // Titles, kinds, hashes and signatures are procedural data; each content is read (and gated) on its own.
        await logRead(deps, principal!, access, requirePurpose(access, query.purpose), ['dokumentliste', GENERAL_CATEGORY]);
        return records.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()).map((d) => (unopened(d)
          ? { id: d.id, kind: d.kind, title: d.title, createdAt: d.createdAt.toISOString(), signatures: [], ...sealedFacts(d) }
          : {
            id: d.id, kind: d.kind, title: d.title, fileName: d.fileName, mediaType: d.mediaType, size: d.size, sha256: d.sha256, createdAt: d.createdAt.toISOString(),
            signatures: d.signatures.map(({ format, signer, signedAt }) => ({ format, signer, signedAt })),
          }));
      },
    }),
    defineRoute({
      method: 'get', path: '/api/cases/:id/efile/export', tag: 'documents', access: 'any', params: { id: 'uuid' }, query: purposeQuery, produces: 'application/zip',
      summary: 'Export the Akte of a case as an xdomea-style ZIP (manifest with hashes, documents, audit trail)',
      async handler({ ctx, principal, params, query }) {
        const access = await caseAccess(deps, principal!, params.id!);
        const caseId = access.record.id;
        const kept = await deps.store.closedCase(caseId);
        if (kept?.personalDataDeletedAt) {
          throw new HttpError(410, 'personal-data-deleted', `The case's retention has run: its e-file went to the archive (SHA-256 ${kept.exportSha256}) and its personal data was deleted`);
        }
        // A party with competitors (a bidder) gets its own part of the Akte: documents and audit entries.
        const scope = await competitorScope(deps, access, principal!);
        const records = (await deps.store.documentsOf(caseId)).filter((d) => maySee(access, principal!, d) && ownDocument(scope, d));
        // The Akte is its documents and the audit trail (procedural data: events, states, hashes).
        await gateAndLog(principal!, access, query, 'akte', revealed(access.definition, records));
        const documents = records.map((d): EFileDocument | EFileSealedDocument => (unopened(d)
          ? { id: d.id, title: d.title, sealed: { sha256: d.sha256, receivedAt: d.seal!.receivedAt } }
          : {
            id: d.id, title: d.title, fileName: d.fileName, mediaType: d.mediaType, content: new Uint8Array(d.content),
            signatures: d.signatures.map((s) => ({ format: s.format as 'PAdES' | 'CAdES-detached', signer: s.signer, signedAt: s.signedAt })),
          }));
        const auditTrail = (await deps.store.auditTrail(caseId)).filter((e) => ownAuditEntry(scope, e)).map(toAuditEntry);
        const title = access.definition.title.de;
        const zip = exportEFile({ id: caseId, title, authority: access.record.authority, cases: [{ id: caseId, title, documents }], auditTrail, ...(scope ? { auditExcerpt: true } : {}) },
          { exportedAt: new Date().toISOString() });
        ctx.set('Content-Type', 'application/zip');
        ctx.set('Content-Disposition', `attachment; filename="akte-${caseId}.zip"`);
        return Buffer.from(zip);
      },
    }),
  ];
}
