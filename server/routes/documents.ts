import { createHash } from 'node:crypto';
import Router from '@koa/router';
import { exportEFile, verifyReceipt } from '../../documents/index.js';
import type { AuditEntry, EFileDocument } from '../../documents/index.js';
import type { AppDeps } from '../AppDeps.js';
import { HttpError } from '../HttpError.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function uuidParam(raw: string | undefined, what: string): string {
  if (!raw || !UUID.test(raw)) throw new HttpError(404, `${what}-not-found`, `No ${what} ${String(raw).slice(0, 64)}`);
  return raw;
}

/** Documents of e-files: download, verification, and the export of a case's Akte. */
export function documentRoutes(deps: AppDeps): Router {
  const router = new Router();

  const loadDocument = async (raw: string | undefined) => {
    const id = uuidParam(raw, 'document');
    const doc = await deps.store.getDocument(id);
    if (!doc) throw new HttpError(404, 'document-not-found', `No document ${id}`);
    return doc;
  };

  router.get('/api/documents/:id', async (ctx) => {
    const doc = await loadDocument(ctx.params.id);
    ctx.set('Content-Type', doc.mediaType);
    ctx.set('Content-Disposition', `attachment; filename="${doc.fileName.replace(/[^\w.-]/g, '_')}"`);
    ctx.set('Digest', `sha-256=${Buffer.from(doc.sha256, 'hex').toString('base64')}`);
    ctx.body = doc.content;
  });

  router.get('/api/documents/:id/verify', async (ctx) => {
    const doc = await loadDocument(ctx.params.id);
    const intact = createHash('sha256').update(doc.content).digest('hex') === doc.sha256;
    if (doc.kind !== 'receipt') {
      ctx.body = { ok: intact, kind: doc.kind, sha256: doc.sha256, signatures: doc.signatures.map(({ format, signer, signedAt }) => ({ format, signer, signedAt })) };
      return;
    }
    const result = await verifyReceipt(new Uint8Array(doc.content), { trustedCertificates: await deps.trustedCertificates() });
    ctx.body = { ok: intact && result.ok, kind: doc.kind, sha256: doc.sha256, errors: result.errors, receipt: result.receipt };
  });

  router.get('/api/cases/:id/efile/export', async (ctx) => {
    const caseId = uuidParam(ctx.params.id, 'case');
    const record = await deps.store.getCase(caseId);
    if (!record) throw new HttpError(404, 'case-not-found', `No case ${caseId}`);
    const documents: EFileDocument[] = (await deps.store.documentsOf(caseId)).map((d) => ({
      id: d.id, title: d.title, fileName: d.fileName, mediaType: d.mediaType, content: new Uint8Array(d.content),
      signatures: d.signatures.map((s) => ({
        format: s.format as 'PAdES' | 'CAdES-detached', signer: s.signer, signedAt: s.signedAt,
        ...(s.content ? { content: new Uint8Array(Buffer.from(s.content, 'base64')) } : {}),
      })),
    }));
    const auditTrail = (await deps.store.auditTrail(caseId)).map(({ seq, prevHash, hash, at, actor, action, details }) =>
      ({ seq, prevHash, hash, at, actor, action, details }) as AuditEntry);
    const title = deps.catalogue.get(record.procedure)?.title.de ?? record.procedure;
    const zip = exportEFile({ id: caseId, title, authority: record.authority, cases: [{ id: caseId, title, documents }], auditTrail },
      { exportedAt: new Date().toISOString() });
    ctx.set('Content-Type', 'application/zip');
    ctx.set('Content-Disposition', `attachment; filename="akte-${caseId}.zip"`);
    ctx.body = Buffer.from(zip);
  });

  return router;
}
