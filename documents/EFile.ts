import type { AuditEntry } from './AuditEntry.js';

/** A signature on an e-file document: embedded (PAdES) or a separate detached CMS (CAdES). */
export interface EFileSignature {
  format: 'PAdES' | 'CAdES-detached';
  /** Who signed, as shown to people, e.g. the certificate's common name. */
  signer: string;
  /** UTC ISO 8601. */
  signedAt: string;
  /** The detached CMS (DER) for `CAdES-detached`; PAdES signatures live inside the PDF. */
  content?: Uint8Array;
}

/** One document (Dokument) of a case. */
export interface EFileDocument {
  id: string;
  title: string;
  fileName: string;
  mediaType: string;
  content: Uint8Array;
  signatures?: readonly EFileSignature[];
}

/** A case (Vorgang) and its documents. */
export interface EFileCase {
  id: string;
  title: string;
  documents: readonly EFileDocument[];
}

/** The e-file (Akte): its cases, their documents and the hash-chained audit trail. */
export interface EFile {
  id: string;
  title: string;
  authority: string;
  cases: readonly EFileCase[];
  auditTrail: readonly AuditEntry[];
}
