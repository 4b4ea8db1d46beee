// Worker process entry point (`npm run worker`): runs case workflows and their effects.
// Any number of these may run side by side against one Temporal cluster and one database.
import { DefaultLogger, Runtime } from '@temporalio/worker';
import type { LogLevel } from '@temporalio/worker';
import { readTemporalConfig } from '../scripts/index.js';
import { openStore } from '../store/index.js';
import { createCaseWorker } from './index.js';

Runtime.install({ logger: new DefaultLogger((process.env.LOG_LEVEL ?? 'INFO').toUpperCase() as LogLevel) });
const config = readTemporalConfig();
const address = process.env.TEMPORAL_ADDRESS ?? `${config.devServer.ip}:${config.devServer.port}`;
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error('[worker] DATABASE_URL is not set (npm start sets it; for a standalone worker, point it at PostgreSQL).');
  process.exit(1);
}

const store = await openStore(databaseUrl);
const effectDelayMs = Number(process.env.AMTSWEG_DEMO_EFFECT_DELAY_MS ?? 0);
const t0 = performance.now();
const { worker, connection } = await createCaseWorker({ address, namespace: config.namespace, taskQueue: config.taskQueue, deps: { store, effectDelayMs } });
console.log(`[worker] ready in ${Math.round(performance.now() - t0)} ms: ${address}, namespace ${config.namespace}, task queue ${config.taskQueue}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => worker.shutdown());
try {
  await worker.run();
} finally {
  await connection.close();
  await store.close();
}
