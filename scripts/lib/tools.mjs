// Locating the external tools Amtsweg runs on: the Temporal CLI (which embeds the dev server)
// and the PostgreSQL server binaries. Node built-ins only: bootstrap.mjs runs before
// `node_modules` exists.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (the folder holding package.json). */
export const projectRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** The pinned Temporal CLI module and version, read from temporal.yaml's `cli:` block. */
export function pinnedTemporalCli() {
  const text = readFileSync(join(projectRoot, 'temporal.yaml'), 'utf8');
  const block = text.split(/^cli:\s*$/m)[1] ?? '';
  const module = /^\s+module:\s*(\S+)/m.exec(block)?.[1];
  const version = /^\s+version:\s*(\S+)/m.exec(block)?.[1];
  if (!module || !version) throw new Error('temporal.yaml: cli.module and cli.version are required');
  return { module, version };
}

/** Cache folder outside the clone, so fresh clones (CI) reuse a built CLI. */
export function cacheDir() {
  const base = process.env.AMTSWEG_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'amtsweg');
  return base;
}

/** Where the pinned CLI is installed by `go install` (GOBIN). */
export function temporalCacheBin() {
  return join(cacheDir(), `temporal-${pinnedTemporalCli().version}`);
}

/** First executable named `name` on PATH, or undefined. */
export function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/**
 * The Temporal CLI to use: `TEMPORAL_CLI`, else `temporal` on PATH, else the cached build.
 * Returns `{ path, source }` or undefined when none exists yet.
 */
export function findTemporalCli() {
  if (process.env.TEMPORAL_CLI) return { path: resolve(process.env.TEMPORAL_CLI), source: 'TEMPORAL_CLI' };
  const fromPath = onPath('temporal');
  if (fromPath) return { path: fromPath, source: 'PATH' };
  const cached = join(temporalCacheBin(), 'temporal');
  if (existsSync(cached)) return { path: cached, source: 'cache' };
  return undefined;
}

/** Version line printed by a Temporal CLI binary; throws when it does not run. */
export function temporalVersion(path) {
  return execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 }).trim();
}

/**
 * Folder holding the PostgreSQL server binaries (initdb, pg_ctl, postgres): `PG_BIN`, else
 * `pg_ctl` on PATH, else the newest Debian/Ubuntu `/usr/lib/postgresql/<n>/bin`.
 */
export function findPgBin() {
  const candidates = [];
  if (process.env.PG_BIN) candidates.push(process.env.PG_BIN);
  const pgCtl = onPath('pg_ctl');
  if (pgCtl) candidates.push(join(pgCtl, '..'));
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    for (const v of versions) candidates.push(join(debian, v, 'bin'));
  }
  return candidates.map((c) => resolve(c)).find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
}
