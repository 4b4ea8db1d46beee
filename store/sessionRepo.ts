import type { MikroORM } from '@mikro-orm/postgresql';

/** A browser session as the server records it; the cookie carries its id. */
export interface SessionRecord {
  id: string;
  subject: string;
  expiresAt: Date;
}

/**
 * Browser sessions: started at login, looked up on every cookie request, ended at logout. A
 * cookie is good only while its row is there, unexpired and not ended, so logout (or deleting
 * the row) ends a session everywhere its cookie was copied to.
 */
export function sessionRepo(orm: MikroORM) {
  const sql = () => orm.em.fork().getConnection();
  return {
    /** Records a new session; sessions that expired a day ago or more are dropped on the way. */
    async startSession(session: SessionRecord): Promise<void> {
      await sql().execute(`delete from browser_session where expires_at < now() - interval '1 day'`);
      await sql().execute('insert into browser_session (id, subject, expires_at) values (?, ?, ?)', [session.id, session.subject, session.expiresAt]);
    },
    /** True while the session exists, has not ended, and has not expired at `now`. */
    async sessionActive(id: string, now: Date): Promise<boolean> {
      const rows = await sql().execute<{ id: string }[]>(
        'select id from browser_session where id = ? and ended_at is null and expires_at > ?', [id, now]);
      return rows.length > 0;
    },
    /** Ends a session; its cookie is refused from now on, wherever it was copied. */
    async endSession(id: string): Promise<void> {
      await sql().execute('update browser_session set ended_at = now() where id = ? and ended_at is null', [id]);
    },
  };
}

/** The session part of the store. */
export type SessionRepo = ReturnType<typeof sessionRepo>;
