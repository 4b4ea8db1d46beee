import type { ProcedureConfig } from '../engine/index.js';
import type { Store } from '../store/index.js';

/**
 * Published procedures: the files of definitions/ plus versions published through the
 * designer API (stored in PostgreSQL, so every server process sees them). The newest version
 * is offered for new cases; every version stays readable for the cases running on it.
 */
export class Catalogue {
  constructor(private readonly files: Map<string, ProcedureConfig>, private readonly store: Store) {}

  /** Every published version, keyed `id@version`. */
  async versions(): Promise<Map<string, ProcedureConfig>> {
    const all = new Map<string, ProcedureConfig>();
    for (const def of this.files.values()) all.set(`${def.id}@${def.version}`, def);
    for (const rec of await this.store.allDefinitionVersions()) {
      if (rec.status === 'published') all.set(`${rec.id}@${rec.version}`, rec.content as unknown as ProcedureConfig);
    }
    return all;
  }

  /** The newest published version of each procedure. */
  async latest(): Promise<Map<string, ProcedureConfig>> {
    const latest = new Map<string, ProcedureConfig>();
    for (const def of (await this.versions()).values()) {
      const seen = latest.get(def.id);
      if (!seen || seen.version < def.version) latest.set(def.id, def);
    }
    return latest;
  }

  /**
   * A procedure: the given version, or the newest. Reads only that procedure's versions: it is
   * on the path of every case request.
   */
  async get(id: string, version?: number): Promise<ProcedureConfig | undefined> {
    const candidates: ProcedureConfig[] = [];
    const file = this.files.get(id);
    if (file) candidates.push(file);
    for (const rec of await this.store.definitionVersions(id)) {
      if (rec.status === 'published') candidates.push(rec.content as unknown as ProcedureConfig);
    }
    // A published version of the same number wins over the file, as in versions().
    if (version !== undefined) return candidates.filter((d) => d.version === version).at(-1);
    return candidates.reduce<ProcedureConfig | undefined>((newest, d) => (!newest || d.version >= newest.version ? d : newest), undefined);
  }
}
