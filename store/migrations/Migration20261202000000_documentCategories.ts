import { Migration } from '@mikro-orm/migrations';

/** The data categories each document holds, so a read is gated and logged by what it reveals. */
export class Migration20261202000000_documentCategories extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "document" add column "categories" jsonb null;');
  }

  override async down(): Promise<void> {
    this.addSql('alter table "document" drop column "categories";');
  }
}
