import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Reads a JSON secret file, creating it with `create()` on first use (folder 0700, file 0600).
 * The file is written with `wx`, so when several processes start at once exactly one creates it
 * and the others read that one. Synchronous: it runs once at start-up.
 */
export function readOrCreateSecret<T>(path: string, create: () => T): T {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  try {
    writeFileSync(path, JSON.stringify(create(), null, 2), { flag: 'wx', mode: 0o600 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}
