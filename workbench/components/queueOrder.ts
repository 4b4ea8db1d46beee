/** What the queue's order reads of a case: its running deadlines and its last change. */
interface Ordered {
  deadlines: { dueAt: string }[];
  updatedAt: string;
}

/** The nearest running deadline of a case (ms), Infinity without one. */
export function nearestDeadline(item: Pick<Ordered, 'deadlines'>): number {
  return Math.min(...item.deadlines.map((d) => Date.parse(d.dueAt)), Infinity);
}

/** The queue's default order: nearest legal deadline first; cases without one after them, oldest change first. */
export function byNearestDeadline(a: Ordered, b: Ordered): number {
  const da = nearestDeadline(a);
  const db = nearestDeadline(b);
  if (da !== db) return da === Infinity ? 1 : db === Infinity ? -1 : da - db;
  return Date.parse(a.updatedAt) - Date.parse(b.updatedAt);
}
