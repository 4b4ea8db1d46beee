/** Why sending failed: `unreachable` is worth a retry, `rejected` (5xx from the server) is not. */
export type MailErrorCode = 'unreachable' | 'rejected' | 'failed';

const MESSAGES: Record<MailErrorCode, { de: string; en: string }> = {
  unreachable: { de: 'Der Mailserver ist nicht erreichbar', en: 'The mail server is unreachable' },
  rejected: { de: 'Der Mailserver hat die Nachricht abgelehnt', en: 'The mail server rejected the message' },
  failed: { de: 'Die Nachricht konnte nicht versandt werden', en: 'The message could not be sent' },
};

/**
 * A failed send, thrown by `Mailer.send`. The message is German first, English second, and
 * names the server without credentials; `code` tells the activity whether to retry, `cause`
 * keeps nodemailer's error for the log.
 */
export class MailError extends Error {
  override readonly name = 'MailError';
  readonly code: MailErrorCode;
  /** The two halves of `message`, for a UI that shows one language. */
  readonly texts: { de: string; en: string };

  constructor(code: MailErrorCode, server: string, detail: string, cause?: unknown) {
    const { de, en } = MESSAGES[code];
    const texts = { de: `${de} (${server}): ${detail}`, en: `${en} (${server}): ${detail}` };
    super(`${texts.de} / ${texts.en}`, { cause });
    this.code = code;
    this.texts = texts;
  }
}
