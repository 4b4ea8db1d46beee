import { Migration } from '@mikro-orm/migrations';

/**
 * Publishing is the coordinating ministry's act (issue 9): who asked to publish a version, who
 * approved it (four eyes), who published it. A version awaiting approval has status `pending`.
 */
export class Migration20261130010000_publishing extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "definition_version"
      add column "publish_requested_by" varchar(255) null,
      add column "approvals" jsonb not null default '[]',
      add column "published_by" varchar(255) null;`);
  }

  override async down(): Promise<void> {
    this.addSql('alter table "definition_version" drop column "publish_requested_by", drop column "approvals", drop column "published_by";');
  }
}
