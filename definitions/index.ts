import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProcedureConfig } from '../engine/index.js';

/** Folder of the procedure catalogue: one sub-folder per procedure with a `procedure.json`. */
export const catalogueDir = fileURLToPath(new URL('.', import.meta.url));

/** Paths of every `<id>/procedure.json` of a catalogue folder, sorted by folder name. */
export function procedureFiles(dir: string = catalogueDir): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(dir, entry.name, 'procedure.json'))
    .filter((file) => existsSync(file))
    .sort();
}

/** Reads every `<id>/procedure.json` of a catalogue folder, keyed by procedure id. */
export function loadCatalogue(dir: string = catalogueDir): Map<string, ProcedureConfig> {
  const procedures = new Map<string, ProcedureConfig>();
  for (const file of procedureFiles(dir)) {
    const def = JSON.parse(readFileSync(file, 'utf8')) as ProcedureConfig;
    procedures.set(def.id, def);
  }
  return procedures;
}
