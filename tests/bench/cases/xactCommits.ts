import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';

/**
 * An idle backend that flushed its statistics less than PGSTAT_MIN_INTERVAL (1 s) ago keeps
 * the rest pending for PGSTAT_IDLE_INTERVAL (10 s, PostgreSQL 15 pgstat.c), and
 * pg_stat_force_next_flush() only reaches the backend that calls it. So a reading waits this
 * long after the last write of the pool's backends.
 */
export const STATS_SETTLE_MS = 11_000;

/** A reader of one database's commit count. */
export interface XactCounter {
  read(): Promise<number>;
  close(): Promise<void>;
}

/** Reads `xact_commit` of one database from `pg_stat_database`, on a connection of its own. */
export async function openXactCounter(databaseUrl: string): Promise<XactCounter> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let reads = 0;
  return {
    /** Commits of everyone but this reader (whose own two statements per read are taken off). */
    async read() {
      // Flushes this connection's own counts when it goes idle after this statement, i.e.
      // before the next one reads the view.
      await client.query('select pg_stat_force_next_flush()');
      const res = await client.query<{ n: string }>('select xact_commit::text as n from pg_stat_database where datname = current_database()');
      const own = 2 * reads + 1;
      reads += 1;
      return Number(res.rows[0]!.n) - own;
    },
    close: () => client.end(),
  };
}

/** Waits until `STATS_SETTLE_MS` have passed since `since` (a `performance.now()` time). */
export async function settleStats(since: number): Promise<void> {
  const left = since + STATS_SETTLE_MS - performance.now();
  if (left > 0) await sleep(left);
}
