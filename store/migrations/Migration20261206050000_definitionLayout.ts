import { Migration } from '@mikro-orm/migrations';

/**
 * Canvas layout of a definition version in the designer (issue 12): where each state box sits,
 * kept apart from the definition's semantics so that moving a box never changes the procedure
 * (nor its content hash). One row per definition version, replaced as a whole.
 */
export class Migration20261206050000_definitionLayout extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "definition_layout" (
      "definition_id" text not null, "version" integer not null, "positions" jsonb not null,
      "saved_by" text not null, "saved_at" timestamptz not null default now(),
      primary key ("definition_id", "version"));`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "definition_layout";');
  }
}
