/** One file received with a submission. */
export interface ReceivedAttachment {
  name: string;
  mediaType: string;
  content: Uint8Array;
}

/** What `createReceipt` confirms: exactly what the authority received, and when. */
export interface ReceiptInput {
  caseId: string;
  /** Procedure id, e.g. `gewerbeanmeldung`. */
  procedure: string;
  /** Version of the procedure definition the case runs on. */
  version: number;
  /** Authority id; its seal signs the receipt. */
  authority: string;
  /** UTC ISO 8601 time of receipt (`…Z`), passed in — the library reads no clock. */
  receivedAt: string;
  /** The form data as received (JSON). */
  data: unknown;
  attachments: readonly ReceivedAttachment[];
  /**
   * The submission is filed sealed (a bid, § 55 VgV): the receipt lists each attachment by its
   * SHA-256 only, since its name, media type and exact size would tell staff before the opening
   * what the sealed envelope hides and pads away.
   */
  sealed?: boolean;
}

/** An attachment as listed in a receipt: its hash and size stand in for the content. */
export interface ListedAttachment {
  name: string;
  mediaType: string;
  sha256: string;
  size: number;
}

/** An attachment of a sealed submission as listed in a receipt: its hash alone. */
export interface SealedAttachment {
  sha256: string;
}

/** An attachment as listed in a receipt: described, or of a sealed submission by hash alone. */
export type ReceiptAttachment = ListedAttachment | SealedAttachment;

/** The signed statement. Its RFC 8785 canonical form is what the CMS signature covers. */
export interface Receipt {
  type: 'amtsweg-receipt';
  version: 1;
  caseId: string;
  procedure: string;
  procedureVersion: number;
  authority: string;
  receivedAt: string;
  /** SHA-256 (hex) of the RFC 8785 canonical form of the form data. */
  dataSha256: string;
  attachments: ReceiptAttachment[];
}

/**
 * The self-contained receipt file the citizen keeps (serialise with JSON.stringify). Everything
 * needed to check it offline is inside; only the trust anchor must come from elsewhere. Without
 * Amtsweg, standard tools do (jq's sorted compact output equals RFC 8785 for these plain values):
 * `jq -jcS .receipt r.json > r.c; jq -r .signature r.json | base64 -d > r.p7s;
 *  openssl cms -verify -binary -inform DER -in r.p7s -content r.c -CAfile root.pem -purpose any`
 */
export interface ReceiptFile {
  receipt: Receipt;
  /** Base64 of the DER CMS SignedData, detached over the canonical receipt. */
  signature: string;
  /** The authority's seal certificate (PEM), for display; the CMS carries it too. */
  certificate: string;
}
