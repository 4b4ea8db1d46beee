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

  /** A procedure: the given version, or the newest. */
  async get(id: string, version?: number): Promise<ProcedureConfig | undefined> {
    if (version !== undefined) return (await this.versions()).get(`${id}@${version}`);
    return (await this.latest()).get(id);
  }
}
