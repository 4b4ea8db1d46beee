import { Migration } from '@mikro-orm/migrations';

/** Access log (append-only, hash-chained per citizen), definition drafts and versions, idempotency records. */
export class Migration20261127020000_transparency extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "access_log" (
      "id" uuid primary key, "subject" varchar(255) not null, "seq" int not null,
      "at" timestamptz not null, "authority" varchar(255) not null, "officer" varchar(255) not null,
      "purpose" text not null, "categories" jsonb not null, "case_id" varchar(255) not null,
      "prev_hash" char(64), "hash" char(64) not null, unique ("subject", "seq"));`);
    this.addSql('create index "access_log_case_id_index" on "access_log" ("case_id");');
    this.addSql(`create trigger "access_log_append_only" before update or delete on "access_log"
      for each row execute function amtsweg_append_only();`);
    this.addSql(`create table "definition_version" (
      "id" varchar(64) not null, "version" int not null, "status" varchar(16) not null,
      "content" jsonb not null, "author" varchar(255) not null,
      "created_at" timestamptz not null default now(), "published_at" timestamptz null,
      primary key ("id", "version"));`);
    this.addSql(`create table "idempotency_record" (
      "key" varchar(255) not null, "principal" varchar(255) not null, "route" varchar(255) not null,
      "body_hash" char(64) not null, "status" int not null, "response" jsonb not null,
      "created_at" timestamptz not null default now(), primary key ("principal", "route", "key"));`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "idempotency_record";');
    this.addSql('drop table if exists "definition_version";');
    this.addSql('drop table if exists "access_log";');
  }
}
