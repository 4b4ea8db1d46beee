import { Migration } from '@mikro-orm/migrations';

/** Effect log: one row per carried-out effect, keyed by its idempotency key. */
export class Migration20261127000000_effects extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "effect_record" (
      "key" varchar(255) not null primary key,
      "case_id" varchar(255) not null,
      "event_seq" int not null,
      "effect_index" int not null,
      "type" varchar(255) not null,
      "params" jsonb not null,
      "created_at" timestamptz not null default now());`);
    this.addSql('create index "effect_record_case_id_index" on "effect_record" ("case_id");');
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "effect_record";');
  }
}
