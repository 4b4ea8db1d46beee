import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { emlName, openMailFolder, type MailFolder } from './openMailFolder.js';
import type { ReceivedMail } from './ReceivedMail.js';
import { toReceivedMail } from './toReceivedMail.js';

/** Where the development mail sink listens and keeps what it receives. */
export interface MailSinkOptions {
  /** TCP port; 0 (the default) picks a free one, see `MailSink.port`. */
  port?: number;
  /** Loopback only: the sink has no authentication and must not be reachable from outside. */
  host?: '127.0.0.1';
  /** Folder for `<n>.eml` files and `index.json`; without it mail is kept in memory only. */
  dir?: string;
}

/** A running development mail sink. */
export interface MailSink {
  port: number;
  /** `smtp://127.0.0.1:<port>`, ready for `createMailer({ smtpUrl })`. */
  url: string;
  /** Stored messages, oldest first (a copy). */
  messages(): ReceivedMail[];
  /** How many deliveries were accepted but not stored because their Message-ID was known. */
  duplicates(): number;
  /** Resolves with the first stored message that matches, waiting up to `timeoutMs` for it. */
  waitFor(pred: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  /** Stops listening and finishes pending writes to `dir`. */
  close(): Promise<void>;
}

/** Matches the limit of common mail providers; a notification is far smaller. */
const MAX_SIZE = 10 * 1024 * 1024;

/**
 * Starts the development SMTP listener of `npm start` and the tests: no authentication, no
 * TLS, loopback only. Every message is parsed and kept; a message whose Message-ID was already
 * stored is accepted (250) but counted as a duplicate instead — real receivers deduplicate the
 * same way, and the worker relies on it: a retried notify effect resends with the same
 * Message-ID, so the citizen still gets one mail.
 */
export async function startMailSink(options: MailSinkOptions = {}): Promise<MailSink> {
  const host = options.host ?? '127.0.0.1';
  // The type already says so; this guards callers that pass configuration through unchecked.
  if (host !== '127.0.0.1') throw new TypeError(`startMailSink: the sink has no authentication and listens on 127.0.0.1 only, not ${String(host)}`);
  const folder: MailFolder | undefined = options.dir === undefined ? undefined : await openMailFolder(options.dir);
  const stored: ReceivedMail[] = [...(folder?.initial.messages ?? [])];
  const seen = new Set(stored.map((m) => m.messageId).filter((id) => id !== ''));
  let duplicates = folder?.initial.duplicates ?? 0;
  const waiters = new Set<(mail: ReceivedMail) => void>();

  async function receive(stream: SMTPServerDataStream, session: SMTPServerSession): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    if (stream.sizeExceeded) throw smtpError(552, `Message exceeds the size limit of ${MAX_SIZE} bytes`);
    const raw = Buffer.concat(chunks);
    const parsed = await simpleParser(raw);
    const mail = toReceivedMail(parsed, {
      mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
      rcptTo: session.envelope.rcptTo.map((r) => r.address),
      size: raw.length,
      receivedAt: new Date(),
    });
    // Check and record in one synchronous step, so two concurrent deliveries of one
    // Message-ID cannot both be stored.
    if (mail.messageId !== '' && seen.has(mail.messageId)) {
      duplicates += 1;
      await folder?.saveIndex({ messages: [...stored], duplicates });
      return;
    }
    if (mail.messageId !== '') seen.add(mail.messageId);
    const n = stored.length + 1;
    if (folder) mail.file = emlName(n);
    stored.push(mail);
    // Acknowledge only once the message is on disk: accepted means kept.
    await folder?.save(n, raw, { messages: [...stored], duplicates });
    for (const waiter of waiters) waiter(mail);
  }

  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: MAX_SIZE,
    logger: false,
    banner: 'Amtsweg development mail sink',
    // Senders close their connection after each message; no need to wait 30 s for stragglers.
    closeTimeout: 1_000,
    onData(stream, session, callback) {
      receive(stream, session).then(() => callback(), (error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  // A broken client connection must not bring down the launcher that hosts the sink.
  server.on('error', () => {});
  const port = (server.server.address() as AddressInfo).port;

  return {
    port,
    url: `smtp://${host}:${port}`,
    messages: () => [...stored],
    duplicates: () => duplicates,
    waitFor(pred, timeoutMs = 5_000) {
      const found = stored.find(pred);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const waiter = (mail: ReceivedMail) => {
          if (!pred(mail)) return;
          clearTimeout(timer);
          waiters.delete(waiter);
          resolve(mail);
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`Mail sink: no matching message within ${timeoutMs} ms (${stored.length} received)`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    async close() {
      await new Promise<void>((resolve) => server.close(resolve));
      await folder?.saveIndex({ messages: [...stored], duplicates });
    },
  };
}

/** An error smtp-server answers with the given SMTP reply code instead of a generic 450. */
function smtpError(responseCode: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode });
}
