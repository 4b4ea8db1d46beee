import { Migration } from '@mikro-orm/migrations';

/**
 * The development IdP's state (interactions, sessions, codes, grants) in PostgreSQL instead of
 * one process's memory (issue 15): a login begun on one API server ends on another.
 */
export class Migration20261204010000_oidcModels extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "oidc_model" (
      "model" varchar(64) not null, "id" varchar(255) not null, "payload" jsonb not null,
      "grant_id" varchar(255), "user_code" varchar(255), "uid" varchar(255),
      "expires_at" timestamptz, "consumed_at" timestamptz, primary key ("model", "id"));`);
    this.addSql('create index "oidc_model_grant_id_index" on "oidc_model" ("grant_id");');
    this.addSql('create index "oidc_model_uid_index" on "oidc_model" ("uid");');
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "oidc_model";');
  }
}
