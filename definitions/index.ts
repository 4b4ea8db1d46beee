import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProcedureConfig } from '../engine/index.js';

/** Folder of the procedure catalogue: one sub-folder per procedure with a `procedure.json`. */
export const catalogueDir = fileURLToPath(new URL('.', import.meta.url));

/** Reads every `<id>/procedure.json` of a catalogue folder, keyed by procedure id. */
export function loadCatalogue(dir: string = catalogueDir): Map<string, ProcedureConfig> {
  const procedures = new Map<string, ProcedureConfig>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = join(dir, entry.name, 'procedure.json');
    if (!entry.isDirectory() || !existsSync(file)) continue;
    const def = JSON.parse(readFileSync(file, 'utf8')) as ProcedureConfig;
    procedures.set(def.id, def);
  }
  return procedures;
}
