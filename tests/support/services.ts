// Integration-test set-up. One Temporal dev server and one PostgreSQL cluster serve the whole
// `npm test` run (started by tests/support/globalSetup.ts; each suite gets its own database and
// task queue). Suites that stop or restart Temporal on purpose start their own (`ownTemporal`),
// and so does a script outside Vitest (the benchmark). Nothing touches .data/.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import pg from 'pg';
import { prepareDatabase, projectRoot, readTemporalConfig, startTemporalDevServer, stopProcess } from '../../scripts/index.js';
import type { DevServerSpec, LocalPostgres } from '../../scripts/index.js';
import { readConfig } from '../../config/index.js';
import { DocumentSealer, PayloadCipher, ensureDevPki, openDevCheckpointLog } from '../../documents/index.js';
import { loadCatalogue } from '../../definitions/index.js';
import { migrateSchema, openStore } from '../../store/index.js';
import { startMailSink } from '../../workers/mail/index.js';
import type { MailSink } from '../../workers/mail/index.js';
import type { Store } from '../../store/index.js';
import { SHARED_POSTGRES, SHARED_TEMPORAL, startTemporalAndPostgres, testDevServerSpec, testDir } from './servers.js';

export const config = readTemporalConfig();

/** A Temporal frontend a suite talks to; `stop` exists only for a server the suite owns. */
export interface SuiteTemporal {
  address: string;
  stop(): Promise<void>;
}

/** Services of one suite. */
export interface TestServices {
  dir: string;
  /** Development PKI of the suite (root, the installation's seal, one seal per catalogue authority). */
  pkiDir: string;
  /** Signed checkpoints of the suite's audit trails and access logs (`<dir>/audit/checkpoints.jsonl`). */
  checkpointFile: string;
  rootCertificatePem: string;
  /** The suite's payload encryption; its worker processes get the same key. */
  payloadCodec: PayloadCipher;
  payloadKey: string;
  /** The suite's sealing key (sealed documents, bids); its worker processes get the same. */
  sealer: DocumentSealer;
  sealingKey: string;
  /** Development SMTP listener; worker processes send to it. */
  mail: MailSink;
  temporal: SuiteTemporal;
  /** The suite's own database (in the shared cluster, or in its own). */
  postgres: LocalPostgres;
  store: Store;
  client: Client;
  /** Starts the suite's own dev server again on the same port and SQLite file (`ownTemporal` only). */
  restartTemporal(): Promise<void>;
  stop(): Promise<void>;
}

/** A database of its own for one suite in the shared cluster (owned by the owner role); `stop` drops it. */
async function suiteDatabase(shared: Omit<LocalPostgres, 'stop'>): Promise<LocalPostgres> {
  const name = `suite_${randomBytes(6).toString('hex')}`;
  await prepareDatabase(shared.superuserUrl, name);
  const on = (url: string) => Object.assign(new URL(url), { pathname: `/${name}` }).toString();
  return {
    url: on(shared.url),
    ownerUrl: on(shared.ownerUrl),
    superuserUrl: on(shared.superuserUrl),
    async stop() {
      const client = new pg.Client({ connectionString: shared.superuserUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** Only a store: a database of its own in the run's cluster, migrated, for suites that need no Temporal. */
export async function startStore(): Promise<{ store: Store; stop(): Promise<void> }> {
  const shared = process.env[SHARED_POSTGRES];
  if (!shared) throw new Error('startStore needs the integration global set-up (tests/support/globalSetup.ts)');
  const database = await suiteDatabase(JSON.parse(shared) as Omit<LocalPostgres, 'stop'>);
  try {
    await migrateSchema(database.ownerUrl, database.url);
    const store = await openStore(database.url);
    return { store, stop: async () => { await store.close(); await database.stop(); } };
  } catch (err) {
    await database.stop();
    throw err;
  }
}

/**
 * Temporal and PostgreSQL for a suite, migrations applied, a client connected; shared by the run
 * unless `ownTemporal` (a suite that stops the server) or no global set-up ran (a script).
 */
export async function startServices(options: { ownTemporal?: boolean; temporalConfig?: DevServerSpec['dynamicConfig'] } = {}): Promise<TestServices> {
  const dir = testDir();
  const cleanups: (() => Promise<unknown>)[] = [async () => rmSync(dir, { recursive: true, force: true })];
  const cleanUp = async () => {
    for (const step of cleanups.reverse()) await step().catch((err: Error) => console.error(`[services] clean-up: ${err.message}`));
  };
  try {
    const services = { dir } as TestServices;
    const shared = !options.ownTemporal && process.env[SHARED_TEMPORAL] && process.env[SHARED_POSTGRES];
    if (shared) {
      services.temporal = { address: process.env[SHARED_TEMPORAL]!, stop: () => Promise.reject(new Error('the shared Temporal server is not the suite\'s to stop: use ownTemporal')) };
      services.restartTemporal = () => Promise.reject(new Error('restartTemporal needs ownTemporal'));
      services.postgres = await suiteDatabase(JSON.parse(process.env[SHARED_POSTGRES]!) as Omit<LocalPostgres, 'stop'>);
      cleanups.push(() => services.postgres.stop());
    } else {
      const spec = { ...(await testDevServerSpec(dir)), ...(options.temporalConfig ? { dynamicConfig: options.temporalConfig } : {}) };
      const [temporal, postgres] = await startTemporalAndPostgres(dir, spec);
      services.temporal = temporal;
      services.postgres = postgres;
      cleanups.push(() => postgres.stop(), () => services.temporal.stop());
      services.restartTemporal = async () => {
        services.temporal = await startTemporalDevServer(spec);
      };
    }
    services.pkiDir = join(dir, 'pki');
    const authorities = [...new Set([...loadCatalogue().values()].map((d) => d.authority))];
    services.rootCertificatePem = (await ensureDevPki(services.pkiDir, authorities)).rootCertificatePem;
    services.mail = await startMailSink({ dir: join(dir, 'mail') });
    cleanups.push(() => services.mail.close());
    await migrateSchema(services.postgres.ownerUrl, services.postgres.url);
    services.checkpointFile = readConfig({ AMTSWEG_DATA_DIR: dir }).checkpointFile; // where worker processes and the CLI look
    services.store = await openStore(services.postgres.url, { checkpoints: await openDevCheckpointLog(services.pkiDir, services.checkpointFile) });
    cleanups.push(() => services.store.close());
    services.payloadKey = randomBytes(32).toString('base64');
    services.payloadCodec = await PayloadCipher.create(Buffer.from(services.payloadKey, 'base64'), 'test');
    services.sealingKey = randomBytes(32).toString('base64');
    services.sealer = DocumentSealer.create(Buffer.from(services.sealingKey, 'base64'), 'test');
    const connection = await Connection.connect({ address: services.temporal.address });
    cleanups.push(() => connection.close());
    services.client = new Client({ connection, namespace: config.namespace, dataConverter: { payloadCodecs: [services.payloadCodec] } });
    services.stop = cleanUp;
    return services;
  } catch (err) {
    await cleanUp(); // a suite whose set-up fails leaves nothing behind
    throw err;
  }
}

/** A worker running as its own OS process (`workers/main.ts`), so a test can SIGKILL it. */
export interface WorkerProcess {
  process: ChildProcess;
  output(): string;
  stop(): Promise<void>;
  kill(): Promise<void>;
}

/** Runs `script` with tsx in a process of its own and waits until its output says `ready`. */
async function spawnUntil(script: string, env: Record<string, string | undefined>, ready: string, what: string): Promise<WorkerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(ready)) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${what} exited (${code}) before it was ready:\n${output}`)));
  });
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

/** Starts `workers/main.ts` against the suite's services and waits until it polls. */
export function startWorkerProcess(services: TestServices, taskQueue: string, env: Record<string, string> = {}): Promise<WorkerProcess> {
  return spawnUntil('workers/main.ts', {
    ...process.env, TEMPORAL_ADDRESS: services.temporal.address, TEMPORAL_TASK_QUEUE: taskQueue, DATABASE_URL: services.postgres.url, AMTSWEG_DATA_DIR: services.dir, AMTSWEG_PKI_DIR: services.pkiDir, SMTP_URL: services.mail.url, AMTSWEG_PAYLOAD_KEY: services.payloadKey, AMTSWEG_PAYLOAD_KEY_ID: 'test', AMTSWEG_SEALING_KEY: services.sealingKey, AMTSWEG_SEALING_KEY_ID: 'test', LOG_LEVEL: 'WARN', ...env,
  }, '[worker] ready', 'worker');
}

/** An API server in a process of its own (`server/main.ts`), as `npm start` runs it. */
export interface ServerProcess extends WorkerProcess {
  url: string;
}

/**
 * Starts `server/main.ts` against the suite's Temporal and PostgreSQL on a free port; `publicUrl`
 * is the address browsers use (a load balancer in front of several servers).
 */
export async function startServerProcess(services: TestServices, taskQueue: string, port: number, publicUrl: string): Promise<ServerProcess> {
  const server = await spawnUntil('server/main.ts', {
    ...process.env, PORT: String(port), AMTSWEG_PUBLIC_URL: publicUrl, TEMPORAL_ADDRESS: services.temporal.address, TEMPORAL_TASK_QUEUE: taskQueue, DATABASE_URL: services.postgres.url, AMTSWEG_DATA_DIR: services.dir, AMTSWEG_PKI_DIR: services.pkiDir, AMTSWEG_PAYLOAD_KEY: services.payloadKey, AMTSWEG_PAYLOAD_KEY_ID: 'test', LOG_LEVEL: 'warn',
  }, '[server] listening', 'server');
  return { ...server, url: `http://127.0.0.1:${port}` };
}
