import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { catalogueDir } from '../definitions/index.js';
import { validateDefinition } from '../engine/index.js';
import type { DefinitionIssue, ProcedureDefinition } from '../engine/index.js';

/** Path of a procedure given as a file, a folder holding `procedure.json`, or a catalogue id. */
export function procedurePath(arg: string): string {
  if (existsSync(arg)) return statSync(arg).isDirectory() ? join(arg, 'procedure.json') : arg;
  const inCatalogue = join(catalogueDir, arg, 'procedure.json');
  if (/^[a-z][a-z0-9-]*$/.test(arg) && existsSync(inCatalogue)) return inCatalogue;
  throw new Error(`"${arg}" is neither a file nor a procedure of the catalogue (${catalogueDir})`);
}

/** `file:pointer: message` — the line format of every finding the CLI prints. */
export function formatIssue(file: string, found: DefinitionIssue, lang: 'de' | 'en' = 'en'): string {
  return `${relative(process.cwd(), file) || file}:${found.path || '/'}: ${found.code}: ${found.message[lang]}`;
}

/**
 * Reads and validates a procedure. Prints its errors and returns undefined when it is not
 * valid, so commands that need a valid definition stop with exit code 1.
 */
export function loadProcedure(arg: string): ProcedureDefinition | undefined {
  const file = procedurePath(arg);
  const result = validateDefinition(readFileSync(file, 'utf8'));
  if (!result.definition) {
    for (const e of result.errors) console.error(formatIssue(file, e));
    console.error(`${file}: not a valid procedure definition (${result.errors.length} errors)`);
    return undefined;
  }
  return result.definition;
}
