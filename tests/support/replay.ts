// Replays the histories a suite produced against the current workflow code: a determinism
// error (changed workflow code, non-deterministic engine) fails the suite.
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import type { Client } from '@temporalio/client';
import type { PayloadCodec } from '@temporalio/common';
import { bundlerOptions, workflowsPath } from '../../workers/index.js';

Runtime.install({ logger: new DefaultLogger('WARN') });

/** Fetches each workflow's history and replays all of them; returns how many were replayed. */
export async function replayCases(client: Client, workflowIds: string[], payloadCodec: PayloadCodec): Promise<number> {
  const histories = await Promise.all(workflowIds.map(async (workflowId) => ({
    workflowId, history: await client.workflow.getHandle(workflowId).fetchHistory(),
  })));
  let replayed = 0;
  for await (const result of Worker.runReplayHistories({ workflowsPath, bundlerOptions, replayName: 'integration', dataConverter: { payloadCodecs: [payloadCodec] } }, histories)) {
    if (result.error) throw new Error(`replay of ${result.workflowId} failed: ${result.error.message}`, { cause: result.error });
    replayed += 1;
  }
  return replayed;
}
