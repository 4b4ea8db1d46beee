// Integration-test set-up: a throw-away Temporal dev server and PostgreSQL cluster per suite,
// on free ports and in a temp folder, so tests never touch .data/ and can run beside npm start.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import {
  findTemporalCli, freePort, projectRoot, readTemporalConfig, startLocalPostgres, startTemporalDevServer, stopProcess,
} from '../../scripts/index.js';
import type { DevServer, LocalPostgres } from '../../scripts/index.js';
import { PayloadCipher, ensureDevPki } from '../../documents/index.js';
import { loadCatalogue } from '../../definitions/index.js';
import { openStore } from '../../store/index.js';
import { startMailSink } from '../../workers/mail/index.js';
import type { MailSink } from '../../workers/mail/index.js';
import type { Store } from '../../store/index.js';

export const config = readTemporalConfig();

/** Services of one suite. */
export interface TestServices {
  dir: string;
  /** Development PKI of the suite (root and one seal per catalogue authority). */
  pkiDir: string;
  rootCertificatePem: string;
  /** The suite's payload encryption; its worker processes get the same key. */
  payloadCodec: PayloadCipher;
  payloadKey: string;
  /** Development SMTP listener; worker processes send to it. */
  mail: MailSink;
  temporal: DevServer;
  postgres: LocalPostgres;
  store: Store;
  client: Client;
  /** Starts a dev server again on the same port and SQLite file (after `temporal.stop()`). */
  restartTemporal(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts Temporal and PostgreSQL for a suite; applies migrations; connects a client. */
export async function startServices(): Promise<TestServices> {
  const dir = mkdtempSync(join(tmpdir(), 'amtsweg-test-'));
  chmodSync(dir, 0o755); // the postgres OS user must reach its data folder
  const cli = findTemporalCli();
  if (!cli) throw new Error('No Temporal CLI; run node scripts/bootstrap.mjs');
  const spec = {
    ...config.devServer, sqlitePragmas: config.testServer.sqlitePragmas, cli: cli.path, headless: true,
    port: await freePort(), dbFilename: join(dir, 'temporal.db'), namespace: config.namespace, searchAttributes: config.searchAttributes,
  };
  const services = {} as TestServices;
  services.dir = dir;
  [services.temporal, services.postgres] = await Promise.all([
    startTemporalDevServer(spec),
    startLocalPostgres({ dataDir: join(dir, 'pg'), port: await freePort(), database: 'amtsweg' }),
  ]);
  services.pkiDir = join(dir, 'pki');
  const authorities = [...new Set([...loadCatalogue().values()].map((d) => d.authority))];
  services.rootCertificatePem = (await ensureDevPki(services.pkiDir, authorities)).rootCertificatePem;
  services.mail = await startMailSink({ dir: join(dir, 'mail') });
  services.store = await openStore(services.postgres.url);
  await services.store.migrate();
  services.payloadKey = randomBytes(32).toString('base64');
  services.payloadCodec = await PayloadCipher.create(Buffer.from(services.payloadKey, 'base64'), 'test');
  const connection = await Connection.connect({ address: services.temporal.address });
  services.client = new Client({ connection, namespace: config.namespace, dataConverter: { payloadCodecs: [services.payloadCodec] } });
  services.restartTemporal = async () => {
    services.temporal = await startTemporalDevServer(spec);
  };
  services.stop = async () => {
    await connection.close();
    await services.store.close();
    await services.mail.close();
    await services.temporal.stop();
    await services.postgres.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  return services;
}

/** A worker running as its own OS process (`workers/main.ts`), so a test can SIGKILL it. */
export interface WorkerProcess {
  process: ChildProcess;
  output(): string;
  stop(): Promise<void>;
  kill(): Promise<void>;
}

/** Starts `workers/main.ts` against the suite's services and waits until it polls. */
export async function startWorkerProcess(services: TestServices, taskQueue: string, env: Record<string, string> = {}): Promise<WorkerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'workers/main.ts'], {
    cwd: projectRoot,
    env: { ...process.env, TEMPORAL_ADDRESS: services.temporal.address, TEMPORAL_TASK_QUEUE: taskQueue, DATABASE_URL: services.postgres.url, AMTSWEG_PKI_DIR: services.pkiDir, SMTP_URL: services.mail.url, AMTSWEG_PAYLOAD_KEY: services.payloadKey, AMTSWEG_PAYLOAD_KEY_ID: 'test', LOG_LEVEL: 'WARN', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('[worker] ready')) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`worker exited (${code}) before it was ready:\n${output}`)));
  });
  await ready;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    process: child,
    output: () => output,
    stop: () => stopProcess(child),
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}
