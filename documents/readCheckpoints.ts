import { X509Certificate, verify } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { ChainCheckpoint, ChainHead, CheckpointBatchLine, CheckpointKeyLine, CheckpointLine } from './ChainCheckpoint.js';
import { certificateKid, checkpointSignedBytes } from './openCheckpointLog.js';

/** What {@link readCheckpoints} found: verified checkpoints per chain, and every line it could not trust. */
export interface CheckpointFile {
  /** False when there is no file at all. */
  exists: boolean;
  /** Checkpoints whose signature verified with a key certified by a trusted root, per chain, in file order. */
  checkpoints: Map<string, ChainCheckpoint[]>;
  /** Lines (1-based) that are unreadable, unsigned, signed by an unknown or uncertified key, or forged. */
  problems: { line: number; reason: string }[];
}

const HASH = /^[0-9a-f]{64}$/;

/**
 * Reads and verifies a checkpoint file written by `openCheckpointLog`: every key line's
 * certificate must be issued by one of `trustedRootPems`, every checkpoint signed by such a key.
 * A batched line (`type: 'checkpoints'`) is trusted or not as a whole and yields one checkpoint
 * per head it holds; single lines (`type: 'checkpoint'`, all that older files hold) read as before.
 * Never throws for bad content — that is reported per line — only for an unreadable file.
 */
export async function readCheckpoints(file: string, trustedRootPems: readonly string[]): Promise<CheckpointFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { exists: false, checkpoints: new Map(), problems: [] };
    throw err;
  }
  const roots = trustedRootPems.map((pem) => new X509Certificate(pem));
  const keys = new Map<string, KeyObject>();
  const checkpoints = new Map<string, ChainCheckpoint[]>();
  const problems: { line: number; reason: string }[] = [];
  text.split('\n').forEach((raw, index) => {
    if (!raw.trim()) return;
    const line = index + 1;
    let parsed: CheckpointKeyLine | CheckpointLine | CheckpointBatchLine;
    try {
      parsed = JSON.parse(raw) as CheckpointKeyLine | CheckpointLine | CheckpointBatchLine;
    } catch {
      problems.push({ line, reason: 'not JSON' });
      return;
    }
    const reason = parsed?.type === 'key' ? addKey(parsed, roots, keys)
      : parsed?.type === 'checkpoint' ? checkLine(parsed, keys)
        : parsed?.type === 'checkpoints' ? checkBatchLine(parsed, keys)
          : 'neither a key nor a checkpoint';
    if (reason) problems.push({ line, reason });
    else if (parsed.type !== 'key') {
      const { at, kid } = parsed;
      for (const { chain, length, head } of parsed.type === 'checkpoint' ? [parsed] : parsed.heads) {
        checkpoints.set(chain, [...(checkpoints.get(chain) ?? []), { chain, length, head, at, kid }]);
      }
    }
  });
  return { exists: true, checkpoints, problems };
}

/** Adds a key line's certificate when a trusted root issued it; else why not. */
function addKey(line: CheckpointKeyLine, roots: X509Certificate[], keys: Map<string, KeyObject>): string | undefined {
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(line.certificate);
  } catch {
    return 'certificate unreadable';
  }
  if (certificateKid(line.certificate) !== line.kid) return 'key id does not match the certificate';
  if (!roots.some((root) => certificate.checkIssued(root) && certificate.verify(root.publicKey))) return 'certificate not issued by a trusted root';
  keys.set(line.kid, certificate.publicKey);
  return undefined;
}

/** Whether `value` is a well-formed chain head: a named chain, a length from 1, a SHA-256 hex hash. */
function isHead(value: unknown): value is ChainHead {
  const { chain, length, head } = (value ?? {}) as Partial<ChainHead>;
  return typeof chain === 'string' && Number.isInteger(length) && (length as number) >= 1 && typeof head === 'string' && HASH.test(head);
}

/** Why a checkpoint line cannot be trusted, or undefined when its signature verifies. */
function checkLine(line: CheckpointLine, keys: Map<string, KeyObject>): string | undefined {
  if (!isHead(line) || typeof line.at !== 'string' || typeof line.signature !== 'string') return 'malformed checkpoint';
  return checkSignature(line, keys);
}

/** Why a batched checkpoint line cannot be trusted (any bad head spoils the line), or undefined when it verifies. */
function checkBatchLine(line: CheckpointBatchLine, keys: Map<string, KeyObject>): string | undefined {
  if (!Array.isArray(line.heads) || !line.heads.length || !line.heads.every(isHead) || typeof line.at !== 'string'
    || typeof line.signature !== 'string') return 'malformed checkpoint';
  return checkSignature(line, keys);
}

/** Whether the key the line names was introduced and its signature verifies over the line's signed bytes. */
function checkSignature(line: CheckpointLine | CheckpointBatchLine, keys: Map<string, KeyObject>): string | undefined {
  const key = keys.get(line.kid);
  if (!key) return 'signed by a key the file has not introduced';
  const valid = verify('sha256', checkpointSignedBytes(line), key, Buffer.from(line.signature, 'base64'));
  return valid ? undefined : 'signature does not verify';
}
