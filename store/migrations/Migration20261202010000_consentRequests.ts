import { Migration } from '@mikro-orm/migrations';

/** Who asked for a consent and the note shown with it; indexes for the limits per officer and per citizen. */
export class Migration20261202010000_consentRequests extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "consent_request" add column "note" text null, add column "officer" varchar(255) null;');
    this.addSql('create index "consent_request_officer_created_index" on "consent_request" ("officer", "created_at");');
    this.addSql('create index "consent_request_subject_created_index" on "consent_request" ("subject", "created_at");');
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists "consent_request_subject_created_index";');
    this.addSql('drop index if exists "consent_request_officer_created_index";');
    this.addSql('alter table "consent_request" drop column "officer", drop column "note";');
  }
}
