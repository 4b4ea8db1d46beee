import { renderTemplate, templateView } from '../../engine/index.js';
import { audit } from './audit.js';
import type { EffectDeps, EffectHandler, RunEffectInput } from './EffectInput.js';
import { deliver, isTemplateName } from './deliver.js';
import { latestDocument } from './fileBytes.js';
import { firstCitizen, templateInput } from './templateInput.js';

/** The procedure's own notification rendered in German and English (each recipient reads their language). */
async function ownTexts(input: RunEffectInput, deps: EffectDeps) {
  const template = input.template;
  const note = template?.notification;
  if (!template || !note) return undefined;
  const name = firstCitizen(input)?.name;
  const texts = {} as Record<'de' | 'en', { subject: string; body: string }>;
  for (const language of ['de', 'en'] as const) {
    const view = templateView(await templateInput(input, deps, template, language, name));
    texts[language] = { subject: renderTemplate(note.subject[language], view, language), body: renderTemplate(note.body[language], view, language) };
  }
  return texts;
}

/**
 * notify: tells the parties in role `params.to` (or an outside body such as the tax office,
 * addressed as `authority:<id>`) about the case, on their chosen channels — in the words of
 * the procedure's notification `params.template`, else with a built-in notice (a decision is
 * ready when a document goes with it, else a new status).
 */
export const notify: EffectHandler<'notify'> = async (input, deps) => {
  const { to, document: documentName, template: named = '' } = input.effect.params;
  const parties = input.parties.filter((p) => p.role === to).map((p) => p.id);
  // A staff role is reached through its authority's mailbox; a citizen role through its parties;
  // anything else is an outside recipient of the procedure (the tax office, say).
  const staffAuthority = input.staffAuthorities?.[to];
  const recipients = staffAuthority ? [`authority:${staffAuthority}`] : input.roles.includes(to) ? parties : [`authority:${to}`];
  const document = documentName ? latestDocument(await deps.store.documentsOf(input.caseId), documentName) : undefined;
  const own = await ownTexts(input, deps);
  const template = own ? named : isTemplateName(named) ? named : document ? 'decision' : 'statusChanged';
  await deliver(input, deps, {
    recipients, template, ...(document ? { documentId: document.id } : {}), ...(own ? { own } : {}),
    values: { stateLabel: input.trigger.type, documentTitle: document?.title ?? '' },
  });
  await audit(deps.store, input.caseId, input.key, { at: input.trigger.at, actor: 'system', action: 'notification.sent', details: { to, template, recipients: recipients.length } });
  return { recipients: recipients.length };
};
