// Public face of documents/: signatures, development PKI, receipts, decision PDFs, the
// audit trail, the e-file export, payload encryption and sealed documents. Activities and the
// CLI import only from here.
export type { Signer, SignatureAlgorithm } from './Signer.js';
export { createDetachedCms, type DetachedCmsOptions } from './createDetachedCms.js';
export {
  verifyDetachedCms, type CheckOutcome, type DetachedCmsChecks, type DetachedCmsVerification, type VerifyDetachedCmsOptions,
} from './verifyDetachedCms.js';
export { ensureDevPki, type DevPki, type EnsureDevPkiOptions } from './ensureDevPki.js';
export { devInstallationSigner, devSigner } from './devSigner.js';
export type { DocumentError, DocumentErrorCode } from './DocumentError.js';
export { sha256Hex } from './sha256Hex.js';
export type { ReceivedAttachment, Receipt, ReceiptAttachment, ReceiptFile, ReceiptInput } from './Receipt.js';
export { createReceipt } from './createReceipt.js';
export { verifyReceipt, type ReceiptVerification, type VerifyReceiptOptions } from './verifyReceipt.js';
export type { AuditEntry, AuditEvent, JsonValue } from './AuditEntry.js';
export { appendAuditEntry } from './appendAuditEntry.js';
export { verifyAuditChain, type AuditChainBreak, type AuditChainVerification } from './verifyAuditChain.js';
export type { ChainCheckpoint, ChainHead } from './ChainCheckpoint.js';
export { openCheckpointLog, type CheckpointLog } from './openCheckpointLog.js';
export { openDevCheckpointLog } from './openDevCheckpointLog.js';
export { readCheckpoints, type CheckpointFile } from './readCheckpoints.js';
export { checkAgainstCheckpoints, type CheckpointComparison } from './checkAgainstCheckpoints.js';
export { renderDocument, type DocumentContent } from './renderDocument.js';
export { renderDocumentTemplate, type RenderedTemplate } from './renderDocumentTemplate.js';
export { caseReference } from './caseReference.js';
export { sealPdf, type SealOptions } from './sealPdf.js';
export { isPdf } from './isPdf.js';
export {
  verifySealedPdf, type SealDescription, type SealedPdfChecks, type SealedPdfVerification, type VerifySealedPdfOptions,
} from './verifySealedPdf.js';
export type { EFile, EFileCase, EFileDocument, EFileSealedDocument, EFileSignature } from './EFile.js';
export { exportEFile, type ExportEFileOptions } from './exportEFile.js';
export { canonicalJson } from './canonicalJson.js';
export { PayloadCipher } from './PayloadCipher.js';
export { loadPayloadCipher } from './loadPayloadCipher.js';
export { DocumentSealer, type OpenFailure, type SealBinding, type SealedFile } from './DocumentSealer.js';
export { loadDocumentSealer } from './loadDocumentSealer.js';
