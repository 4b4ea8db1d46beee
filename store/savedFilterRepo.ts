import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';

/** A queue filter a clerk saved under a name: `query` is the queue's URL query without "?". */
export interface SavedFilterRecord {
  id: string;
  owner: string;
  name: string;
  query: string;
  createdAt: Date;
}

interface SavedFilterRow { id: string; owner: string; name: string; query: string; created_at: Date }

const toRecord = (row: SavedFilterRow): SavedFilterRecord =>
  ({ id: row.id, owner: row.owner, name: row.name, query: row.query, createdAt: new Date(row.created_at) });

/**
 * Saved queue filters of the workbench, per person: only the owner lists or deletes theirs.
 * Saving a name again replaces its query (same id), so a repeated save changes nothing more.
 */
export function savedFilterRepo(orm: MikroORM) {
  const sql = () => orm.em.fork().getConnection();
  return {
    /** Saves `query` under `name` for `owner` (replacing that name's query); returns the stored filter. */
    async saveFilter(filter: { owner: string; name: string; query: string }): Promise<SavedFilterRecord> {
      const [row] = await sql().execute<SavedFilterRow[]>(`insert into saved_filter (id, owner, name, query) values (?, ?, ?, ?)
        on conflict (owner, name) do update set query = excluded.query returning *`, [randomUUID(), filter.owner, filter.name, filter.query]);
      return toRecord(row!);
    },
    /** The filters `owner` saved, by name. */
    async savedFiltersOf(owner: string): Promise<SavedFilterRecord[]> {
      const rows = await sql().execute<SavedFilterRow[]>('select * from saved_filter where owner = ? order by name, id', [owner]);
      return rows.map(toRecord);
    },
    /** Deletes one of `owner`'s filters; false when they have none with that id. */
    async deleteSavedFilter(owner: string, id: string): Promise<boolean> {
      const rows = await sql().execute<{ id: string }[]>('delete from saved_filter where owner = ? and id = ? returning id', [owner, id]);
      return rows.length > 0;
    },
  };
}

/** The saved-filter part of the store. */
export type SavedFilterRepo = ReturnType<typeof savedFilterRepo>;
