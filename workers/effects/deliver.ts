import { createHash, randomUUID } from 'node:crypto';
import { defaultPreference } from '../../store/index.js';
import type { NewMail, PreferenceRecord } from '../../store/index.js';
import { renderNotification, renderOwnNotification } from '../mail/index.js';
import type { NotificationLanguage, OwnNotificationText, TemplateName } from '../mail/index.js';
import { authorityName } from './EffectInput.js';
import type { EffectDeps, RunEffectInput } from './EffectInput.js';

/** A notification to deliver to parties of a case. */
export interface Delivery {
  recipients: string[];
  template: string;
  documentId?: string;
  values?: Record<string, unknown>;
  /** The procedure's own notification, rendered in each language (`template` then names it). */
  own?: Record<NotificationLanguage, OwnNotificationText>;
}

const TEMPLATES: readonly string[] = ['receipt', 'decision', 'statusChanged', 'documentsRequested', 'deadlineEscalation', 'accessNotice', 'consentRequested'];

/** Whether a name is one of the built-in notification templates. */
export function isTemplateName(name: string): name is TemplateName {
  return TEMPLATES.includes(name);
}

/** One notification to one recipient, keyed for idempotency. */
export interface Notice {
  /** Idempotency key: a second delivery with it adds nothing. */
  key: string;
  recipient: string;
  caseId: string;
  /** A built-in template, or the name of the procedure's own notification when `own` is set. */
  template: string;
  /** Template values; language-dependent texts as `{ de, en }`. */
  values: Record<string, unknown>;
  documentId?: string;
  own?: Record<NotificationLanguage, OwnNotificationText>;
}

/**
 * How an authority's inbox (`authority:<id>`, what a notice to a staff role or an outside body
 * reaches) is told: also by mail to its functional mailbox (`email` in AMTSWEG_AUTHORITIES) when
 * one is configured. Undefined for anyone else.
 */
function mailboxPreference(deps: EffectDeps, recipient: string): PreferenceRecord | undefined {
  const id = recipient.startsWith('authority:') ? recipient.slice('authority:'.length) : undefined;
  const email = id !== undefined && Object.hasOwn(deps.authorities ?? {}, id) ? deps.authorities![id]!.email : undefined;
  return email ? { ...defaultPreference(recipient), channels: ['portal', 'email'], email } : undefined;
}

/**
 * Delivers one notice on the channels the recipient chose: always the portal inbox; e-mail
 * when chosen and an address is known; a print job only when postal delivery was chosen
 * explicitly — never a silent paper fallback. Each step is idempotent on the key: a retry after
 * a crash adds no second inbox entry, mail or letter.
 */
export async function deliverNotice(deps: EffectDeps, notice: Notice): Promise<void> {
  const { store } = deps;
  const { key, recipient } = notice;
  const pref = (await store.getPreference(recipient)) ?? mailboxPreference(deps, recipient) ?? defaultPreference(recipient);
  const message = notice.own
    ? renderOwnNotification(notice.own[pref.language], pref.language)
    : renderNotification({ template: notice.template as TemplateName, language: pref.language, values: notice.values } as never);
  await store.addInbox({
    id: crypto.randomUUID(), recipient, caseId: notice.caseId, effectKey: key, template: notice.template,
    subject: message.subject, body: message.text, documentId: notice.documentId ?? null,
  });
  const channels = pref.channels;
  if (channels.includes('email') && pref.email && deps.mailer) {
    await sendOnce(deps, key, {
      effectKey: key, recipient, address: pref.email, subject: message.subject,
      messageId: `<${createHash('sha256').update(key).digest('hex').slice(0, 40)}.${notice.caseId}@amtsweg.local>`,
    }, message);
  }
  if (channels.includes('postal') && pref.postalAddress) {
    await store.addPrintJob({ effectKey: key, recipient, caseId: notice.caseId, documentId: notice.documentId ?? null, template: notice.template });
  }
}

/**
 * How long a sending attempt holds its outbox entry unless it renews the lease (every fifth of
 * it while sending): after a crash, the next attempt sends at most this much later.
 */
export const MAIL_LEASE_SECONDS = 30;

/**
 * Thrown (and retried by Temporal) when another attempt of the same effect holds the mail's
 * lease: it may be sending right now, so this attempt must not send too.
 */
export class MailBeingSent extends Error {
  constructor(effectKey: string) {
    super(`mail ${effectKey} is being sent by another attempt; retry later`);
    this.name = 'MailBeingSent';
  }
}

/**
 * Sends a notice's mail unless it went out already. An activity attempt that outran its
 * timeout on an overloaded worker may still be sending when Temporal starts the next one: the
 * outbox lease lets only one attempt send; the other fails retryably and finds the mail sent
 * later. A sender that died leaves a lease that runs out, and the next attempt takes over. A
 * crash between the SMTP server's acceptance and markMailSent still resends, with the same
 * Message-ID, by which receivers (and the development mail sink) drop the duplicate.
 */
async function sendOnce(deps: EffectDeps, key: string, mail: NewMail, message: { subject: string; text: string; html?: string }): Promise<void> {
  const { store, mailer } = deps;
  const holder = randomUUID();
  const claim = await store.claimMail(mail, holder, MAIL_LEASE_SECONDS);
  if (claim.outcome === 'sent') return;
  if (claim.outcome === 'held') throw new MailBeingSent(key);
  const renew = setInterval(() => void store.renewMailLease(key, holder, MAIL_LEASE_SECONDS).catch(() => undefined), (MAIL_LEASE_SECONDS * 1000) / 5);
  try {
    await mailer!.send({ to: claim.mail.address, subject: message.subject, text: message.text, ...(message.html === undefined ? {} : { html: message.html }), messageId: claim.mail.messageId });
  } catch (err) {
    await store.releaseMail(key, holder).catch(() => undefined);
    throw err;
  } finally {
    clearInterval(renew);
  }
  await store.markMailSent(key);
}

/** Delivers an effect's notification to each recipient (see `deliverNotice`). */
export async function deliver(input: RunEffectInput, deps: EffectDeps, delivery: Delivery): Promise<void> {
  const values = {
    procedureTitle: input.title, caseId: input.caseId, receivedAt: input.trigger.at, accessedAt: input.trigger.at,
    authority: authorityName(deps, input.authority), stateLabel: input.trigger.type,
    documents: [], categories: [], purpose: '', deadline: input.trigger.at, ...delivery.values,
  };
  for (const recipient of new Set(delivery.recipients)) {
    await deliverNotice(deps, {
      key: `${input.key}:${recipient}`, recipient, caseId: input.caseId, template: delivery.template, values,
      ...(delivery.documentId ? { documentId: delivery.documentId } : {}), ...(delivery.own ? { own: delivery.own } : {}),
    });
  }
}
