import { Migration } from '@mikro-orm/migrations';

/**
 * Sealed documents (issue 9: bids were readable before their opening): `seal` holds, for a
 * document filed sealed, what may be shown before the opening — its name, submitter, time of
 * receipt, key id — and, once opened, when. The content of an unopened one is its envelope.
 */
export class Migration20261201010000_sealedDocuments extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "document" add column "seal" jsonb null;');
  }

  override async down(): Promise<void> {
    this.addSql('alter table "document" drop column "seal";');
  }
}
