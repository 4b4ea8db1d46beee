import type { EntityManager } from '@mikro-orm/postgresql';

/** A PostgreSQL role name Amtsweg will put into a GRANT: lower-case, no quoting needed. */
const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Tables whose rows the `amtsweg_append_only` trigger protects (audit trails, access logs, …). */
export const APPEND_ONLY_TABLES_SQL = `select distinct c.relname::text as name from pg_trigger t
  join pg_class c on c.oid = t.tgrelid join pg_proc p on p.oid = t.tgfoid
  where p.proname = 'amtsweg_append_only' and not t.tgisinternal order by 1`;

/**
 * Gives the app role (issue 9, finding 5) exactly what server, worker and CLI need: SELECT,
 * INSERT, UPDATE and DELETE on the tables, but only SELECT and INSERT on every append-only one
 * (found by its trigger, so a table added later is covered too), nothing on the migrations'
 * bookkeeping, and no TRUNCATE, DDL or ownership anywhere. Run by the schema owner after every
 * migration, inside `tx`'s transaction; throws for a role name it would have to quote, or for
 * the owner itself (revoking would lock the owner out of its own tables).
 */
export async function grantAppRole(tx: EntityManager, appRole: string): Promise<void> {
  if (!ROLE_NAME.test(appRole)) throw new Error(`the app role must be a plain lower-case PostgreSQL name, not ${JSON.stringify(appRole)}`);
  const run = (sql: string) => tx.getConnection().execute(sql, [], 'all', tx.getTransactionContext());
  const [{ owner } = { owner: '' }] = await run('select current_user as owner') as { owner: string }[];
  if (owner === appRole) {
    throw new Error(`the app role "${appRole}" is the schema owner: give DATABASE_URL a role of its own (README, "Database roles and audit checkpoints")`);
  }
  const appendOnly = (await run(APPEND_ONLY_TABLES_SQL) as { name: string }[]).map((r) => r.name);
  const statements = [
    `grant usage on schema public to ${appRole}`,
    `revoke all on all tables in schema public from ${appRole}`,
    `revoke all on all sequences in schema public from ${appRole}`,
    `grant select, insert, update, delete on all tables in schema public to ${appRole}`,
    `grant usage, select on all sequences in schema public to ${appRole}`,
    `revoke all on table mikro_orm_migrations from ${appRole}`,
    ...appendOnly.map((table) => `revoke update, delete on table "${table}" from ${appRole}`),
  ];
  for (const statement of statements) await run(statement);
}
