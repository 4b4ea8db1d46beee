import { X509Certificate } from 'node:crypto';
import { appendFile, chmod, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { canonicalJson } from './canonicalJson.js';
import type { ChainHead, CheckpointBatchLine, CheckpointKeyLine, CheckpointLine } from './ChainCheckpoint.js';
import { groupCommit } from './groupCommit.js';
import { latestHeads } from './latestHeads.js';
import { sha256Hex } from './sha256Hex.js';
import type { Signer } from './Signer.js';

/** Appends signed checkpoints of hash chains to a file; see {@link openCheckpointLog}. */
export interface CheckpointLog {
  /** Signs `head` and appends it; resolves once a line covering it is written. */
  anchor(head: ChainHead): Promise<void>;
}

/**
 * The fields of a checkpoint line (single or batched) its signature covers, as signed bytes.
 * Fields are picked by name, so what a reader verifies is exactly what it then trusts.
 */
export function checkpointSignedBytes(line: Omit<CheckpointLine, 'signature'> | Omit<CheckpointBatchLine, 'signature'>): Uint8Array {
  if (line.type === 'checkpoints') {
    const { type, heads, at, kid } = line;
    return new TextEncoder().encode(canonicalJson({ type, heads: heads.map(({ chain, length, head }) => ({ chain, length, head })), at, kid }));
  }
  const { type, chain, length, head, at, kid } = line;
  return new TextEncoder().encode(canonicalJson({ type, chain, length, head, at, kid }));
}

/** SHA-256 (hex) of a PEM certificate's DER form: how checkpoint lines name their key. */
export function certificateKid(certificatePem: string): string {
  return sha256Hex(new X509Certificate(certificatePem).raw);
}

/**
 * Opens the checkpoint file of the installation (`<data>/audit/checkpoints.jsonl`): JSON lines,
 * append-only, owner-only (folder 0700, file 0600), outside the database, so that whoever
 * controls the database alone cannot make a chain shorter or rewrite it unnoticed (issue 9,
 * finding 5). Each line is signed by `signer` (the installation's seal); a process writes the
 * signer's certificate once, before its first checkpoint, so keys may change over the years.
 * Several processes may append to one file: each line is one `O_APPEND` write.
 *
 * A signature costs milliseconds of CPU, and every audit or access-log append anchors a head,
 * so lines are group-committed: heads that arrive while a line is being signed and written wait
 * and go into the next line together (`type: 'checkpoints'`), of each chain only the longest
 * (it covers the shorter ones through the hash chain). A lone head still gets the single
 * `type: 'checkpoint'` line older readers know.
 */
export function openCheckpointLog(file: string, signer: Signer, now: () => Date = () => new Date()): CheckpointLog {
  const kid = certificateKid(signer.certificatePem);
  let keyWritten = false;
  const write = async (line: CheckpointKeyLine | CheckpointLine | CheckpointBatchLine) => {
    await appendFile(file, `${JSON.stringify(line)}\n`, { mode: 0o600 });
  };
  const sign = async (unsigned: Omit<CheckpointLine, 'signature'> | Omit<CheckpointBatchLine, 'signature'>) =>
    Buffer.from(await signer.sign(checkpointSignedBytes(unsigned))).toString('base64');
  const anchor = groupCommit<ChainHead>(async (pending) => {
    if (!keyWritten) {
      await mkdir(dirname(file), { recursive: true, mode: 0o700 });
      await write({ type: 'key', kid, certificate: signer.certificatePem });
      await chmod(file, 0o600);
      keyWritten = true;
    }
    const heads = latestHeads(pending);
    const at = now().toISOString();
    if (heads.length === 1) {
      const [{ chain, length, head }] = heads as [ChainHead];
      const unsigned = { type: 'checkpoint' as const, chain, length, head, at, kid };
      await write({ ...unsigned, signature: await sign(unsigned) });
    } else {
      const unsigned = { type: 'checkpoints' as const, heads, at, kid };
      await write({ ...unsigned, signature: await sign(unsigned) });
    }
  });
  return { anchor };
}
