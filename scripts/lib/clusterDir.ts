import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const isRoot = process.getuid?.() === 0;

/** Where clusters go when the postgres OS user cannot enter the data folder. */
const outsideHome = () => process.env.AMTSWEG_PG_HOME ?? '/var/lib/amtsweg';

/** The nearest existing folder at or above `dir`. */
function existingAncestor(dir: string): string {
  let at = resolve(dir);
  while (!existsSync(at)) at = dirname(at);
  return at;
}

/** Whether the postgres OS user can reach `dir` (every folder above it must let it pass). */
function postgresCanEnter(dir: string): boolean {
  try {
    execFileSync('runuser', ['-u', 'postgres', '--', 'test', '-x', existingAncestor(dir)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * The folder a cluster meant for `wanted` (`<data>/pg`) lives in. Usually `wanted` itself. As
 * root, PostgreSQL runs as the `postgres` user, which cannot enter a clone in a 0700 folder (root's
 * home, a `mktemp -d`): then the cluster lives in `/var/lib/amtsweg/<hash of the data folder>`
 * and `<data>/pg.location` says so. A cluster found there without that note belonged to a data
 * folder since deleted at the same path, and is removed, so deleting the data folder still
 * starts afresh.
 */
export function clusterDir(wanted: string, log: (msg: string) => void = () => undefined): string {
  if (!isRoot || existsSync(join(wanted, 'PG_VERSION')) || postgresCanEnter(wanted)) return wanted;
  const dataDir = dirname(resolve(wanted));
  mkdirSync(dataDir, { recursive: true });
  const note = join(dataDir, 'pg.location');
  const outside = join(outsideHome(), createHash('sha256').update(realpathSync(dataDir)).digest('hex').slice(0, 16), 'pg');
  if (!existsSync(note)) {
    if (existsSync(outside)) {
      log(`removing ${outside}: a cluster of an earlier, deleted ${dataDir}`);
      rmSync(dirname(outside), { recursive: true, force: true });
    }
    writeFileSync(note, `${outside}\n`);
  } else if (readFileSync(note, 'utf8').trim() !== outside) {
    throw new Error(`${note} names another cluster folder than ${outside}; remove ${dataDir} to start afresh`);
  }
  mkdirSync(dirname(outside), { recursive: true, mode: 0o755 });
  log(`the postgres user cannot enter ${existingAncestor(wanted)}, so the cluster lives in ${outside} (noted in ${note})`);
  return outside;
}
