// `npm start`: brings up everything on embedded defaults — PostgreSQL (unless DATABASE_URL),
// the Temporal dev server (unless TEMPORAL_ADDRESS), migrations, one worker and the HTTP
// API — prints the URLs, and stops every child on Ctrl-C or SIGTERM.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { readConfig } from '../config/index.js';
import { loadCatalogue } from '../definitions/index.js';
import { ensureDevPki, loadPayloadCipher } from '../documents/index.js';
import { migrateSchema } from '../store/index.js';
import { startMailSink } from '../workers/mail/index.js';
import type { MailSink } from '../workers/mail/index.js';
import {
  clusterDir, findTemporalCli, projectRoot, readTemporalConfig, restrictToOwner, startLocalPostgres, startTemporalDevServer, stopProcess, waitFor,
} from './index.js';
import type { DevServer, LocalPostgres } from './index.js';
import { buildUi } from './lib/buildUi.js';
import { recordLauncher, stopLeftovers } from './lib/leftovers.js';

const log = (msg: string) => console.log(`[start] ${msg}`);
const settings = readConfig();
const config = readTemporalConfig();
const { dataDir, port, pgPort } = settings;
const devServer = {
  ...config.devServer,
  dbFilename: join(dataDir, 'temporal.db'),
  ...(settings.temporalPort ? { port: settings.temporalPort } : {}),
  ...(settings.temporalUiPort ? { uiPort: settings.temporalUiPort } : {}),
};
const children: ChildProcess[] = [];
let temporal: DevServer | undefined;
let postgres: LocalPostgres | undefined;
let mailSink: MailSink | undefined;
let stopping = false;
let launcherRecord: ReturnType<typeof recordLauncher> | undefined;

async function timed<T>(what: string, fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  log(`${what} …`);
  const result = await fn();
  log(`${what}: done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return result;
}

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  log('stopping …');
  // A new npm start meanwhile waits for this one instead of refusing (leftovers.ts).
  try {
    launcherRecord?.stopping();
  } catch { /* the data folder may be gone; stopping goes on */ }
  // Each step on its own: one failing must not leave the others running.
  const steps: [string, (() => Promise<unknown>) | undefined][] = [
    ['worker and API stop', () => Promise.all(children.map((c) => stopProcess(c)))],
    ['Temporal dev server stop', temporal && (() => temporal!.stop())],
    ['mail sink stop', mailSink && (() => mailSink!.close())],
    ['PostgreSQL stop', postgres && (() => postgres!.stop())],
  ];
  for (const [what, step] of steps) {
    if (step) await timed(what, step).catch((err: Error) => log(`${what}: ${err.message}`));
  }
  launcherRecord?.remove();
  log('stopped');
  process.exit(code);
}

/** Exits of restartable children in the last minute, by name: more than five stops everything. */
const recentExits = new Map<string, number[]>();
function mayRestart(name: string): boolean {
  const now = Date.now();
  const exits = (recentExits.get(name) ?? []).filter((t) => t > now - 60_000);
  exits.push(now);
  recentExits.set(name, exits);
  return exits.length <= 5;
}

/**
 * Starts a child process with its output prefixed. Its unexpected exit stops everything — unless
 * it is `restartable` (a worker: the others go on, Temporal hands its tasks to them), then it is
 * started again, at most five times a minute.
 */
function child(name: string, script: string, env: Record<string, string>, restartable = false): ChildProcess {
  // Worker and server get the app role's URL only, never the schema owner's.
  const { MIGRATION_DATABASE_URL: _owner, ...inherited } = process.env;
  const proc = spawn(process.execPath, ['--import', 'tsx', script], { cwd: projectRoot, env: { ...inherited, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const relay = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n').filter(Boolean)) stream.write(line.startsWith(`[${name}]`) ? `${line}\n` : `[${name}] ${line}\n`);
  };
  proc.stdout?.on('data', relay(process.stdout));
  proc.stderr?.on('data', relay(process.stderr));
  proc.on('error', (err) => {
    log(`${name} could not start: ${err.message}; stopping everything`);
    void shutdown(1);
  });
  proc.on('exit', (code, signal) => {
    if (stopping) return;
    children.splice(children.indexOf(proc), 1);
    if (restartable && mayRestart(name)) {
      log(`${name} exited (${signal ?? code}); starting it again`);
      child(name, script, env, true);
      return;
    }
    log(`${name} exited (${signal ?? code}); stopping everything`);
    void shutdown(1);
  });
  children.push(proc);
  launcherRecord?.add(name, proc.pid);
  return proc;
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(0));
// `npm start` runs us under `sh -c`; a SIGTERM to npm kills that shell without passing the
// signal on. Being re-parented is our cue to stop too, so nothing is left listening.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) void shutdown(0);
}, 500).unref();

try {
  // Owner-only, all of it (issue 9, finding 6): what the launcher and its children create from now
  // on — the Temporal dev server's SQLite files, mail, keys, logs — gets no group or other bits,
  // and what an older version left behind is closed before anything starts.
  process.umask(0o077);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const opened = restrictToOwner(dataDir);
  if (opened.length) log(`made ${opened.length} files and folders in ${dataDir} owner-only`);
  // A start after a hard kill: what the last launcher of this data folder left running is stopped
  // (PostgreSQL, found by its cluster folder, in startLocalPostgres).
  for (const line of await stopLeftovers(dataDir, { say: log })) log(line);
  launcherRecord = recordLauncher(dataDir);
  if (settings.databaseUrl && !settings.migrationDatabaseUrl) {
    throw new Error('DATABASE_URL is the app role\'s; set MIGRATION_DATABASE_URL to the schema owner\'s URL for the migrations (README, "Database roles and audit checkpoints")');
  }
  const pgDir = settings.databaseUrl ? '' : clusterDir(join(dataDir, 'pg'), log);
  const database = settings.databaseUrl
    ? { url: settings.databaseUrl, ownerUrl: settings.migrationDatabaseUrl! }
    : (postgres = await timed(`PostgreSQL (${pgDir}, port ${pgPort})`, () =>
      startLocalPostgres({ dataDir: pgDir, port: pgPort, database: 'amtsweg', secretsFile: settings.postgresSecretsFile, log })));
  const databaseUrl = database.url;
  let temporalAddress = settings.temporalAddress;
  if (!temporalAddress) {
    const cli = findTemporalCli();
    if (!cli) throw new Error('No Temporal CLI: run `node scripts/bootstrap.mjs` (npm start does) or set TEMPORAL_CLI.');
    temporal = await timed(`Temporal dev server (${devServer.dbFilename})`, () => startTemporalDevServer({
      ...devServer, cli: cli.path, namespace: config.namespace, searchAttributes: config.searchAttributes,
    }));
    temporalAddress = temporal.address;
    launcherRecord.add('Temporal dev server', temporal.process.pid);
    temporal.process.on('exit', (code, signal) => {
      if (!stopping) {
        log(`Temporal dev server exited (${signal ?? code}); stopping everything`);
        void shutdown(1);
      }
    });
  }
  await timed('migrations', async () => {
    const applied = await migrateSchema(database.ownerUrl, databaseUrl);
    log(applied.length ? `applied ${applied.join(', ')}` : 'schema up to date');
  });
  const pkiDir = settings.pkiDir;
  await timed(`development PKI (${pkiDir})`, async () => {
    const authorities = [...new Set([...loadCatalogue().values()].map((d) => d.authority))];
    await ensureDevPki(pkiDir, authorities);
    await loadPayloadCipher(settings.payloadKeyFile); // created once, before worker and server read it
    log(`root CA and seals for ${authorities.join(', ')}; payload key in ${join(dataDir, 'keys')}`);
  });
  let smtpUrl = settings.smtpUrl;
  if (!smtpUrl) {
    const sink = await timed('development mail sink', () =>
      startMailSink({ port: settings.smtpPort, dir: join(dataDir, 'mail') }));
    mailSink = sink;
    smtpUrl = sink.url;
    let shown = sink.messages().length;
    setInterval(() => {
      for (const mail of sink.messages().slice(shown)) console.log(`[mail] to ${mail.to.join(', ')}: ${mail.subject} (${join(dataDir, 'mail', mail.file ?? '')})`);
      shown = sink.messages().length;
    }, 1000).unref();
  }
  // Before the server starts, so it never serves an older build than the sources.
  await timed('UI build', () => buildUi(log));
  const env = { DATABASE_URL: databaseUrl, TEMPORAL_ADDRESS: temporalAddress, PORT: String(port), AMTSWEG_PKI_DIR: pkiDir, SMTP_URL: smtpUrl };
  for (let i = 1; i <= settings.workers; i++) child(settings.workers > 1 ? `worker-${i}` : 'worker', 'workers/main.ts', env, true);
  child('server', 'server/main.ts', env);
  await timed('worker and API', () => waitFor('API health', 120_000, async () => {
    const res = await fetch(`http://localhost:${port}/api/health`);
    if (res.status !== 200) throw new Error(`health ${res.status}`);
  }, () => stopping));
  // Issue 10 aims at under 15 s for a warm start (everything built and installed before).
  log(`healthy ${(performance.now() / 1000).toFixed(1)} s after the launcher started`);
  console.log([
    '',
    'Amtsweg is running:',
    `  Portal         ${settings.publicUrl}/ (workbench ${settings.publicUrl}/workbench/, designer ${settings.publicUrl}/designer/)`,
    `  Log in         ${settings.publicUrl}/auth/login${process.env.OIDC_ISSUER ? '' : ' (development IdP: test identities erika, clerk-gewerbe, designer, …)'}`,
    `  API page       ${settings.publicUrl}/api/docs (OpenAPI: ${settings.publicUrl}/api/openapi.json)`,
    `  Health         ${settings.publicUrl}/api/health`,
    `  Temporal UI    ${temporal?.uiUrl ?? `(external cluster at ${temporalAddress})`}`,
    `  Temporal gRPC  ${temporalAddress} (namespace ${config.namespace}, task queue ${config.taskQueue})`,
    `  PostgreSQL     ${databaseUrl.replace(/\/\/[^@]*@/, '//***@')}`,
    `  Mail           ${mailSink ? `${smtpUrl} (development sink; received mail in ${join(dataDir, 'mail')})` : 'SMTP_URL'}`,
    `  PKI            ${pkiDir} (development root CA and authority seals)`,
    '',
    'Ctrl-C stops everything.',
    '',
  ].join('\n'));
} catch (err) {
  console.error(`[start] ${(err as Error).message}`);
  await shutdown(1);
}
