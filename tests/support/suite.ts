// The usual shape of an integration suite: the run's Temporal dev server and its own database, a worker
// process on a unique task queue, the API in-process, and — at the end — a replay of every
// case history the suite produced against the current workflow code.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect } from 'vitest';
import { startApi } from './api.js';
import type { TestApi } from './api.js';
import { replayCases } from './replay.js';
import { startServices, startWorkerProcess } from './services.js';
import type { TestServices, WorkerProcess } from './services.js';
import type { DevServerSpec } from '../../scripts/index.js';

/** What a suite's tests use; filled in by `beforeAll`. */
export interface CaseSuite {
  services: TestServices;
  worker: WorkerProcess;
  api: TestApi;
  taskQueue: string;
  /** Cases to replay after the suite. */
  caseIds: string[];
}

/** Registers set-up and tear-down of a case suite; `prefix` names its task queue. */
export function useCaseSuite(prefix: string, options: { worker?: boolean; ownTemporal?: boolean; temporalConfig?: DevServerSpec['dynamicConfig'] } = {}): CaseSuite {
  const suite = { taskQueue: `${prefix}-${randomUUID()}`, caseIds: [] as string[] } as CaseSuite;
  beforeAll(async () => {
    suite.services = await startServices({ ownTemporal: options.ownTemporal, ...(options.temporalConfig ? { temporalConfig: options.temporalConfig } : {}) });
    if (options.worker !== false) suite.worker = await startWorkerProcess(suite.services, suite.taskQueue);
    suite.api = await startApi(suite.services, suite.taskQueue);
  });
  afterAll(async () => {
    if (suite.caseIds.length) expect(await replayCases(suite.services.client, suite.caseIds, suite.services.payloadCodec)).toBe(suite.caseIds.length);
    await suite.api?.close();
    await suite.worker?.stop();
    await suite.services?.stop();
  });
  return suite;
}
