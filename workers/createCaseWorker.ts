import { createRequire } from 'node:module';
import type { PayloadCodec } from '@temporalio/common';
import { NativeConnection, Worker } from '@temporalio/worker';
import type { WorkerOptions } from '@temporalio/worker';
import { createActivities } from './activities.js';
import type { ActivityDeps } from './activities.js';

const require = createRequire(import.meta.url);

/** Path of the workflows module the worker bundles (`workflows/index.ts`). */
export const workflowsPath = require.resolve('../workflows/index.ts');
const sharedLibraries = require.resolve('../workflows/sharedLibraries.ts');

/**
 * Workflow bundling: the ReDoS checker behind definition validation is large and never runs
 * in a workflow (workflows only validate form data), so it stays out of the bundle. The large
 * libraries a case loads are evaluated once per workflow thread and shared by every case
 * (`preloadModules`, with the SDK's reusable V8 context) instead of once per case: in the
 * profile of `bench:cases` their evaluation was most of a case's 12 ms start. Only libraries
 * without module-level state that could differ between a run and its replay may be shared (the
 * SDK freezes their exports): the date arithmetic (temporal-polyfill), ajv and its formats
 * (workflows/sharedLibraries.ts). Not xstate: its actor ids count up at module level. Per-case
 * state (compiled form validators) lives in our own modules, which every case evaluates afresh.
 */
export const bundlerOptions = { ignoreModules: ['recheck'], preloadModules: [sharedLibraries] };

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
