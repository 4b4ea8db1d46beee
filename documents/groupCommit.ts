/**
 * Batches calls to one slow, serial `write` (group commit): the first item starts a write at
 * once (after the current synchronous code, so a burst of calls in one tick shares it); items
 * that arrive while a write is under way wait and go into the next one, all together. Each
 * returned promise settles with the write that carried its item, so a caller learns of success
 * only once its item is durable; a failed write rejects its own items and never blocks the next.
 * This turns N expensive writes (each a signature) into about one per write's duration.
 */
export function groupCommit<T>(write: (items: T[]) => Promise<void>): (item: T) => Promise<void> {
  let pending: { item: T; resolve: () => void; reject: (err: unknown) => void }[] = [];
  let writing = false;
  const drain = async () => {
    while (pending.length) {
      const batch = pending;
      pending = [];
      try {
        await write(batch.map((p) => p.item));
        for (const p of batch) p.resolve();
      } catch (err) {
        for (const p of batch) p.reject(err);
      }
    }
    writing = false;
  };
  return (item) => new Promise<void>((resolve, reject) => {
    pending.push({ item, resolve, reject });
    if (writing) return;
    writing = true;
    queueMicrotask(() => void drain());
  });
}
