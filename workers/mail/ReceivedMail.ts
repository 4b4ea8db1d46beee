/**
 * One message as the development mail sink received it. Plain JSON (times as UTC ISO strings),
 * so the same shape is kept in memory and written to the sink's `index.json`.
 */
export interface ReceivedMail {
  /** The Message-ID header with its angle brackets, `''` when the message had none. */
  messageId: string;
  /** The From header as written (`"Amtsweg" <noreply@amtsweg.local>`), else the envelope sender. */
  from: string;
  /** Envelope recipients (RCPT TO): whom the message was actually delivered to, Bcc included. */
  to: string[];
  subject: string;
  text: string;
  html?: string;
  /** The Date header, or the time of receipt when the message had none. */
  date: string;
  /** When the sink accepted the message. */
  receivedAt: string;
  /** Headers worth showing or asserting on; lower-case names, see `toReceivedMail`. */
  headers: Record<string, string>;
  /** Size of the raw message in bytes. */
  size: number;
  /** `<n>.eml` inside the sink's folder, when it has one. */
  file?: string;
}
