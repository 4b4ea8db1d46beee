// Driving cases through the Temporal client, as any client of the cluster could (the HTTP API
// is one such client). Used where a test needs actors before HTTP login exists in the suite.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Client, WorkflowHandle } from '@temporalio/client';
import { expect } from 'vitest';
import type { Actor, FristCalendar, ProcedureConfig } from '../../engine/index.js';
import { caseWorkflow, sendEvent, view } from '../../workflows/index.js';
import type { CaseView } from '../../workflows/index.js';
import { projectRoot, waitFor } from '../../scripts/index.js';

/** A catalogue definition, read fresh (tests may change their copy). */
export function catalogueDefinition(id: string): ProcedureConfig {
  return JSON.parse(readFileSync(join(projectRoot, 'definitions', id, 'procedure.json'), 'utf8')) as ProcedureConfig;
}

/** The first `examples` entry of a form's schema: realistic data the catalogue ships. */
export function example(def: ProcedureConfig, form: string): Record<string, unknown> {
  const examples = def.forms?.[form]?.schema.examples as Record<string, unknown>[] | undefined;
  if (!examples?.[0]) throw new Error(`form ${form} of ${def.id} has no example`);
  return structuredClone(examples[0]);
}

/**
 * Starts a case on a definition (its version fixed for the case's life); without `calendar`
 * like a case from before Fristen were counted (exact periods).
 */
export async function startCase(client: Client, taskQueue: string, definition: ProcedureConfig, calendar?: FristCalendar): Promise<WorkflowHandle<typeof caseWorkflow>> {
  const caseId = randomUUID();
  return client.workflow.start(caseWorkflow, { workflowId: caseId, taskQueue, args: [{ caseId, definition, ...(calendar ? { calendar } : {}) }] });
}

/**
 * Sends an event as `actor`; resolves to the view after it (the Update answers an
 * acknowledgement, the view is queried) or rejects with the Update failure.
 */
export async function send(handle: WorkflowHandle, type: string, actor: Actor, data: Record<string, unknown> = {}, updateId?: string): Promise<CaseView> {
  await handle.executeUpdate(sendEvent, { args: [{ caseId: handle.workflowId, eventId: randomUUID(), type, data, actor }], ...(updateId ? { updateId } : {}) });
  return handle.query(view);
}

/** Waits until the case has carried out all its queued effects and records. */
export function settled(handle: WorkflowHandle, timeoutMs = 60_000): Promise<CaseView> {
  return waitFor('case settled', timeoutMs, async () => {
    const v = await handle.query(view);
    expect(v.pendingEffects).toBe(0);
    return v;
  });
}

/** Replaces the `after` durations of a definition (legal periods → seconds for tests). */
export function withDeadlines(def: ProcedureConfig, map: Record<string, string>): ProcedureConfig {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (!node || typeof node !== 'object') return node;
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, k === 'after'
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([d, t]) => [map[d] ?? d, walk(t)]))
      : walk(v)]));
  };
  return { ...def, machine: walk(def.machine) as ProcedureConfig['machine'] };
}
