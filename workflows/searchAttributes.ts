import { defineSearchAttributeKey } from '@temporalio/common';
import type { SearchAttributeUpdatePair } from '@temporalio/common';
import type { ProcedureConfig } from '../engine/index.js';
import type { PendingDeadline } from './contract.js';

/** Search attribute keys (registered from temporal.yaml on the dev server). */
export const searchAttributeKeys = {
  procedure: defineSearchAttributeKey('AmtswegProcedure', 'KEYWORD'),
  state: defineSearchAttributeKey('AmtswegState', 'KEYWORD'),
  authority: defineSearchAttributeKey('AmtswegAuthority', 'KEYWORD'),
  deadline: defineSearchAttributeKey('AmtswegDeadline', 'DATETIME'),
};

/** A state value as one keyword: `submitted`, or `review.fire` for nested, `a.x|b.y` for parallel. */
export function stateKeyword(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).map(([k, v]) => {
      const inner = stateKeyword(v);
      return inner.includes('|') ? `${k}.(${inner})` : `${k}.${inner}`;
    }).join('|');
  }
  return String(value);
}

/** Current search attribute values of a case. */
export function searchAttributesOf(def: ProcedureConfig, snapshot: { value: unknown }, deadlines: PendingDeadline[]): SearchAttributeUpdatePair[] {
  const next = deadlines.map((d) => d.dueAt).sort()[0];
  return [
    { key: searchAttributeKeys.procedure, value: def.id },
    { key: searchAttributeKeys.state, value: stateKeyword(snapshot.value) },
    { key: searchAttributeKeys.authority, value: def.authority },
    { key: searchAttributeKeys.deadline, value: next ? new Date(next) : null },
  ];
}
