import { Migration } from '@mikro-orm/migrations';

/**
 * Files of form data (issue 14): stored once, content-addressed by SHA-256, when the server
 * accepts an event; Temporal carries only references (engine fileRef.ts). Rows are never changed.
 */
export class Migration20261205010000_formFiles extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "form_file" (
      "sha256" char(64) primary key, "size" bigint not null, "content" bytea not null, "stored_at" timestamptz not null default now());`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "form_file";');
  }
}
