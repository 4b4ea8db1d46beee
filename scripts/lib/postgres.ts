import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { readOrCreateSecret } from '../../config/index.js';
import { findPgBin } from './tools.mjs';
import { waitFor } from './waitFor.js';

/** The role that owns the database and its schema and runs the migrations (the launcher). */
export const OWNER_ROLE = 'amtsweg_owner';
/** The role server, worker and CLI connect as: reads and writes rows, nothing more. */
export const APP_ROLE = 'amtsweg_app';

/** Generated passwords of the local cluster, kept owner-only in the data folder. */
export interface PostgresSecrets {
  superuser: string;
  owner: string;
  app: string;
}

/** A local PostgreSQL cluster that the project started itself. */
export interface LocalPostgres {
  /** The app role's URL (`amtsweg_app`): no DDL, no TRUNCATE, no superuser or replication. */
  url: string;
  /** The schema owner's URL (`amtsweg_owner`), for migrations. */
  ownerUrl: string;
  /** The cluster superuser's URL: set-up only (and tests that tamper on purpose). */
  superuserUrl: string;
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

/** Writes a file only PostgreSQL's OS user may read (as root: chowned to `postgres`). */
function writeForPostgres(path: string, text: string): void {
  writeFileSync(path, text, { mode: 0o600 });
  if (isRoot) {
    const { uid, gid } = postgresUser();
    chownSync(path, uid, gid);
  }
}

/** Password authentication for TCP on loopback; nothing else (no socket, no replication). */
const HBA = [
  '# Written by Amtsweg on every start (issue 9, finding 6): passwords (SCRAM) only.',
  'host all all 127.0.0.1/32 scram-sha-256',
  'host all all ::1/128 scram-sha-256',
  '',
].join('\n');

/** The URL of `user` on the local cluster; passwords are base64url, so they need no escaping. */
function localUrl(user: string, password: string, port: number, database: string): string {
  return `postgres://${user}:${password}@127.0.0.1:${port}/${database}`;
}

function urlsOf(secrets: PostgresSecrets, port: number, database: string): Omit<LocalPostgres, 'stop'> {
  return {
    url: localUrl(APP_ROLE, secrets.app, port, database),
    ownerUrl: localUrl(OWNER_ROLE, secrets.owner, port, database),
    superuserUrl: localUrl('postgres', secrets.superuser, port, database),
  };
}

/** The URLs of the local cluster whose passwords are in `secretsFile` (see startLocalPostgres). */
export function localPostgresUrls(secretsFile: string, port: number, database: string): Omit<LocalPostgres, 'stop'> {
  if (!existsSync(secretsFile)) throw new Error(`no passwords of the local PostgreSQL in ${secretsFile}: start it once with npm start, or set DATABASE_URL`);
  return urlsOf(JSON.parse(readFileSync(secretsFile, 'utf8')) as PostgresSecrets, port, database);
}

/**
 * Initialises (first time) and starts a cluster in `dataDir` listening on 127.0.0.1:`port`
 * only (no Unix socket), with password (SCRAM) authentication for the superuser, the schema
 * owner and the app role, whose generated passwords live in `secretsFile` (0600). Creates
 * `database`, owned by the owner role (see prepareDatabase). A cluster an older version made
 * with trust authentication gets its passwords and the new `pg_hba.conf` on its first start.
 */
export async function startLocalPostgres(opts: { dataDir: string; port: number; database: string; secretsFile: string; log?: (msg: string) => void }): Promise<LocalPostgres> {
  const bin = findPgBin();
  if (!bin) throw new Error('No PostgreSQL server binaries found: install postgresql, set PG_BIN, or set DATABASE_URL.');
  const { dataDir, port, database, secretsFile } = opts;
  const exists = existsSync(join(dataDir, 'PG_VERSION'));
  const trusting = exists && !existsSync(secretsFile); // made by a version before password authentication
  const secrets = readOrCreateSecret<PostgresSecrets>(secretsFile, () => ({ superuser: password(), owner: password(), app: password() }));
  if (!exists) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    if (isRoot) {
      const { uid, gid } = postgresUser();
      chownSync(dataDir, uid, gid);
    }
    opts.log?.(`initdb ${dataDir}`);
    const pwfile = `${dataDir}.initdb-password`;
    writeForPostgres(pwfile, `${secrets.superuser}\n`);
    try {
      pgRun(join(bin, 'initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=scram-sha-256', `--pwfile=${pwfile}`, '--encoding=UTF8', '--no-locale', '--no-instructions']);
    } finally {
      rmSync(pwfile, { force: true });
    }
  }
  if (!trusting) writeForPostgres(join(dataDir, 'pg_hba.conf'), HBA);
  const serverOpts = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c password_encryption=scram-sha-256 -c fsync=off -c full_page_writes=off`;
  const logFile = join(dataDir, 'server.log');
  const leftover = runningPostmaster(dataDir);
  if (leftover) {
    // An `npm start` killed hard (SIGKILL of its process group) leaves the cluster running: it is
    // ours by its data folder, and nobody else uses it (stopLeftovers refused a live launcher).
    opts.log?.(`PostgreSQL (pid ${leftover}) of an earlier start that did not stop it is still running in ${dataDir}: stopping it`);
    pgRun(join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
  }
  try {
    pgRun(join(bin, 'pg_ctl'), ['-D', dataDir, '-l', logFile, '-o', serverOpts, '-w', '-t', '180', 'start']);
  } catch (err) {
    const tail = existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-8).join('\n') : '';
    throw new Error(`PostgreSQL did not start on port ${port}: ${(err as Error).message.split("\n")[0]}\n${tail}`, { cause: err });
  }
  const stop = async () => {
    pgRun(join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
  };
  const admin = localUrl('postgres', secrets.superuser, port, 'postgres');
  await waitFor(`PostgreSQL on port ${port}`, 60_000, async () => {
    await ensureRoles(admin, secrets);
    if (trusting) {
      opts.log?.('PostgreSQL: passwords set, trust authentication replaced by scram-sha-256');
      writeForPostgres(join(dataDir, 'pg_hba.conf'), HBA);
      pgRun(join(bin, 'pg_ctl'), ['-D', dataDir, 'reload']);
    }
    await prepareDatabase(admin, database);
  }).catch(async (err: unknown) => {
    await stop(); // never leave a cluster running that the caller has no handle to
    throw err;
  });
  return { ...urlsOf(secrets, port, database), stop };
}

/** The pid of the postmaster running in `dataDir` (its `postmaster.pid` names a live postgres process). */
function runningPostmaster(dataDir: string): number | undefined {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres') ? pid : undefined;
  } catch {
    return undefined; // stale file: PostgreSQL removes it itself on start
  }
}

/** 24 random bytes, base64url: safe inside a URL and an SQL literal alike. */
function password(): string {
  return randomBytes(24).toString('base64url');
}

/** Runs `fn` with a connection to `url`, closed afterwards. */
export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Creates (or brings in line) the owner and the app role with the passwords of `secrets`, and
 * sets the superuser's. Neither role may create databases or roles, replicate or bypass row
 * security; the app role owns nothing (finding 5).
 */
async function ensureRoles(adminUrl: string, secrets: PostgresSecrets): Promise<void> {
  await withClient(adminUrl, async (client) => {
    for (const [role, secret] of [[OWNER_ROLE, secrets.owner], [APP_ROLE, secrets.app]] as const) {
      const found = await client.query('select 1 from pg_roles where rolname = $1', [role]);
      const attributes = 'login nosuperuser nocreatedb nocreaterole noreplication nobypassrls';
      await client.query(`${found.rowCount ? 'alter' : 'create'} role ${role} with ${attributes} password ${client.escapeLiteral(secret)}`);
    }
    await client.query(`alter role postgres with password ${client.escapeLiteral(secrets.superuser)}`);
  });
}

/**
 * Creates `database` owned by the owner role, or hands an existing one (and the tables, views
 * and functions an older version created in it as the superuser) over to that role. Nobody but
 * the owner may create anything in it, the app role may connect.
 */
export async function prepareDatabase(adminUrl: string, database: string): Promise<void> {
  await withClient(adminUrl, async (client) => {
    const name = client.escapeIdentifier(database);
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    await client.query(found.rowCount ? `alter database ${name} owner to ${OWNER_ROLE}` : `create database ${name} owner ${OWNER_ROLE}`);
    await client.query(`revoke all on database ${name} from public`);
    await client.query(`grant connect on database ${name} to ${APP_ROLE}`);
  });
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  await withClient(url.toString(), async (client) => {
    await client.query('revoke create on schema public from public');
    await client.query(`grant usage, create on schema public to ${OWNER_ROLE}`);
    const legacy = await client.query<{ statement: string }>(`
      select format('alter table %I owner to %I', c.relname, $1::text) as statement
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p', 'v') and pg_get_userbyid(c.relowner) <> $1
      union all
      select format('alter function %s owner to %I', p.oid::regprocedure, $1::text)
        from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where n.nspname = 'public' and pg_get_userbyid(p.proowner) <> $1`, [OWNER_ROLE]);
    for (const { statement } of legacy.rows) await client.query(statement);
  });
}
