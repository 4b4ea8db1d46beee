import { X509Certificate } from 'node:crypto';
import { appendFile, chmod, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { canonicalJson } from './canonicalJson.js';
import type { ChainHead, CheckpointKeyLine, CheckpointLine } from './ChainCheckpoint.js';
import { sha256Hex } from './sha256Hex.js';
import type { Signer } from './Signer.js';

/** Appends signed checkpoints of hash chains to a file; see {@link openCheckpointLog}. */
export interface CheckpointLog {
  /** Signs `head` and appends it; resolves once the line is written. */
  anchor(head: ChainHead): Promise<void>;
}

/** The fields of a checkpoint line its signature covers, as signed bytes. */
export function checkpointSignedBytes(line: Omit<CheckpointLine, 'signature'>): Uint8Array {
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
 */
export function openCheckpointLog(file: string, signer: Signer, now: () => Date = () => new Date()): CheckpointLog {
  const kid = certificateKid(signer.certificatePem);
  let keyWritten = false;
  let queue: Promise<unknown> = Promise.resolve();
  const write = async (line: CheckpointKeyLine | CheckpointLine) => {
    await appendFile(file, `${JSON.stringify(line)}\n`, { mode: 0o600 });
  };
  return {
    anchor(head) {
      const written = queue.then(async () => {
        if (!keyWritten) {
          await mkdir(dirname(file), { recursive: true, mode: 0o700 });
          await write({ type: 'key', kid, certificate: signer.certificatePem });
          await chmod(file, 0o600);
          keyWritten = true;
        }
        const unsigned = { type: 'checkpoint' as const, chain: head.chain, length: head.length, head: head.head, at: now().toISOString(), kid };
        const signature = Buffer.from(await signer.sign(checkpointSignedBytes(unsigned))).toString('base64');
        await write({ ...unsigned, signature });
      });
      queue = written.catch(() => undefined); // one failed write must not block the next
      return written;
    },
  };
}
