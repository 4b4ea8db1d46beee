import nodemailer from 'nodemailer';
import { MailError, type MailErrorCode } from './MailError.js';

/** Where and as whom a mailer sends. */
export interface MailerOptions {
  /** `smtp://host:port` (or `smtps://`, with `user:pass@` if the server wants it). */
  smtpUrl: string;
  /** The From address, e.g. `"Amtsweg" <noreply@amtsweg.local>`. */
  from: string;
}

/** One message to send; `messageId` is the caller's stable id for it. */
export interface OutgoingMail {
  to: string | string[];
  subject: string;
  text: string;
  html?: string;
  /**
   * `<local@domain>`, derived from the effect's idempotency key (`<caseId.seq.index@amtsweg.local>`):
   * a retried activity resends the same id, and the receiver drops the second copy.
   */
  messageId: string;
  headers?: Record<string, string>;
}

/** What the server accepted. */
export interface SentMail {
  accepted: string[];
  /** Recipients the server refused while accepting others. */
  rejected: string[];
  messageId: string;
}

/** Sends mail over SMTP; `close()` releases the transport. */
export interface Mailer {
  send(mail: OutgoingMail): Promise<SentMail>;
  close(): void;
}

/** RFC 5322 msg-id without folding or comments: what the dedup on the receiving side keys on. */
const MESSAGE_ID = /^<[^<>@\s]+@[^<>@\s]+>$/;

/** Network failures after which the same send may well succeed later. */
const UNREACHABLE = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ENOTFOUND']);

/**
 * Creates the mailer of the notify effect. Every message carries the caller's Message-ID
 * unchanged, so sending is idempotent wherever the receiver deduplicates. Failures throw a
 * {@link MailError} with a German and English message instead of nodemailer's bare codes.
 */
export function createMailer(options: MailerOptions): Mailer {
  const server = describeServer(options.smtpUrl);
  const transport = nodemailer.createTransport({
    url: options.smtpUrl,
    // Fail within seconds, not nodemailer's two minutes: the activity retries anyway.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    async send(mail) {
      if (!MESSAGE_ID.test(mail.messageId)) {
        throw new TypeError(`createMailer: messageId must look like <id@domain>, got ${JSON.stringify(mail.messageId)}`);
      }
      try {
        const info = await transport.sendMail({
          from: options.from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          ...(mail.html === undefined ? {} : { html: mail.html }),
          messageId: mail.messageId,
          ...(mail.headers === undefined ? {} : { headers: mail.headers }),
        });
        return { accepted: info.accepted.map(String), rejected: info.rejected.map(String), messageId: info.messageId };
      } catch (error) {
        throw toMailError(error, server);
      }
    },
    close: () => transport.close(),
  };
}

function toMailError(error: unknown, server: string): MailError {
  const { code, responseCode, message } = (error ?? {}) as { code?: string; responseCode?: number; message?: string };
  const causeCode = ((error as { cause?: { code?: string } } | undefined)?.cause)?.code;
  let kind: MailErrorCode = 'failed';
  if ((code && UNREACHABLE.has(code)) || (causeCode && UNREACHABLE.has(causeCode))) kind = 'unreachable';
  else if (responseCode !== undefined && responseCode >= 500) kind = 'rejected';
  const detail = [code, responseCode, message].filter((part) => part !== undefined && part !== '').join(' ');
  return new MailError(kind, server, detail || String(error), error);
}

/** `smtp://host:port` without user name or password, safe for messages and logs. */
function describeServer(smtpUrl: string): string {
  try {
    const url = new URL(smtpUrl);
    return `${url.protocol}//${url.host}`;
  } catch {
    throw new TypeError('createMailer: smtpUrl is not a URL');
  }
}
