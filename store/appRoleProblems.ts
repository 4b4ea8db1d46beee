import type { EntityManager } from '@mikro-orm/postgresql';
import { APPEND_ONLY_TABLES_SQL } from './grantAppRole.js';

interface RoleFacts {
  role: string;
  rolsuper: boolean;
  rolreplication: boolean;
  rolbypassrls: boolean;
  rolcreatedb: boolean;
  rolcreaterole: boolean;
  create_in_database: boolean;
  create_in_schema: boolean;
  owned: string[];
  truncatable: string[];
  rewritable: string[];
}

const FACTS_SQL = `select current_user as role, r.rolsuper, r.rolreplication, r.rolbypassrls, r.rolcreatedb, r.rolcreaterole,
  has_database_privilege(current_database(), 'CREATE') as create_in_database,
  has_schema_privilege('public', 'CREATE') as create_in_schema,
  array(select c.relname::text from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p') and pg_has_role(c.relowner, 'MEMBER') order by 1) as owned,
  array(select c.relname::text from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p') and has_table_privilege(c.oid, 'TRUNCATE') order by 1) as truncatable,
  array(select a.name from (${APPEND_ONLY_TABLES_SQL}) a
    where has_table_privilege(quote_ident(a.name), 'UPDATE') or has_table_privilege(quote_ident(a.name), 'DELETE')) as rewritable
  from pg_roles r where r.rolname = current_user`;

/**
 * What the role of the app's connection may do beyond reading and writing rows (issue 9,
 * finding 5): superuser, replication, DDL, ownership (or membership in the owner), TRUNCATE,
 * UPDATE or DELETE of an append-only table. Empty when the role is as it must be.
 */
export async function appRoleProblems(em: EntityManager): Promise<string[]> {
  const [facts] = await em.getConnection().execute<RoleFacts[]>(FACTS_SQL);
  if (!facts) return ['is not a role of this cluster'];
  if (facts.rolsuper) return ['is a superuser'];
  const problems: string[] = [];
  if (facts.rolreplication) problems.push('may replicate');
  if (facts.rolbypassrls) problems.push('bypasses row-level security');
  if (facts.rolcreatedb) problems.push('may create databases');
  if (facts.rolcreaterole) problems.push('may create roles');
  if (facts.create_in_database) problems.push('may create schemas in the database');
  if (facts.create_in_schema) problems.push('may create tables in schema public');
  if (facts.owned.length) problems.push(`owns (or may act as the owner of) ${facts.owned.join(', ')}`);
  if (facts.truncatable.length) problems.push(`may TRUNCATE ${facts.truncatable.join(', ')}`);
  if (facts.rewritable.length) problems.push(`may UPDATE or DELETE the append-only ${facts.rewritable.join(', ')}`);
  return problems;
}
