// Worker process entry point (`npm run worker`): runs case workflows and their effects.
// Any number of these may run side by side against one Temporal cluster and one database.
import { DefaultLogger, Runtime } from '@temporalio/worker';
import type { LogLevel } from '@temporalio/worker';
import { loadAuthorities, readConfig } from '../config/index.js';
import { readTemporalConfig } from '../scripts/index.js';
import { openStore } from '../store/index.js';
import { loadDocumentSealer, loadPayloadCipher, openDevCheckpointLog } from '../documents/index.js';
import { devSigners } from './devSigners.js';
import { createMailer } from './mail/index.js';
import { createCaseWorker } from './index.js';
import { startRetentionJob } from './retentionJob.js';
import { startDeadlineNearJob } from './deadlineNearJob.js';
import { join } from 'node:path';
import { loadCatalogue } from '../definitions/index.js';

const settings = readConfig();
Runtime.install({ logger: new DefaultLogger(settings.logLevel.toUpperCase().replace('FATAL', 'ERROR') as LogLevel) });
const config = readTemporalConfig();
const env = process.env;
const address = settings.temporalAddress ?? `${config.devServer.ip}:${config.devServer.port}`;
if (!settings.databaseUrl) {
  console.error('[worker] DATABASE_URL is not set (npm start sets it; for a standalone worker, point it at PostgreSQL).');
  process.exit(1);
}

// Every audit append is anchored in the installation's signed checkpoint file (issue 9, finding 5).
const store = await openStore(settings.databaseUrl, { checkpoints: await openDevCheckpointLog(settings.pkiDir, settings.checkpointFile) });
const payloadCodec = await loadPayloadCipher(settings.payloadKeyFile);
const mailer = settings.smtpUrl ? createMailer({ smtpUrl: settings.smtpUrl, from: settings.mailFrom }) : undefined;
const delayMs = Number(env.AMTSWEG_TEST_EFFECT_DELAY_MS ?? 0);
const t0 = performance.now();
const deps = {
  store,
  signerFor: devSigners(settings.pkiDir),
  sealer: loadDocumentSealer(settings.sealingKeyFile),
  authorities: loadAuthorities(settings.authoritiesFile),
  ...(mailer ? { mailer } : {}),
};
const { worker, connection } = await createCaseWorker({
  address, namespace: config.namespace, taskQueue: config.taskQueue, payloadCodec,
  deps: { ...deps, ...(delayMs > 0 ? { effectDelay: { ms: delayMs, types: (env.AMTSWEG_TEST_EFFECT_DELAY_TYPES ?? '').split(',').filter(Boolean) } } : {}) },
});
console.log(`[worker] ready in ${Math.round(performance.now() - t0)} ms: ${address}, namespace ${config.namespace}, task queue ${config.taskQueue}${mailer ? ', mail via SMTP_URL' : ', no SMTP_URL: portal inbox only'}`);
// The definitions' retention of closed cases: archive package first, then the personal data goes (README).
const stopRetention = startRetentionJob(store, join(settings.dataDir, 'archive'));
// Staff hear of legal deadlines running out within AMTSWEG_DEADLINE_NEAR_DAYS (README, workbench).
const stopDeadlineNear = startDeadlineNearJob(deps, settings.deadlineNearDays, loadCatalogue());
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => worker.shutdown());
try {
  await worker.run();
} finally {
  stopRetention();
  stopDeadlineNear();
  await connection.close();
  mailer?.close();
  await store.close();
}
