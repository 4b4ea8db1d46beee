// Replays the histories a suite produced against the current workflow code: a determinism
// error (changed workflow code, non-deterministic engine) fails the suite.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { historyToJSON } from '@temporalio/common/lib/proto-utils.js';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import type { Client } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import type { PayloadCodec } from '@temporalio/common';
import { bundlerOptions, workflowsPath } from '../../workers/index.js';

Runtime.install({ logger: new DefaultLogger('WARN') });

/** An event type's readable name (the proto enum number otherwise). */
const eventTypeName = (type: unknown) => (typeof type === 'number' ? (temporal.api.enums.v1.EventType[type] ?? String(type)) : String(type));

/** Where the history of a failed replay is written. */
const FAILED_DIR = join(process.cwd(), '.data', 'replay-failures');

/** Fetches each workflow's history and replays all of them; returns how many were replayed. */
export async function replayCases(client: Client, workflowIds: string[], payloadCodec: PayloadCodec): Promise<number> {
  const histories = await Promise.all(workflowIds.map(async (workflowId) => ({
    workflowId, history: await client.workflow.getHandle(workflowId).fetchHistory(),
  })));
  let replayed = 0;
  for await (const result of Worker.runReplayHistories({ workflowsPath, bundlerOptions, replayName: 'integration', dataConverter: { payloadCodecs: [payloadCodec] } }, histories)) {
    if (result.error) {
      // Kept for diagnosis (payloads as the codec wrote them; replay with Worker.runReplayHistory): a rare failure is gone otherwise.
      const history = histories.find((h) => h.workflowId === result.workflowId)?.history;
      const file = join(FAILED_DIR, `${result.workflowId}.json`);
      if (history) {
        mkdirSync(FAILED_DIR, { recursive: true });
        writeFileSync(file, historyToJSON(history));
        // The shape of the history (ids and types, no payloads) into the log, where CI keeps it.
        const events = history.events ?? [];
        console.error(`replay of ${result.workflowId} failed; its ${events.length} events:\n${events.map((e) => `${String(e.eventId)} ${eventTypeName(e.eventType)}${e.workflowExecutionUpdateAcceptedEventAttributes ? ` update=${e.workflowExecutionUpdateAcceptedEventAttributes.protocolInstanceId ?? ''}` : ''}`).join('\n')}`);
      }
      throw new Error(`replay of ${result.workflowId} failed: ${result.error.message}${history ? ` (history kept in ${file})` : ''}`, { cause: result.error });
    }
    replayed += 1;
  }
  return replayed;
}
