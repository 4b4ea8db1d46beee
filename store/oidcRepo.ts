import type { MikroORM } from '@mikro-orm/postgresql';

/** One stored object of the development IdP (oidc-provider's adapter payload). */
export interface OidcStoredPayload {
  [key: string]: unknown;
  grantId?: string;
  userCode?: string;
  uid?: string;
  consumed?: number;
}

/**
 * The development IdP's state — interactions, sessions, codes, grants — in PostgreSQL
 * (oidc-provider's adapter contract), so that a login begun on one API server ends on another,
 * and a restart keeps it. Rows past their expiry are never returned and are dropped on writes.
 */
export function oidcRepo(orm: MikroORM) {
  const sql = () => orm.em.fork().getConnection();
  const live = 'and (expires_at is null or expires_at > now())';
  const payloadOf = (rows: { payload: OidcStoredPayload; consumed_at: Date | null }[]) => {
    const row = rows[0];
    if (!row) return undefined;
    return row.consumed_at ? { ...row.payload, consumed: Math.floor(row.consumed_at.getTime() / 1000) } : row.payload;
  };
  return {
    async upsertOidc(model: string, id: string, payload: OidcStoredPayload, expiresInSeconds: number | undefined): Promise<void> {
      await sql().execute(`delete from oidc_model where expires_at < now() - interval '1 hour'`);
      await sql().execute(
        `insert into oidc_model (model, id, payload, grant_id, user_code, uid, expires_at) values (?, ?, ?::jsonb, ?, ?, ?, now() + make_interval(secs => ?))
         on conflict (model, id) do update set payload = excluded.payload, grant_id = excluded.grant_id, user_code = excluded.user_code, uid = excluded.uid, expires_at = excluded.expires_at`,
        [model, id, JSON.stringify(payload), payload.grantId ?? null, payload.userCode ?? null, payload.uid ?? null, expiresInSeconds ?? null]);
    },
    async findOidc(model: string, id: string): Promise<OidcStoredPayload | undefined> {
      return payloadOf(await sql().execute(`select payload, consumed_at from oidc_model where model = ? and id = ? ${live}`, [model, id]));
    },
    async findOidcBy(model: string, field: 'uid' | 'user_code', value: string): Promise<OidcStoredPayload | undefined> {
      return payloadOf(await sql().execute(`select payload, consumed_at from oidc_model where model = ? and ${field} = ? ${live}`, [model, value]));
    },
    async consumeOidc(model: string, id: string): Promise<void> {
      await sql().execute('update oidc_model set consumed_at = now() where model = ? and id = ?', [model, id]);
    },
    async destroyOidc(model: string, id: string): Promise<void> {
      await sql().execute('delete from oidc_model where model = ? and id = ?', [model, id]);
    },
    async revokeOidcGrant(grantId: string): Promise<void> {
      await sql().execute('delete from oidc_model where grant_id = ?', [grantId]);
    },
  };
}

/** The development IdP's part of the store. */
export type OidcRepo = ReturnType<typeof oidcRepo>;
