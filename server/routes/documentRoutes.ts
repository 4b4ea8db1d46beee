import { createHash } from 'node:crypto';
import { exportEFile, verifyReceipt } from '../../documents/index.js';
import type { AuditEntry, EFileDocument } from '../../documents/index.js';
import type { AppDeps } from '../AppDeps.js';
import { caseData } from '../../workflows/index.js';
import { caseAccess } from '../access/caseAccess.js';
import type { CaseAccess } from '../access/caseAccess.js';
import { consentGate } from '../access/consentGate.js';
import { categoriesIn } from '../access/dataCategories.js';
import { logRead, requirePurpose } from '../access/logRead.js';
import { HttpError } from '../HttpError.js';
import { defineRoute } from '../http/RouteSpec.js';
import type { Principal } from '../http/RouteSpec.js';
import { purposeQuery } from './schemas.js';

/** Documents of e-files: download, verification, and the export of a case's Akte. */
export function documentRoutes(deps: AppDeps) {
  /** Loads a document the principal may read, logging a staff read first. */
  const readDocument = async (principal: Principal, id: string, query: Record<string, string>) => {
    const doc = await deps.store.getDocument(id);
    if (!doc) throw new HttpError(404, 'document-not-found', `No document ${id}`);
    const access = await caseAccess(deps, principal, doc.caseId).catch(() => {
      throw new HttpError(404, 'document-not-found', `No document ${id}`);
    });
    await gateAndLog(principal, access, query, `dokument:${doc.kind}`);
    return doc;
  };

  /**
   * Documents carry the case's data (a receipt's submission, a decision's fields), so staff
   * need consent for every gated category the case holds, and the read logs them all.
   */
  const gateAndLog = async (principal: Principal, access: CaseAccess, query: Record<string, string>, what: string) => {
    const purpose = requirePurpose(access, query.purpose);
    const categories = access.as === 'staff'
      ? categoriesIn(access.definition, await deps.temporal.client.workflow.getHandle(access.record.id).query(caseData))
      : [];
    await consentGate(deps, principal, access, categories);
    await logRead(deps, principal, access, purpose, [what, ...categories]);
  };

  return [
    defineRoute({
      method: 'get', path: '/api/documents/:id', tag: 'documents', access: 'any', params: { id: 'uuid' }, query: purposeQuery, produces: 'application/octet-stream',
      summary: 'Download a document of a case (staff reads are logged)',
      async handler({ ctx, principal, params, query }) {
        const doc = await readDocument(principal!, params.id!, query);
        ctx.set('Content-Type', doc.mediaType);
        ctx.set('Content-Disposition', `attachment; filename="${doc.fileName.replace(/[^\w.-]/g, '_')}"`);
        ctx.set('Digest', `sha-256=${Buffer.from(doc.sha256, 'hex').toString('base64')}`);
        return doc.content;
      },
    }),
    defineRoute({
      method: 'get', path: '/api/documents/:id/verify', tag: 'documents', access: 'any', params: { id: 'uuid' }, query: purposeQuery,
      summary: 'Check a document: its hash, and for receipts the authority\'s seal against the trusted root',
      async handler({ principal, params, query }) {
        const doc = await readDocument(principal!, params.id!, query);
        const intact = createHash('sha256').update(doc.content).digest('hex') === doc.sha256;
        const signatures = doc.signatures.map(({ format, signer, signedAt }) => ({ format, signer, signedAt }));
        if (doc.kind !== 'receipt') return { ok: intact, kind: doc.kind, sha256: doc.sha256, signatures };
        const result = await verifyReceipt(new Uint8Array(doc.content), { trustedCertificates: await deps.trustedCertificates() });
        return { ok: intact && result.ok, kind: doc.kind, sha256: doc.sha256, errors: result.errors, receipt: result.receipt };
      },
    }),
    defineRoute({
      method: 'get', path: '/api/cases/:id/efile/export', tag: 'documents', access: 'any', params: { id: 'uuid' }, query: purposeQuery, produces: 'application/zip',
      summary: 'Export the Akte of a case as an xdomea-style ZIP (manifest with hashes, documents, audit trail)',
      async handler({ ctx, principal, params, query }) {
        const access = await caseAccess(deps, principal!, params.id!);
        await gateAndLog(principal!, access, query, 'akte');
        const caseId = access.record.id;
        const documents: EFileDocument[] = (await deps.store.documentsOf(caseId)).map((d) => ({
          id: d.id, title: d.title, fileName: d.fileName, mediaType: d.mediaType, content: new Uint8Array(d.content),
          signatures: d.signatures.map((s) => ({ format: s.format as 'PAdES' | 'CAdES-detached', signer: s.signer, signedAt: s.signedAt })),
        }));
        const auditTrail = (await deps.store.auditTrail(caseId)).map(({ caseId, seq, prevHash, hash, at, actor, action, details }) =>
          ({ caseId, seq, prevHash, hash, at, actor, action, details }) as AuditEntry);
        const title = access.definition.title.de;
        const zip = exportEFile({ id: caseId, title, authority: access.record.authority, cases: [{ id: caseId, title, documents }], auditTrail },
          { exportedAt: new Date().toISOString() });
        ctx.set('Content-Type', 'application/zip');
        ctx.set('Content-Disposition', `attachment; filename="akte-${caseId}.zip"`);
        return Buffer.from(zip);
      },
    }),
  ];
}
