import { Migration } from '@mikro-orm/migrations';

/** Case projection, e-file documents, audit trail (append-only), inbox, mail outbox, print jobs, consents, preferences. */
export class Migration20261127010000_caseRuntime extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "case_record" (
      "id" varchar(255) primary key, "procedure" varchar(255) not null, "version" int not null,
      "authority" varchar(255) not null, "state" text not null, "status" varchar(32) not null,
      "parties" jsonb not null default '[]', "deadlines" jsonb not null default '[]', "seq" int not null,
      "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now());`);
    this.addSql('create index "case_record_authority_state_index" on "case_record" ("authority", "state");');
    this.addSql('create index "case_record_parties_index" on "case_record" using gin ("parties" jsonb_path_ops);');
    this.addSql(`create table "document" (
      "id" uuid primary key, "case_id" varchar(255) not null, "effect_key" varchar(255) not null unique,
      "kind" varchar(64) not null, "title" text not null, "file_name" text not null, "media_type" varchar(255) not null,
      "sha256" char(64) not null, "size" int not null, "content" bytea not null, "signatures" jsonb not null default '[]',
      "created_at" timestamptz not null default now());`);
    this.addSql('create index "document_case_id_index" on "document" ("case_id");');
    this.addSql(`create table "audit_entry" (
      "case_id" varchar(255) not null, "seq" int not null, "idem_key" varchar(255) not null unique,
      "prev_hash" char(64), "hash" char(64) not null, "at" varchar(64) not null, "actor" text not null,
      "action" varchar(255) not null, "details" jsonb not null, primary key ("case_id", "seq"));`);
    this.addSql(`create or replace function amtsweg_append_only() returns trigger language plpgsql as $$
      begin raise exception 'table % is append-only (% refused)', tg_table_name, tg_op; end $$;`);
    this.addSql(`create trigger "audit_entry_append_only" before update or delete on "audit_entry"
      for each row execute function amtsweg_append_only();`);
    this.addSql(`create table "inbox_message" (
      "id" uuid primary key, "recipient" varchar(255) not null, "case_id" varchar(255) not null,
      "effect_key" varchar(255) not null unique, "template" varchar(64) not null, "subject" text not null,
      "body" text not null, "document_id" uuid null, "created_at" timestamptz not null default now());`);
    this.addSql('create index "inbox_message_recipient_index" on "inbox_message" ("recipient");');
    this.addSql(`create table "mail_outbox" (
      "effect_key" varchar(255) primary key, "recipient" varchar(255) not null, "address" text not null,
      "subject" text not null, "message_id" text not null, "status" varchar(16) not null,
      "created_at" timestamptz not null default now(), "sent_at" timestamptz null);`);
    this.addSql(`create table "print_job" (
      "effect_key" varchar(255) primary key, "recipient" varchar(255) not null, "case_id" varchar(255) not null,
      "document_id" uuid null, "template" varchar(64) not null, "created_at" timestamptz not null default now());`);
    this.addSql(`create table "consent_request" (
      "id" uuid primary key, "case_id" varchar(255) not null, "effect_key" varchar(255) null unique,
      "subject" varchar(255) not null, "authority" varchar(255) not null, "categories" jsonb not null,
      "purpose" text not null, "duration" varchar(64) not null, "status" varchar(16) not null,
      "created_at" timestamptz not null default now(), "decided_at" timestamptz null, "expires_at" timestamptz null);`);
    this.addSql('create index "consent_request_case_id_index" on "consent_request" ("case_id");');
    this.addSql('create index "consent_request_subject_index" on "consent_request" ("subject");');
    this.addSql(`create table "citizen_preference" (
      "subject" varchar(255) primary key, "email" text null, "channels" jsonb not null default '["portal"]',
      "language" varchar(2) not null default 'de', "notify_on_access" boolean not null default false,
      "postal_address" jsonb null);`);
  }

  override async down(): Promise<void> {
    for (const table of ['citizen_preference', 'consent_request', 'print_job', 'mail_outbox', 'inbox_message', 'audit_entry', 'document', 'case_record']) {
      this.addSql(`drop table if exists "${table}";`);
    }
    this.addSql('drop function if exists amtsweg_append_only();');
  }
}
