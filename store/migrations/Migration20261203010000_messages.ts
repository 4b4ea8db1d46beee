import { Migration } from '@mikro-orm/migrations';

/**
 * Messages between citizen and authority on a case (the secure replacement for fax and
 * letters). `message_content` holds texts and attachments once each, addressed by their SHA-256;
 * `case_message` is the record of each accepted message, append-only like a letter received.
 */
export class Migration20261203010000_messages extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "message_content" (
      "sha256" char(64) not null primary key, "content" bytea not null, "size" int not null,
      "created_at" timestamptz not null default now());`);
    this.addSql(`create table "case_message" (
      "id" uuid not null primary key, "case_id" varchar(255) not null, "sender" varchar(16) not null,
      "author" varchar(255) not null, "author_role" varchar(255) not null, "author_name" varchar(255) null,
      "party" varchar(255) null, "text_sha256" char(64) not null, "attachments" jsonb not null,
      "sent_at" timestamptz not null, "receipt_document_id" uuid not null,
      "created_at" timestamptz not null default now());`);
    this.addSql('create index "case_message_case_id_sent_at_index" on "case_message" ("case_id", "sent_at");');
    this.addSql(`create trigger "case_message_append_only" before update or delete on "case_message"
      for each row execute function amtsweg_append_only();`);
    this.addSql(`create trigger "case_message_no_truncate" before truncate on "case_message"
      for each statement execute function amtsweg_append_only();`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "case_message";');
    this.addSql('drop table if exists "message_content";');
  }
}
