import { audit } from './audit.js';
import type { EffectHandler } from './EffectInput.js';
import { deliver, isTemplateName } from './deliver.js';
import { latestDocument } from './fileBytes.js';

/**
 * notify: tells the parties in role `params.to` (or an outside body such as the tax office,
 * addressed as `authority:<id>`) about the case, on their chosen channels.
 */
export const notify: EffectHandler<'notify'> = async (input, deps) => {
  const { to, document: documentName, template: named = '' } = input.effect.params;
  const parties = input.parties.filter((p) => p.role === to).map((p) => p.id);
  // A staff role is reached through its authority's mailbox; a citizen role through its parties;
  // anything else is an outside recipient of the procedure (the tax office, say).
  const staffAuthority = input.staffAuthorities?.[to];
  const recipients = staffAuthority ? [`authority:${staffAuthority}`] : input.roles.includes(to) ? parties : [`authority:${to}`];
  const document = documentName ? latestDocument(await deps.store.documentsOf(input.caseId), documentName) : undefined;
  // Procedures name their own templates; until they carry their texts, the built-in template
  // of the same name is used, else a decision notice (with a document) or a status notice.
  const template = isTemplateName(named) ? named : document ? 'decision' : 'statusChanged';
  await deliver(input, deps, {
    recipients, template, ...(document ? { documentId: document.id } : {}),
    values: { stateLabel: named || input.trigger.type, documentTitle: document?.title ?? '' },
  });
  await audit(deps.store, input.caseId, input.key, { at: input.trigger.at, actor: 'system', action: 'notification.sent', details: { to, template, recipients: recipients.length } });
  return { recipients: recipients.length };
};
