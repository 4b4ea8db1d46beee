import { Migration } from '@mikro-orm/migrations';

/**
 * A definition's content as `json`, not `jsonb` (issue 12: an unchanged definition saves
 * byte-identical). `jsonb` reorders object keys (shorter keys first), so a definition read back
 * differed from the one saved until its second save; `json` keeps the text as written. Nothing
 * queries inside the content, so `jsonb`'s operators and indexes are not missed.
 */
export class Migration20261207000000_definitionContentJson extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "definition_version" alter column "content" type json using "content"::text::json;');
  }

  override async down(): Promise<void> {
    this.addSql('alter table "definition_version" alter column "content" type jsonb using "content"::jsonb;');
  }
}
