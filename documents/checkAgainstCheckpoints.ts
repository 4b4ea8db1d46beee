import type { ChainCheckpoint } from './ChainCheckpoint.js';

/** How a chain compares with its checkpoints: `anchored` entries are covered by one that matches. */
export type CheckpointComparison =
  | { ok: true; anchored: number }
  | { ok: false; firstBroken: number; reason: 'truncated' | 'rewritten' };

/**
 * Compares a chain as the database holds it now — the hash of entry 1, 2, … in `hashes` — with
 * the checkpoints written as it grew: a checkpoint longer than the chain means entries were
 * removed from its end ('truncated', from the first missing one); a checkpoint whose head is not
 * the hash at its length means the chain was rewritten ('rewritten', from the first entry no
 * matching checkpoint covers). Checkpoints need not be sorted. Pure.
 */
export function checkAgainstCheckpoints(hashes: readonly string[], checkpoints: readonly ChainCheckpoint[]): CheckpointComparison {
  let anchored = 0;
  for (const checkpoint of [...checkpoints].sort((a, b) => a.length - b.length)) {
    if (checkpoint.length > hashes.length) return { ok: false, firstBroken: hashes.length + 1, reason: 'truncated' };
    if (hashes[checkpoint.length - 1] !== checkpoint.head) return { ok: false, firstBroken: anchored + 1, reason: 'rewritten' };
    anchored = checkpoint.length;
  }
  return { ok: true, anchored };
}
