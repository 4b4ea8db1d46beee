import { Migration } from '@mikro-orm/migrations';

/**
 * Saved queue filters of the workbench (issue 11): a clerk keeps a filter (the queue's URL
 * query) under a name of their own. Per person (`owner` is the staff sub); one name once.
 */
export class Migration20261206000000_savedFilters extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "saved_filter" (
      "id" uuid primary key, "owner" varchar(255) not null, "name" varchar(80) not null,
      "query" varchar(500) not null, "created_at" timestamptz not null default now(),
      constraint "saved_filter_owner_name_unique" unique ("owner", "name"));`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "saved_filter";');
  }
}
