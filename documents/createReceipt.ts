import { canonicalJson } from './canonicalJson.js';
import { createDetachedCms } from './createDetachedCms.js';
import { isUtcIsoString } from './isUtcIsoString.js';
import type { Receipt, ReceiptFile, ReceiptInput } from './Receipt.js';
import { dataSha256, describeAttachment, hashAttachment } from './receiptDigests.js';
import type { Signer } from './Signer.js';

/**
 * Issues the Eingangsbestätigung for a submission: a receipt bound to the SHA-256 of the
 * canonical form data and of every attachment (of a sealed submission by hash alone, see
 * `ReceiptInput.sealed`), sealed by the authority's `signer` (detached
 * CAdES over the receipt's RFC 8785 form, signing time = `receivedAt`). Deterministic apart from
 * the signature itself. Throws for a `receivedAt` that is not UTC ISO 8601, data that is not JSON
 * or duplicate attachment names — all programmer mistakes upstream.
 */
export async function createReceipt(input: ReceiptInput, signer: Signer): Promise<ReceiptFile> {
  if (!isUtcIsoString(input.receivedAt)) {
    throw new TypeError(`createReceipt: receivedAt must be UTC ISO 8601, got ${JSON.stringify(input.receivedAt)}`);
  }
  const names = input.attachments.map((a) => a.name);
  if (new Set(names).size !== names.length) throw new TypeError('createReceipt: attachment names must be unique');

  const receipt: Receipt = {
    type: 'amtsweg-receipt',
    version: 1,
    caseId: input.caseId,
    procedure: input.procedure,
    procedureVersion: input.version,
    authority: input.authority,
    receivedAt: input.receivedAt,
    dataSha256: dataSha256(input.data),
    attachments: input.attachments.map(input.sealed ? hashAttachment : describeAttachment),
  };
  const signed = new TextEncoder().encode(canonicalJson(receipt));
  const cms = await createDetachedCms(signer, signed, { signingTime: new Date(input.receivedAt) });
  return { receipt, signature: Buffer.from(cms).toString('base64'), certificate: signer.certificatePem };
}
