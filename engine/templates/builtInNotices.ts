/**
 * Built-in notices a `notify` may name instead of a procedure's own notification (their
 * wording lives in workers/mail/notificationTemplates.ts): a decision is ready, a new status.
 */
export const BUILT_IN_NOTICES: readonly string[] = ['decision', 'statusChanged'];
