import { Migration } from '@mikro-orm/migrations';

/**
 * Closed cases kept after Temporal forgets them (issue 15, item 4): the final view and form data
 * of every case that reached a final state, written once by the worker before the workflow
 * completes, and the bookkeeping of the definition's retention (when the personal data is due
 * for deletion, the e-file export that came first, when the deletion happened).
 */
export class Migration20261206010000_closedCases extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "closed_case" (
      "case_id" varchar(255) primary key, "procedure" varchar(255) not null, "version" int not null,
      "authority" varchar(255) not null, "title" text not null, "closed_at" timestamptz not null,
      "view" jsonb not null, "data" jsonb null, "form_refs" jsonb not null default '{}',
      "retention" varchar(64) null, "legal_basis" text null, "delete_after" timestamptz null,
      "exported_at" timestamptz null, "export_file" text null, "export_sha256" char(64) null,
      "personal_data_deleted_at" timestamptz null, "recorded_at" timestamptz not null default now());`);
    this.addSql(`create index "closed_case_due_index" on "closed_case" ("delete_after")
      where "personal_data_deleted_at" is null and "delete_after" is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "closed_case";');
  }
}
