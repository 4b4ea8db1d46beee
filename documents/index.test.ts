import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import * as documents from './index.js';
import { sampleDocument } from './testing/sampleDocument.js';

// One pass through the public face, in the order a case uses it: what the activities will wire up.
describe('documents (public API)', { timeout: 60_000 }, () => {
  it('receipts, seals, audits and exports a case end to end', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'amtsweg-pki-'));
    const pki = await documents.ensureDevPki(dir, ['gewerbeamt']);
    const signer = await documents.devSigner(dir, 'gewerbeamt');
    const receivedAt = new Date(Math.floor(Date.now() / 1000) * 1000).toISOString();
    const data = { name: 'Jürgen Müller' };

    const receipt = await documents.createReceipt(
      { caseId: 'GA-1', procedure: 'gewerbeanmeldung', version: 3, authority: 'gewerbeamt', receivedAt, data, attachments: [] }, signer);
    const checked = await documents.verifyReceipt(JSON.stringify(receipt), { trustedCertificates: [pki.rootCertificatePem], data });
    expect(checked.ok).toBe(true);

    const pdf = await documents.renderDocument(sampleDocument(receivedAt, String(data.name)));
    const sealed = await documents.sealPdf(pdf, signer, { reason: 'Bescheid', location: 'Musterstadt', name: 'Gewerbeamt Musterstadt' });
    expect(await documents.verifySealedPdf(sealed, { trustedCertificates: [pki.rootCertificatePem] })).toMatchObject({ ok: true, errors: [] });

    const submitted = documents.appendAuditEntry(undefined, { caseId: 'GA-1', at: receivedAt, actor: 'citizen:1', action: 'case.submitted', details: { data: receipt.receipt.dataSha256 } });
    const sealedEntry = documents.appendAuditEntry(submitted, { caseId: 'GA-1', at: receivedAt, actor: 'sb-17', action: 'document.sealed', details: { sha256: documents.sha256Hex(sealed) } });
    const trail = [submitted, sealedEntry];
    expect(documents.verifyAuditChain(trail)).toEqual({ ok: true });

    const zip = documents.exportEFile({
      id: 'akte-GA-1', title: 'Gewerbeanmeldung Müller', authority: 'gewerbeamt', auditTrail: trail,
      cases: [{ id: 'GA-1', title: 'Gewerbeanmeldung', documents: [
        { id: 'bescheid', title: 'Bescheid', fileName: 'bescheid.pdf', mediaType: 'application/pdf', content: sealed,
          signatures: [{ format: 'PAdES', signer: 'Siegel gewerbeamt', signedAt: receivedAt }] },
      ] }],
    }, { exportedAt: receivedAt });
    const files = unzipSync(zip);
    expect(strFromU8(files['xdomea.xml']!)).toContain(`sha256="${documents.sha256Hex(sealed)}"`);
    expect(Buffer.from(files['dokumente/bescheid-bescheid.pdf']!).equals(Buffer.from(sealed))).toBe(true);
  });
});
