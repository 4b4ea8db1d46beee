import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const isRoot = process.getuid?.() === 0;

/** Where clusters go when the postgres OS user cannot enter the data folder. */
const outsideHome = () => process.env.AMTSWEG_PG_HOME ?? '/var/lib/amtsweg';

/** Moves a folder, across file systems too, keeping owners and modes (`cp -a`). */
function move(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
    execFileSync('cp', ['-a', from, to], { stdio: 'ignore' });
    rmSync(from, { recursive: true, force: true });
  }
}

/** Whether the postmaster named in the cluster's `postmaster.pid` is alive. */
function running(cluster: string): boolean {
  const pidFile = join(cluster, 'postmaster.pid');
  if (!existsSync(pidFile)) return false;
  try {
    process.kill(Number(readFileSync(pidFile, 'utf8').split('\n')[0]), 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The folder a cluster meant for `wanted` (`<data>/pg`) lives in. Usually `wanted` itself. As
 * root, PostgreSQL runs as the `postgres` user, which cannot enter the data folder: it is 0700
 * (issue 9, finding 6), as is a clone in root's home or a `mktemp -d`. Then the cluster lives in
 * `/var/lib/amtsweg/<hash of the data folder>` and `<data>/pg.location` says so. A cluster an
 * older version left inside the data folder is moved there once. A cluster found there without
 * that note belonged to a data folder since deleted at the same path, and is removed, so
 * deleting the data folder still starts afresh.
 */
export function clusterDir(wanted: string, log: (msg: string) => void = () => undefined): string {
  if (!isRoot) return wanted;
  const dataDir = dirname(resolve(wanted));
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const note = join(dataDir, 'pg.location');
  const outside = join(outsideHome(), createHash('sha256').update(realpathSync(dataDir)).digest('hex').slice(0, 16), 'pg');
  if (!existsSync(note)) {
    if (existsSync(outside)) {
      log(`removing ${outside}: a cluster of an earlier, deleted ${dataDir}`);
      rmSync(dirname(outside), { recursive: true, force: true });
    }
  } else if (readFileSync(note, 'utf8').trim() !== outside) {
    throw new Error(`${note} names another cluster folder than ${outside}; remove ${dataDir} to start afresh`);
  }
  // Whatever the umask (npm start's is 077): the postgres user must pass through to its 0700 cluster.
  for (const dir of [outsideHome(), dirname(outside)]) {
    mkdirSync(dir, { recursive: true, mode: 0o755 });
    chmodSync(dir, 0o755);
  }
  if (existsSync(join(wanted, 'PG_VERSION')) && !existsSync(outside)) {
    if (running(wanted)) throw new Error(`the cluster in ${wanted} is running: stop the npm start that uses it first`);
    log(`moving the cluster in ${wanted} to ${outside}: the data folder is owner-only now`);
    move(wanted, outside);
  }
  if (!existsSync(note)) writeFileSync(note, `${outside}\n`, { mode: 0o600 });
  log(`the postgres user cannot enter ${dataDir} (owner-only), so the cluster lives in ${outside} (noted in ${note})`);
  return outside;
}
