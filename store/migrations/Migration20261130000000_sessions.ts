import { Migration } from '@mikro-orm/migrations';

/** Browser sessions, so that logout ends a session on the server and a copied cookie dies with it. */
export class Migration20261130000000_sessions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "browser_session" (
      "id" uuid primary key, "subject" varchar(255) not null,
      "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, "ended_at" timestamptz null);`);
    this.addSql('create index "browser_session_expires_at_index" on "browser_session" ("expires_at");');
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "browser_session";');
  }
}
