import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { findPgBin } from './tools.mjs';
import { waitFor } from './waitFor.js';

/** A local PostgreSQL cluster that the project started itself. */
export interface LocalPostgres {
  url: string;
  stop(): Promise<void>;
}

const isRoot = process.getuid?.() === 0;

/** Runs a PostgreSQL binary; as root through `runuser -u postgres`, since postgres refuses root. */
function pgRun(bin: string, args: string[]): string {
  const [cmd, argv] = isRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  return execFileSync(cmd as string, argv as string[], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function postgresUser(): { uid: number; gid: number } {
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

/**
 * Initialises (first time) and starts a cluster in `dataDir` listening on 127.0.0.1:`port`
 * only (no Unix socket), and creates `database`. Trust authentication: development only.
 */
export async function startLocalPostgres(opts: { dataDir: string; port: number; database: string; log?: (msg: string) => void }): Promise<LocalPostgres> {
  const bin = findPgBin();
  if (!bin) throw new Error('No PostgreSQL server binaries found: install postgresql, set PG_BIN, or set DATABASE_URL.');
  const { dataDir, port, database } = opts;
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    if (isRoot) {
      const { uid, gid } = postgresUser();
      chownSync(dataDir, uid, gid);
    }
    opts.log?.(`initdb ${dataDir}`);
    pgRun(join(bin, 'initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--no-locale', '--no-instructions']);
  }
  const serverOpts = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off -c full_page_writes=off`;
  const logFile = join(dataDir, 'server.log');
  try {
    pgRun(join(bin, 'pg_ctl'), ['-D', dataDir, '-l', logFile, '-o', serverOpts, '-w', '-t', '180', 'start']);
  } catch (err) {
    const tail = existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-8).join('\n') : '';
    throw new Error(`PostgreSQL did not start on port ${port}: ${(err as Error).message.split("\n")[0]}\n${tail}`, { cause: err });
  }
  const stop = async () => {
    pgRun(join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
  };
  const admin = `postgres://postgres@127.0.0.1:${port}/postgres`;
  await waitFor(`PostgreSQL on port ${port}`, 60_000, async () => {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    try {
      const exists = await client.query('select 1 from pg_database where datname = $1', [database]);
      if (exists.rowCount === 0) await client.query(`create database "${database.replace(/"/g, '')}"`);
    } finally {
      await client.end();
    }
  }).catch(async (err: unknown) => {
    await stop(); // never leave a cluster running that the caller has no handle to
    throw err;
  });
  return { url: `postgres://postgres@127.0.0.1:${port}/${database}`, stop };
}
