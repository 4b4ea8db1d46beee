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

/**
 * A sealed document not yet opened (a bid before the opening, § 55 VgV): the e-file shows that
 * it exists, its hash and time of receipt — not its content, name or size.
 */
export interface EFileSealedDocument {
  id: string;
  title: string;
  sealed: {
    /** SHA-256 (hex) of the content received, as the receipt confirms it. */
    sha256: string;
    /** UTC ISO 8601. */
    receivedAt: string;
  };
}

/** A case (Vorgang) and its documents. */
export interface EFileCase {
  id: string;
  title: string;
  documents: readonly (EFileDocument | EFileSealedDocument)[];
}

/** The e-file (Akte): its cases, their documents and the hash-chained audit trail. */
export interface EFile {
  id: string;
  title: string;
  authority: string;
  cases: readonly EFileCase[];
  auditTrail: readonly AuditEntry[];
  /**
   * The trail is an excerpt (a party's own entries, its competitors' left out): it has gaps by
   * design and is marked `kette="auszug"`, not as broken.
   */
  auditExcerpt?: boolean;
}
