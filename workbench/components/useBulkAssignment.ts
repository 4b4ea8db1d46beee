import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { idempotencyKey } from '../../ui/index.js';
import { assignCases } from '../api/assignment.js';
import type { Colleague } from '../api/assignment.js';
import type { BulkOutcome } from './BulkReport.js';

/**
 * The queue's selection and its bulk assignment: which rows are chosen, whether a request runs,
 * and the outcome of the last one (per case, for the report). The selection clears after an
 * action; the queue is read again.
 */
export function useBulkAssignment(colleagues: Colleague[]) {
  const queries = useQueryClient();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<BulkOutcome | null>(null);

  const toggle = (id: string, on: boolean) => setChosen((now) => {
    const next = new Set(now);
    if (on) next.add(id); else next.delete(id);
    return next;
  });

  const assign = async (assignee: string | null) => {
    setBusy(true);
    try {
      const results = await assignCases([...chosen], assignee, idempotencyKey());
      const who = colleagues.find((c) => c.sub === assignee)?.name ?? assignee ?? '';
      setOutcome({ assignee, who, results });
      setChosen(new Set(results.filter((r) => !r.ok).map((r) => r.caseId)));
      await queries.invalidateQueries({ queryKey: ['queue'] });
    } catch (err) {
      setOutcome({ failed: (err as Error).message });
    } finally {
      setBusy(false);
    }
  };

  return { chosen, toggle, busy, outcome, assign };
}
