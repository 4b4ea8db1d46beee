import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clusterDir } from './clusterDir.js';

const asRoot = process.getuid?.() === 0;

describe('clusterDir()', () => {
  let home: string | undefined;
  let umask = 0;
  beforeEach(() => {
    home = process.env.AMTSWEG_PG_HOME;
    process.env.AMTSWEG_PG_HOME = join(mkdtempSync(join(tmpdir(), 'amtsweg-pghome-')), 'amtsweg');
    umask = process.umask(0o077); // as npm start runs
  });
  afterEach(() => {
    process.umask(umask);
    if (home === undefined) delete process.env.AMTSWEG_PG_HOME;
    else process.env.AMTSWEG_PG_HOME = home;
  });

  it.runIf(!asRoot)('keeps the cluster in the data folder when PostgreSQL runs as the same user', () => {
    const wanted = join(mkdtemp(), 'pg');
    expect(clusterDir(wanted)).toBe(wanted);
  });

  // Issue 9, finding 6: the data folder is 0700 now, so as root the postgres user can never enter
  // it; a cluster an older version made inside it must move out, or it would not start again.
  it.runIf(asRoot)('as root, moves a cluster left inside the data folder out of it, once, and notes where', () => {
    const data = mkdtemp();
    const wanted = join(data, 'pg');
    mkdirSync(wanted);
    writeFileSync(join(wanted, 'PG_VERSION'), '15\n');
    const outside = clusterDir(wanted);
    expect(outside.startsWith(process.env.AMTSWEG_PG_HOME!)).toBe(true);
    expect(readFileSync(join(outside, 'PG_VERSION'), 'utf8')).toBe('15\n');
    expect(existsSync(wanted)).toBe(false);
    expect(readFileSync(join(data, 'pg.location'), 'utf8').trim()).toBe(outside);
    expect(statSync(join(data, 'pg.location')).mode & 0o777).toBe(0o600);
    expect(clusterDir(wanted)).toBe(outside);
    // the postgres user passes through the folders above its cluster, despite the umask
    expect(statSync(process.env.AMTSWEG_PG_HOME!).mode & 0o777).toBe(0o755);
    expect(statSync(dirname(outside)).mode & 0o777).toBe(0o755);
  });
});

function mkdtemp(): string {
  return mkdtempSync(join(tmpdir(), 'amtsweg-data-'));
}
