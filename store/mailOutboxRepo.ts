import type { MikroORM } from '@mikro-orm/postgresql';
import { MailRecordSchema } from './entities.js';
import type { MailRecord } from './entities.js';

/** A mail to claim for sending: what the outbox keeps of it before it goes out. */
export type NewMail = Pick<MailRecord, 'effectKey' | 'recipient' | 'address' | 'subject' | 'messageId'>;

/**
 * What a claim on an outbox entry found: `claimed` — the caller holds the lease and sends;
 * `sent` — it went out already; `held` — another attempt holds a live lease and may be sending
 * right now (try again later, do not send).
 */
export interface MailClaim {
  outcome: 'claimed' | 'sent' | 'held';
  mail: MailRecord;
}

/**
 * Takes the lease of an outbox entry: a new entry, one given back after a failed send, or one
 * whose lease ran out because its holder died. Never one that is sent or held by a live lease —
 * concurrent claims queue on the row, so exactly one of them wins.
 */
const CLAIM_SQL = `insert into mail_outbox (effect_key, recipient, address, subject, message_id, status, created_at, sent_at, holder, lease_until)
    values (?, ?, ?, ?, ?, 'sending', now(), null, ?, now() + make_interval(secs => ?))
  on conflict (effect_key) do update set status = 'sending', holder = excluded.holder, lease_until = excluded.lease_until
    where mail_outbox.status <> 'sent' and (mail_outbox.lease_until is null or mail_outbox.lease_until < now())
  returning effect_key`;

/** The mail outbox: one entry per notice and recipient, sent at most once at a time (issue 15). */
export function mailOutboxRepo(orm: MikroORM) {
  const em = () => orm.em.fork();
  const run = (sql: string, args: unknown[]) => em().getConnection().execute<{ effect_key: string }[]>(sql, args, 'all');
  return {
    /**
     * Claims an outbox entry for sending, under a lease of `leaseSeconds` held by `holder`
     * (one attempt). The entry keeps what its first claim wrote (address, Message-ID).
     */
    async claimMail(mail: NewMail, holder: string, leaseSeconds: number): Promise<MailClaim> {
      const won = await run(CLAIM_SQL, [mail.effectKey, mail.recipient, mail.address, mail.subject, mail.messageId, holder, leaseSeconds]);
      const found = await em().findOneOrFail(MailRecordSchema, { effectKey: mail.effectKey });
      return { outcome: won.length === 1 ? 'claimed' : found.status === 'sent' ? 'sent' : 'held', mail: found };
    },
    /** Extends the holder's lease while it sends; false when the lease is no longer its own. */
    async renewMailLease(effectKey: string, holder: string, leaseSeconds: number): Promise<boolean> {
      const rows = await run(`update mail_outbox set lease_until = now() + make_interval(secs => ?)
        where effect_key = ? and holder = ? and status = 'sending' returning effect_key`, [leaseSeconds, effectKey, holder]);
      return rows.length === 1;
    },
    /** Gives the lease back after a failed send, so that the next attempt sends at once. */
    async releaseMail(effectKey: string, holder: string): Promise<void> {
      await run(`update mail_outbox set status = 'pending', holder = null, lease_until = null
        where effect_key = ? and holder = ? and status = 'sending' returning effect_key`, [effectKey, holder]);
    },
    /** Marks an entry sent once the SMTP server accepted it (whoever held the lease). */
    async markMailSent(effectKey: string): Promise<void> {
      await run(`update mail_outbox set status = 'sent', sent_at = now(), lease_until = null
        where effect_key = ? returning effect_key`, [effectKey]);
    },
    mailsOf: (recipient: string) => em().find(MailRecordSchema, { recipient }, { orderBy: { createdAt: 'asc' } }),
  };
}

/** The mail outbox part of the store. */
export type MailOutboxRepo = ReturnType<typeof mailOutboxRepo>;
