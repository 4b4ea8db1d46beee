import { randomUUID } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Reads a JSON secret file, creating it with `create()` on first use (folder 0700, file 0600).
 * The content is written to a temporary file first and then hard-linked into place, which fails
 * if the file exists: when several processes start at once exactly one wins, and nobody ever
 * reads a half-written file. Synchronous: it runs once at start-up.
 */
export function readOrCreateSecret<T>(path: string, create: () => T): T {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${randomUUID()}.tmp`;
  writeFileSync(temporary, JSON.stringify(create(), null, 2), { flag: 'wx', mode: 0o600 });
  try {
    linkSync(temporary, path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  } finally {
    unlinkSync(temporary);
  }
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}
