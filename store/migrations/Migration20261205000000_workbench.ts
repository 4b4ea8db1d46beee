import { Migration } from '@mikro-orm/migrations';

/**
 * The clerks' queue (issue 11). The case list filters and sorts in SQL: `next_deadline` (the
 * earliest running deadline, kept by projectCase), `received_at` (the first transition, i.e. the
 * submission), `waiting_for` (authorities whose staff can act in the current state, for "Meine
 * Gruppe"; `waiting_on_authority` when that is the case's own, `waiting_for_others` the rest),
 * each with the index its query needs. `case_assignment` holds who works on a case; its
 * history is the case's audit trail (`case.assigned`).
 */
export class Migration20261205000000_workbench extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "case_record" add column "next_deadline" timestamptz null,
      add column "received_at" timestamptz null, add column "waiting_for" text[] not null default '{}';`);
    this.addSql(`alter table "case_record" add column "waiting_on_authority" boolean
      generated always as ("authority" = any("waiting_for")) stored;`);
    // Other authorities a case waits for (a statement asked): rare, so their index stays small.
    this.addSql(`alter table "case_record" add column "waiting_for_others" text[]
      generated always as (array_remove("waiting_for", "authority"::text)) stored;`);
    this.addSql(`update "case_record" set "next_deadline" = (select min((d->>'dueAt')::timestamptz) from jsonb_array_elements("deadlines") d);`);
    this.addSql(`update "case_record" c set "received_at" = coalesce((select min(a."at"::timestamptz) from "audit_entry" a
      where a."case_id" = c."id" and a."action" = 'case.transition' and (a."details"->>'seq')::int >= 1), c."created_at") where c."seq" > 0;`);
    this.addSql('drop index if exists "case_record_authority_state_index";');
    // `seq` and `procedure` ride along so that counting and skipping past drafts reads the index only.
    this.addSql('create index "case_record_authority_deadline_index" on "case_record" ("authority", "next_deadline", "id") include ("seq", "procedure");');
    // "Meine Gruppe": cases waiting for their own authority, nearest deadline first.
    this.addSql('create index "case_record_authority_waiting_index" on "case_record" ("authority", "waiting_on_authority", "next_deadline", "id") include ("seq", "procedure");');
    this.addSql('create index "case_record_authority_state_deadline_index" on "case_record" ("authority", "state", "next_deadline", "id") include ("seq", "procedure");');
    this.addSql('create index "case_record_authority_procedure_deadline_index" on "case_record" ("authority", "procedure", "next_deadline", "id") include ("seq");');
    this.addSql('create index "case_record_authority_received_index" on "case_record" ("authority", "received_at");');
    this.addSql('create index "case_record_waiting_for_others_index" on "case_record" using gin ("waiting_for_others");');
    this.addSql(`create table "case_assignment" (
      "case_id" varchar(255) primary key, "authority" varchar(255) not null, "assignee" varchar(255) null,
      "assigned_by" varchar(255) not null, "assigned_at" timestamptz not null default now());`);
    this.addSql('create index "case_assignment_assignee_index" on "case_assignment" ("assignee", "case_id");');
    // The staff inbox reads a clerk's own and their authority's notices, newest first.
    this.addSql('create index "inbox_message_recipient_created_index" on "inbox_message" ("recipient", "created_at");');
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists "inbox_message_recipient_created_index";');
    this.addSql('drop table if exists "case_assignment";');
    for (const index of ['authority_deadline', 'authority_waiting', 'authority_state_deadline', 'authority_procedure_deadline', 'authority_received', 'waiting_for_others']) {
      this.addSql(`drop index if exists "case_record_${index}_index";`);
    }
    this.addSql('create index "case_record_authority_state_index" on "case_record" ("authority", "state");');
    this.addSql('alter table "case_record" drop column "waiting_for_others", drop column "waiting_on_authority", drop column "next_deadline", drop column "received_at", drop column "waiting_for";');
  }
}
