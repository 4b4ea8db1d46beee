// Deadlines under faults. The API opens only published procedures, whose legal periods are
// months; so these cases are started as any Temporal client could, on the catalogue's DSGVO
// request with its one-month answer period shortened to seconds, timed to fall due while the
// faults run. After the faults each must have escalated (`eskalation`), however late.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

/** Starts one case per period in `seconds` and submits it, so its answer period starts now. */
export async function startDeadlineCases(cluster: ChaosCluster, requester: string, seconds: number[]): Promise<DeadlineCase[]> {
  const { client } = cluster.services;
  return Promise.all(seconds.map(async (s) => {
    const definition = withShortPeriod(s);
    const caseId = randomUUID();
    const handle = await client.workflow.start(caseWorkflow, {
      workflowId: caseId, taskQueue: cluster.taskQueue, args: [{ caseId, definition, parties: [{ id: requester, role: 'requester' }] }],
    });
    const data = structuredClone((definition.forms!.ersuchen!.schema.examples as Record<string, unknown>[])[0]!);
    await handle.executeUpdate(sendEvent, { args: [{ caseId, eventId: randomUUID(), type: 'SUBMIT', data, actor: { id: requester, role: 'requester' } }] });
    return { caseId, dueAt: Date.now() + s * 1000 };
  }));
}
