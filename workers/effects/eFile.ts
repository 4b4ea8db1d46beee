import { canonicalJson } from '../../documents/index.js';
import { attachmentsOf } from './attachmentsOf.js';
import { audit } from './audit.js';
import type { EffectHandler } from './EffectInput.js';
import { fileDocument, latestDocument } from './fileBytes.js';

/** createEFile: opens the case's Akte (its first audit link). */
export const createEFile: EffectHandler = async (input, deps) => {
  const entry = await audit(deps.store, input.caseId, input.key, {
    at: input.trigger.at, actor: 'system', action: 'efile.created',
    details: { procedure: input.procedure, version: input.version, authority: input.authority },
  });
  return { audit: entry.seq };
};

/**
 * fileDocument: files a document into the Akte. When the case already has a document of that
 * name (rendered or sealed earlier), that one is recorded as filed; otherwise the data the
 * triggering event carried, and its attachments, are filed under that name.
 */
export const fileSubmission: EffectHandler = async (input, deps) => {
  const name = String(input.effect.params.document ?? input.trigger.type.toLowerCase());
  const all = await deps.store.documentsOf(input.caseId);
  // A retry finds what this effect filed (fileDocument below is idempotent on the key); an
  // earlier rendered or sealed document of that name is filed as it is; anything else (a second
  // submission in a loop) is new data to file.
  const mine = all.some((d) => d.effectKey === input.key || d.effectKey.startsWith(`${input.key}:`));
  const existing = mine ? undefined : latestDocument(all.filter((d) => d.kind === 'rendered' || d.kind === 'sealed'), name);
  if (existing) {
    await audit(deps.store, input.caseId, input.key, {
      at: input.trigger.at, actor: 'system', action: 'document.filed', details: { documents: [{ id: existing.id, sha256: existing.sha256 }] },
    });
    return { documents: [existing.id] };
  }
  const docs = [await fileDocument(deps.store, input, {
    key: input.key, kind: 'submission', title: name, fileName: `${name}-${input.seq}.json`, mediaType: 'application/json',
    content: new TextEncoder().encode(canonicalJson(input.trigger.data)),
  })];
  for (const [i, file] of attachmentsOf(input.trigger.data).entries()) {
    docs.push(await fileDocument(deps.store, input, {
      key: `${input.key}:attachment:${i}`, kind: 'attachment', title: file.name, fileName: file.name, mediaType: file.mediaType, content: file.content,
    }));
  }
  await audit(deps.store, input.caseId, input.key, {
    at: input.trigger.at, actor: input.trigger.actor?.id ?? 'system', action: 'document.filed',
    details: { documents: docs.map((d) => ({ id: d.id, sha256: d.sha256 })) },
  });
  return { documents: docs.map((d) => d.id) };
};
