/**
 * The state of one hash chain at one moment: its name (`audit:<case id>`, `access:<citizen>`),
 * how many entries it had and the hash of the last one. Kept outside the database, signed, it
 * lets a later verification see a chain that was cut short or rewritten (issue 9, finding 5).
 */
export interface ChainHead {
  chain: string;
  length: number;
  head: string;
}

/** A {@link ChainHead} as the checkpoint file holds it: when, and signed by which key. */
export interface ChainCheckpoint extends ChainHead {
  /** UTC ISO 8601 time the checkpoint was written. */
  at: string;
  /** SHA-256 (hex) of the DER certificate whose key signed it. */
  kid: string;
}

/** Line of the checkpoint file that introduces a signing certificate, before its first checkpoint. */
export interface CheckpointKeyLine {
  type: 'key';
  kid: string;
  certificate: string;
}

/** Line of the checkpoint file with one signed checkpoint; the signature covers the RFC 8785 form of all but itself. */
export interface CheckpointLine extends ChainCheckpoint {
  type: 'checkpoint';
  /** Base64 signature value of the installation's {@link Signer}. */
  signature: string;
}

/**
 * Line of the checkpoint file with several chain heads under one signature, written when heads
 * arrive faster than one signature takes (group commit); the signature covers the RFC 8785 form
 * of all but itself. Each head reads back as a {@link ChainCheckpoint} with the line's `at` and `kid`.
 */
export interface CheckpointBatchLine {
  type: 'checkpoints';
  /** At most one head per chain in practice: the longest pending one covers the shorter ones. */
  heads: ChainHead[];
  /** UTC ISO 8601 time the line was written. */
  at: string;
  /** SHA-256 (hex) of the DER certificate whose key signed it. */
  kid: string;
  /** Base64 signature value of the installation's {@link Signer}. */
  signature: string;
}
