import type { ProcedureConfig } from '../../../engine/index.js';
import type { CaseListItem } from './caseTypes.js';

/** The key (in `cases:status`) of a case's status in words; a case still in its first state is a draft. */
export function statusKey(c: { status: CaseListItem['status']; state: unknown }, def: ProcedureConfig | undefined): string {
  if (c.status === 'active' && def && c.state === def.machine.initial) return 'status.draft';
  return `status.${c.status}`;
}
