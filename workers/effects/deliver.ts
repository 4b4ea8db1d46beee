import { renderNotification } from '../mail/index.js';
import type { TemplateName } from '../mail/index.js';
import type { EffectDeps, RunEffectInput } from './EffectInput.js';

/** A notification to deliver to parties of a case. */
export interface Delivery {
  recipients: string[];
  template: TemplateName;
  documentId?: string;
  values?: Record<string, unknown>;
}

const TEMPLATES: readonly string[] = ['receipt', 'decision', 'statusChanged', 'documentsRequested', 'deadlineEscalation', 'accessNotice', 'consentRequested'];

/** Whether a name is one of the built-in notification templates. */
export function isTemplateName(name: string): name is TemplateName {
  return TEMPLATES.includes(name);
}

/**
 * Delivers a notification to each recipient on the channels they chose: always the portal
 * inbox; e-mail when chosen and an address is known; a print job only when postal delivery
 * was chosen explicitly — never a silent paper fallback. Each step is idempotent on the
 * effect key: a retry after a crash adds no second inbox entry, mail or letter.
 */
export async function deliver(input: RunEffectInput, deps: EffectDeps, delivery: Delivery): Promise<void> {
  const { store } = deps;
  for (const recipient of new Set(delivery.recipients)) {
    const pref = await store.getPreference(recipient);
    const language = pref?.language ?? 'de';
    const values = {
      procedureTitle: input.title, caseId: input.caseId, receivedAt: input.trigger.at, accessedAt: input.trigger.at,
      authority: deps.authorityNames?.[input.authority] ?? input.authority, stateLabel: input.trigger.type,
      documents: [], categories: [], purpose: '', deadline: input.trigger.at, ...delivery.values,
    };
    const message = renderNotification({ template: delivery.template, language, values } as never);
    const key = `${input.key}:${recipient}`;
    await store.addInbox({
      id: crypto.randomUUID(), recipient, caseId: input.caseId, effectKey: key, template: delivery.template,
      subject: message.subject, body: message.text, documentId: delivery.documentId ?? null,
    });
    const channels = pref?.channels ?? ['portal'];
    if (channels.includes('email') && pref?.email && deps.mailer) {
      const claim = await store.claimMail({
        effectKey: key, recipient, address: pref.email, subject: message.subject, status: 'pending', sentAt: null,
        messageId: `<${input.caseId}.${input.seq}.${input.index}.${Buffer.from(recipient).toString('hex').slice(0, 32)}@amtsweg.local>`,
      });
      if (claim.status !== 'sent') {
        // A crash between the SMTP server's acceptance and markMailSent resends with the same
        // Message-ID, by which receivers (and the development mail sink) drop the duplicate.
        await deps.mailer.send({ to: claim.address, subject: message.subject, text: message.text, html: message.html, messageId: claim.messageId });
        await store.markMailSent(key);
      }
    }
    if (channels.includes('postal') && pref?.postalAddress) {
      await store.addPrintJob({ effectKey: key, recipient, caseId: input.caseId, documentId: delivery.documentId ?? null, template: delivery.template });
    }
  }
}
