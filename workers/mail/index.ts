// Public face of workers/mail: the e-mail part of the notify effect (templates, an SMTP mailer
// with caller-chosen Message-IDs) and the development mail sink of `npm start` and the tests.
export { startMailSink, type MailSink, type MailSinkOptions } from './startMailSink.js';
export type { ReceivedMail } from './ReceivedMail.js';
export { createMailer, type Mailer, type MailerOptions, type OutgoingMail, type SentMail } from './createMailer.js';
export { MailError, type MailErrorCode } from './MailError.js';
export { renderNotification, type RenderNotificationInput } from './renderNotification.js';
export { renderOwnNotification, type OwnNotificationText } from './renderOwnNotification.js';
export type {
  LocalizedText, NotificationLanguage, NotificationValues, RenderedNotification, TemplateName,
} from './NotificationValues.js';
