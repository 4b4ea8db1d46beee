import { Migration } from '@mikro-orm/migrations';

/**
 * Optimistic concurrency on drafts (issue 12): every save of a draft counts up its revision, and a
 * save must name the revision it was based on (`If-Match`), so two designers cannot overwrite
 * each other's work unseen.
 */
export class Migration20261206020000_draftRevision extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "definition_version" add column "revision" integer not null default 1;');
  }

  override async down(): Promise<void> {
    this.addSql('alter table "definition_version" drop column "revision";');
  }
}
