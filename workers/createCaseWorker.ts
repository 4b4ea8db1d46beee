import { createRequire } from 'node:module';
import type { PayloadCodec } from '@temporalio/common';
import { NativeConnection, Worker } from '@temporalio/worker';
import type { WorkerOptions } from '@temporalio/worker';
import { createActivities } from './activities.js';
import type { ActivityDeps } from './activities.js';

const require = createRequire(import.meta.url);

/** Path of the workflows module the worker bundles (`workflows/index.ts`). */
export const workflowsPath = require.resolve('../workflows/index.ts');

/**
 * Workflow bundling: the ReDoS checker behind definition validation is large and never runs
 * in a workflow (workflows only validate form data), so it stays out of the bundle.
 */
export const bundlerOptions = { ignoreModules: ['recheck'] };

/** Options to build a case worker. */
export interface CaseWorkerOptions {
  address: string;
  namespace: string;
  taskQueue: string;
  deps: ActivityDeps;
  /** Encrypts payloads (the installation's PayloadCipher); clients must use the same. */
  payloadCodec?: PayloadCodec;
  /** A pre-built workflow bundle (`bundleWorkflowCode`), to skip bundling at start. */
  workflowBundle?: WorkerOptions['workflowBundle'];
}

/** Connects to Temporal and creates a worker for cases; `run()` it, `shutdown()` to stop. */
export async function createCaseWorker(opts: CaseWorkerOptions): Promise<{ worker: Worker; connection: NativeConnection }> {
  const connection = await NativeConnection.connect({ address: opts.address });
  const worker = await Worker.create({
    connection,
    namespace: opts.namespace,
    taskQueue: opts.taskQueue,
    activities: createActivities(opts.deps),
    // Heartbeats reach Temporal every 2 s, not every 8 s (0.8 × the 10-s heartbeat timeout): with
    // 2 s of slack an overloaded machine timed attempts out while they still ran (issue 15).
    maxHeartbeatThrottleInterval: '2 seconds',
    ...(opts.payloadCodec ? { dataConverter: { payloadCodecs: [opts.payloadCodec] } } : {}),
    ...(opts.workflowBundle ? { workflowBundle: opts.workflowBundle } : { workflowsPath, bundlerOptions }),
  });
  return { worker, connection };
}
