// Deadlines under faults. The API opens only published procedures, whose legal periods are
// months; so these cases are started as any Temporal client could, on the catalogue's DSGVO
// request with its one-month answer period shortened to seconds, timed to fall due while the
// faults run. After the faults each must have escalated (`eskalation`), however late.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { ProcedureConfig } from '../../engine/index.js';
import { projectRoot } from '../../scripts/index.js';
import { caseWorkflow, sendEvent } from '../../workflows/index.js';
import type { ChaosCluster } from './cluster.js';

/** One deadline case and when its period ends. */
export interface DeadlineCase {
  caseId: string;
  dueAt: number;
}

/** The DSGVO definition with every `P1M` period replaced by `seconds`. */
function withShortPeriod(seconds: number): ProcedureConfig {
  const text = readFileSync(join(projectRoot, 'definitions', 'dsgvo-auskunft', 'procedure.json'), 'utf8');
  return JSON.parse(text.replaceAll('"P1M":', `"PT${seconds}S":`)) as ProcedureConfig;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `fn` again after a failure — an update that timed out on the overloaded machine, Temporal
 * restarting — as a client would, for up to ten minutes. Starts and updates keep their ids, so
 * a retry of one that did take effect changes nothing.
 */
async function again<T>(fn: () => Promise<T>): Promise<T> {
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (Date.now() - started > 600_000) throw err;
      await sleep(Math.min(1_000 * attempt, 5_000));
    }
  }
}

/** Starts one case per period in `seconds` and submits it, so its answer period starts now. */
export async function startDeadlineCases(cluster: ChaosCluster, requester: string, seconds: number[]): Promise<DeadlineCase[]> {
  const { client } = cluster.services;
  return Promise.all(seconds.map(async (s) => {
    const definition = withShortPeriod(s);
    const caseId = randomUUID();
    const eventId = randomUUID();
    const start = () => client.workflow.start(caseWorkflow, {
      workflowId: caseId, taskQueue: cluster.taskQueue, args: [{ caseId, definition, parties: [{ id: requester, role: 'requester' }] }],
    }).catch((err: unknown) => {
      if (err instanceof WorkflowExecutionAlreadyStartedError) return client.workflow.getHandle(caseId);
      throw err;
    });
    const handle = await again(start);
    const data = structuredClone((definition.forms!.ersuchen!.schema.examples as Record<string, unknown>[])[0]!);
    await again(() => handle.executeUpdate(sendEvent, { updateId: eventId, args: [{ caseId, eventId, type: 'SUBMIT', data, actor: { id: requester, role: 'requester' } }] }));
    return { caseId, dueAt: Date.now() + s * 1000 };
  }));
}
