import type { MikroORM } from '@mikro-orm/postgresql';
import type { NodePlacement } from '../engine/index.js';

/** The canvas layout of one definition version: placements keyed by state path (`verfahren.entscheidung`). */
export interface LayoutRecord {
  definitionId: string;
  version: number;
  positions: Record<string, NodePlacement>;
  savedBy: string;
  savedAt: Date;
}

interface LayoutRow { definition_id: string; version: number; positions: Record<string, NodePlacement>; saved_by: string; saved_at: Date }

/**
 * Designer canvas layouts, stored apart from the definitions: a layout is presentation only, so
 * saving one never touches a definition version or its hash.
 */
export function layoutRepo(orm: MikroORM) {
  const sql = () => orm.em.fork().getConnection();
  async function getLayout(definitionId: string, version: number): Promise<LayoutRecord | null> {
    const [row] = await sql().execute<LayoutRow[]>('select * from definition_layout where definition_id = ? and version = ?', [definitionId, version]);
    return row ? toRecord(row) : null;
  }
  return {
    /** Saves (replaces) the layout of a definition version. */
    async saveLayout(layout: Omit<LayoutRecord, 'savedAt'>): Promise<LayoutRecord> {
      const [row] = await sql().execute<LayoutRow[]>(`insert into definition_layout (definition_id, version, positions, saved_by, saved_at) values (?, ?, ?, ?, now())
        on conflict (definition_id, version) do update set positions = excluded.positions, saved_by = excluded.saved_by, saved_at = excluded.saved_at returning *`,
      [layout.definitionId, layout.version, JSON.stringify(layout.positions), layout.savedBy]);
      return toRecord(row!);
    },
    /**
     * Stores a layout only when the version has none yet, and answers the one that is stored: a
     * designer's arrangement always wins over a layout the server computed meanwhile.
     */
    async insertLayoutIfAbsent(layout: Omit<LayoutRecord, 'savedAt'>): Promise<LayoutRecord> {
      const [row] = await sql().execute<LayoutRow[]>(`insert into definition_layout (definition_id, version, positions, saved_by, saved_at) values (?, ?, ?, ?, now())
        on conflict (definition_id, version) do nothing returning *`,
      [layout.definitionId, layout.version, JSON.stringify(layout.positions), layout.savedBy]);
      return row ? toRecord(row) : (await getLayout(layout.definitionId, layout.version))!;
    },
    /** The stored layout of a definition version, or null. */
    getLayout,
    /** The stored layout of the newest version before `version` that has one, or null. */
    async latestLayoutBefore(definitionId: string, version: number): Promise<LayoutRecord | null> {
      const [row] = await sql().execute<LayoutRow[]>('select * from definition_layout where definition_id = ? and version < ? order by version desc limit 1', [definitionId, version]);
      return row ? toRecord(row) : null;
    },
  };
}

const toRecord = (row: LayoutRow): LayoutRecord => ({
  definitionId: row.definition_id, version: row.version, positions: row.positions, savedBy: row.saved_by, savedAt: new Date(row.saved_at),
});

/** The layout part of the store. */
export type LayoutRepo = ReturnType<typeof layoutRepo>;
