import { Migration } from '@mikro-orm/migrations';

/** Every table the row trigger `amtsweg_append_only` guards, as a PL/pgSQL loop source. */
const APPEND_ONLY = `select distinct c.relname::text from pg_trigger t join pg_class c on c.oid = t.tgrelid
  join pg_proc p on p.oid = t.tgfoid where p.proname = 'amtsweg_append_only' and t.tgtype & 32 = 0 and not t.tgisinternal`;

/**
 * Append-only tables refuse TRUNCATE too (issue 9, finding 5): row triggers never fire for it, so
 * `TRUNCATE access_log` emptied the log. A statement-level BEFORE TRUNCATE trigger on every table
 * the row trigger guards (tgtype bit 32 marks a TRUNCATE trigger). Tables made append-only later
 * add both triggers in their own migration; tests/integration/store.test.ts checks every one.
 */
export class Migration20261202020000_appendOnlyTruncate extends Migration {
  override async up(): Promise<void> {
    this.addSql(`do $$ declare t text; begin
      for t in ${APPEND_ONLY} loop
        execute format('create trigger %I before truncate on %I for each statement execute function amtsweg_append_only()', t || '_no_truncate', t);
      end loop; end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`do $$ declare t text; begin
      for t in ${APPEND_ONLY} loop
        execute format('drop trigger if exists %I on %I', t || '_no_truncate', t);
      end loop; end $$;`);
  }
}
