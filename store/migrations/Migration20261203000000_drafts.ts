import { Migration } from '@mikro-orm/migrations';

/**
 * Drafts of a citizen's form (issue 10): one per case, the applicant's alone. `seq` is the case's
 * event count when the draft was saved — once the case moved on, the draft is stale.
 */
export class Migration20261203000000_drafts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "case_draft" (
      "case_id" uuid primary key, "subject" varchar(255) not null, "event" varchar(64) not null,
      "data" jsonb not null, "seq" integer not null, "saved_at" timestamptz not null);`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "case_draft";');
  }
}
