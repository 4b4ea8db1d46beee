import { defineSearchAttributeKey } from '@temporalio/common';
import type { SearchAttributeUpdatePair } from '@temporalio/common';
import type { ProcedureConfig } from '../engine/index.js';
import type { PendingDeadline } from './contract.js';

/**
 * The patch (`patched()`, evaluated once at the start of a run) under which a case keeps only
 * the search attributes it was started with — procedure and authority — and upserts none on
 * its transitions: the case list (state, deadlines, waiting-for) is served by PostgreSQL
 * (store/caseListRepo.ts), and each upsert cost a history event and a visibility write per
 * transition. Histories from before upsert state and deadline as they did. ARCHITECTURE.md,
 * "Search attributes".
 */
export const SEARCH_ATTRIBUTES_AT_START = 'search-attributes-at-start';

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

/**
 * What a case is started with since `search-attributes-at-start`: the two attributes that never
 * change (procedure, authority), for operators finding the running workflows of a procedure.
 */
export function startSearchAttributes(def: ProcedureConfig): SearchAttributeUpdatePair[] {
  return [
    { key: searchAttributeKeys.procedure, value: def.id },
    { key: searchAttributeKeys.authority, value: def.authority },
  ];
}
