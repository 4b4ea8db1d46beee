import { Migration } from '@mikro-orm/migrations';

/**
 * Leases on claims (issue 15): a mail being sent and an idempotency key being answered are held
 * by their holder only while it renews `lease_until`; a claim whose holder died (lease run out)
 * is taken over at once instead of after minutes, and a live one is never sent or run twice.
 */
export class Migration20261207000000_claimLeases extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "mail_outbox" add column "holder" text null, add column "lease_until" timestamptz null;');
    this.addSql('alter table "idempotency_record" add column "lease_until" timestamptz null;');
  }

  override async down(): Promise<void> {
    this.addSql('alter table "mail_outbox" drop column "holder", drop column "lease_until";');
    this.addSql('alter table "idempotency_record" drop column "lease_until";');
  }
}
