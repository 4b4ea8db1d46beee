// The system under test: one Temporal dev server and one PostgreSQL cluster of the run's own
// (they are restarted on purpose), two worker processes and two API server processes, and the
// workers' SMTP traffic through a relay that can stall. Faults are methods here; a process that
// dies on its own is restarted as a supervisor would, and counted.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { findPgBin, freePort } from '../../scripts/index.js';
import { startServerProcess, startServices, startWorkerProcess } from '../support/services.js';
import type { ServerProcess, TestServices, WorkerProcess } from '../support/services.js';
import { startStallableSmtp } from './smtpStall.js';
import type { StallableSmtp } from './smtpStall.js';

const run = promisify(execFile);

/** The running system and its faults. */
export interface ChaosCluster {
  services: TestServices;
  taskQueue: string;
  /** Address the tokens are issued for (the servers' common public URL). */
  publicUrl: string;
  /** Base URLs of the API servers (a client fails over between them). */
  serverUrls: string[];
  smtp: StallableSmtp;
  /** Processes that exited without being killed by the driver (then restarted). */
  unexpectedExits: string[];
  killWorker(i: number, downMs: number): Promise<void>;
  killServer(i: number, downMs: number): Promise<void>;
  restartTemporal(downMs: number): Promise<void>;
  restartPostgres(downMs: number): Promise<void>;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `pg_ctl` as PostgreSQL's OS user when we are root (postgres refuses to run as root). */
async function pgCtl(args: string[]): Promise<void> {
  const bin = join(findPgBin()!, 'pg_ctl');
  const [cmd, argv] = process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  await run(cmd, argv);
}

/** Starts everything: services, the SMTP relay, `workers` workers and `servers` API servers. */
export async function startChaosCluster(options: { workers: number; servers: number; log: (line: string) => void }): Promise<ChaosCluster> {
  const services = await startServices({ ownTemporal: true });
  const taskQueue = `chaos-${Date.now()}`;
  const smtp = await startStallableSmtp(services.mail.url);
  const ports = await Promise.all(Array.from({ length: options.servers }, () => freePort()));
  const publicUrl = `http://127.0.0.1:${ports[0]}`;
  const unexpectedExits: string[] = [];
  const workers: WorkerProcess[] = [];
  const servers: ServerProcess[] = [];
  const killing = new Set<unknown>();
  let stopping = false;

  // A supervisor's job (`npm start` restarts a dead worker or server): count it and start a new one.
  const watch = (proc: WorkerProcess, name: string, restart: () => Promise<void>) => {
    proc.process.once('exit', (code, signal) => {
      if (stopping || killing.has(proc)) return;
      unexpectedExits.push(`${name} (${signal ?? code})`);
      options.log(`[chaos] ${name} exited by itself (${signal ?? code}): ${proc.output().split('\n').slice(-5).join(' | ')}`);
      void restart().catch((err: Error) => options.log(`[chaos] restarting ${name} failed: ${err.message}`));
    });
  };
  const startWorker = async (i: number) => {
    const w = await startWorkerProcess(services, taskQueue, { SMTP_URL: smtp.url });
    workers[i] = w;
    watch(w, `worker ${i + 1}`, () => startWorker(i));
  };
  const startServer = async (i: number) => {
    const s = await startServerProcess(services, taskQueue, ports[i]!, publicUrl);
    servers[i] = s;
    watch(s, `server ${i + 1}`, () => startServer(i));
  };
  // The first server creates the dev IdP's keys the others read; then the rest side by side.
  await startServer(0);
  await Promise.all([
    ...Array.from({ length: options.servers - 1 }, (_, i) => startServer(i + 1)),
    ...Array.from({ length: options.workers }, (_, i) => startWorker(i)),
  ]);

  const kill = async (proc: WorkerProcess) => {
    killing.add(proc);
    await proc.kill();
  };
  const pgDir = join(services.dir, 'pg');
  const pgPort = new URL(services.postgres.url).port;
  return {
    services, taskQueue, publicUrl, smtp, unexpectedExits,
    serverUrls: ports.map((p) => `http://127.0.0.1:${p}`),
    async killWorker(i, downMs) {
      await kill(workers[i]!);
      await sleep(downMs);
      await startWorker(i);
    },
    async killServer(i, downMs) {
      await kill(servers[i]!);
      await sleep(downMs);
      await startServer(i);
    },
    async restartTemporal(downMs) {
      await services.temporal.stop();
      await sleep(downMs);
      await services.restartTemporal();
    },
    async restartPostgres(downMs) {
      await pgCtl(['-D', pgDir, '-m', 'immediate', '-w', 'stop']);
      await sleep(downMs);
      // The options startLocalPostgres starts it with (scripts/lib/postgres.ts).
      const opts = `-p ${pgPort} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c password_encryption=scram-sha-256 -c fsync=off -c full_page_writes=off`;
      await pgCtl(['-D', pgDir, '-l', join(pgDir, 'server.log'), '-o', opts, '-w', '-t', '180', 'start']);
    },
    async stop() {
      stopping = true;
      await Promise.all([...servers, ...workers].map((p) => p.stop().catch(() => undefined)));
      await smtp.close();
      await services.stop();
    },
  };
}
