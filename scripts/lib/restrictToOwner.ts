import { chmodSync, lstatSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, parse, resolve } from 'node:path';

/**
 * Makes `dir` and everything below it owner-only: folders 0700, files 0600 at most (group and
 * other bits cleared, the owner's kept). Symbolic links are not followed. Run by the launcher on
 * the data folder before anything starts, so a folder from an older version (0755, a 0644
 * `temporal.db`, 0644 mail) is closed too (issue 9, finding 6). Returns the paths it changed.
 * Refuses a filesystem root or the home folder: the data folder must be a folder of its own.
 */
export function restrictToOwner(dir: string): string[] {
  const root = resolve(dir);
  if (root === parse(root).root || root === resolve(homedir())) {
    throw new Error(`AMTSWEG_DATA_DIR must be a folder of its own, not ${root}: npm start makes everything in it owner-only`);
  }
  const changed: string[] = [];
  const walk = (path: string) => {
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) return;
    const mode = stat.mode & 0o777;
    if (mode & 0o077) {
      chmodSync(path, mode & 0o700);
      changed.push(path);
    }
    if (stat.isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
  };
  walk(root);
  return changed;
}
