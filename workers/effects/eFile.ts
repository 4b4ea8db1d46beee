import { categoriesAt } from '../../engine/index.js';
import { canonicalJson } from '../../documents/index.js';
import { attachmentsOf } from './attachmentsOf.js';
import { audit } from './audit.js';
import type { EffectHandler } from './EffectInput.js';
import { fileDocument, latestDocument } from './fileBytes.js';
import type { NewDocument } from './fileBytes.js';
import { fileSealed } from './sealedDocuments.js';

/** createEFile: opens the case's Akte (its first audit link), with its subject (default: the procedure's title). */
export const createEFile: EffectHandler<'createEFile'> = async (input, deps) => {
  const subject = input.effect.params.subject ?? input.title;
  const entry = await audit(deps.store, input.caseId, input.key, {
    at: input.trigger.at, actor: 'system', action: 'efile.created',
    details: { procedure: input.procedure, version: input.version, authority: input.authority, subject: { de: subject.de, en: subject.en } },
  });
  return { audit: entry.seq };
};

/**
 * fileDocument: files a document into the Akte. When the case already has a document of that
 * name (rendered or sealed earlier), that one is recorded as filed; otherwise the data the
 * triggering event carried, and its attachments, are filed under that name — encrypted when
 * `params.sealed` (see fileSealed).
 */
export const fileSubmission: EffectHandler<'fileDocument'> = async (input, deps) => {
  const name = input.effect.params.document;
  const all = await deps.store.documentsOf(input.caseId);
  // A retry finds what this effect filed (fileDocument below is idempotent on the key); an
  // earlier rendered or sealed document of that name is filed as it is; anything else (a second
  // submission in a loop) is new data to file.
  const mine = all.some((d) => d.effectKey === input.key || d.effectKey.startsWith(`${input.key}:`));
  // Sealed (a bid): the data and every attachment are encrypted before they reach the database.
  const sealed = input.effect.params.sealed ?? false;
  const existing = mine || sealed ? undefined : latestDocument(all.filter((d) => d.kind === 'rendered' || d.kind === 'sealed'), name);
  if (existing) {
    await audit(deps.store, input.caseId, input.key, {
      at: input.trigger.at, actor: 'system', action: 'document.filed', details: { documents: [{ id: existing.id, sha256: existing.sha256 }] },
    });
    return { documents: [existing.id] };
  }
  const file = (doc: NewDocument, part: string) => (sealed ? fileSealed(deps, input, doc, name, part) : fileDocument(deps.store, input, doc));
  const docs = [await file({
    key: input.key, kind: 'submission', title: name, fileName: `${name}-${input.seq}.json`, mediaType: 'application/json',
    content: new TextEncoder().encode(canonicalJson(input.trigger.data)), categories: input.categories?.trigger.categories ?? null,
  }, 'daten')];
  for (const [i, attachment] of attachmentsOf(input.trigger.data).entries()) {
    docs.push(await file({
      key: `${input.key}:attachment:${i}`, kind: 'attachment', title: attachment.name, fileName: attachment.name, mediaType: attachment.mediaType, content: attachment.content,
      categories: input.categories ? categoriesAt(input.categories.trigger, attachment.pointer) : null,
    }, `anlage-${i + 1}`));
  }
  await audit(deps.store, input.caseId, input.key, {
    at: input.trigger.at, actor: input.trigger.actor?.id ?? 'system', action: 'document.filed',
    details: { documents: docs.map((d) => ({ id: d.id, sha256: d.sha256 })), ...(sealed ? { sealed: true } : {}) },
  });
  return { documents: docs.map((d) => d.id) };
};
