import { Migration } from '@mikro-orm/migrations';

/**
 * Rate-limit counters shared by every server process (issue 15): the table rate-limiter-flexible's
 * PostgreSQL limiter uses (created here because the app role may not run DDL).
 */
export class Migration20261204000000_rateLimits extends Migration {
  override async up(): Promise<void> {
    this.addSql('create table "rate_limit" ("key" varchar(255) primary key, "points" integer not null default 0, "expire" bigint);');
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "rate_limit";');
  }
}
