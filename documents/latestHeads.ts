import type { ChainHead } from './ChainCheckpoint.js';

/**
 * Of the heads waiting for one checkpoint line, those worth signing: per chain the longest,
 * since a hash chain's later head covers every earlier entry (checkAgainstCheckpoints then finds
 * a rewrite or truncation of them just as well). Distinct heads of one length are all kept, so a
 * conflict between them stays visible to verification. Order of first appearance; only the
 * `chain`, `length` and `head` fields.
 */
export function latestHeads(pending: readonly ChainHead[]): ChainHead[] {
  const longest = new Map<string, ChainHead[]>();
  for (const { chain, length, head } of pending) {
    const kept = longest.get(chain);
    const top = kept?.[0]?.length ?? 0;
    if (!kept || length > top) longest.set(chain, [{ chain, length, head }]);
    else if (length === top && !kept.some((k) => k.head === head)) kept.push({ chain, length, head });
  }
  return [...longest.values()].flat();
}
