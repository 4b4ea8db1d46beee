import { sha256Hex } from '../../documents/index.js';
import type { DocumentRecord } from '../../store/index.js';
import { audit } from './audit.js';
import type { EffectDeps, EffectHandler, RunEffectInput } from './EffectInput.js';
import type { NewDocument } from './fileBytes.js';
import { misconfigured } from './misconfigured.js';

/**
 * Files a document sealed (§ 54 VgV: bids stay unopened until the opening): the database gets
 * the envelope only — content, title, file name and media type encrypted under the worker's
 * sealing key — plus what may be shown before the opening: that it exists, its hash (that of
 * the content received, which the receipt confirms), when it came and from whom. Once per key.
 */
export async function fileSealed(deps: EffectDeps, input: RunEffectInput, doc: NewDocument, name: string, part: string): Promise<DocumentRecord> {
  const sha256 = sha256Hex(doc.content);
  const envelope = await deps.sealer.seal(
    { title: doc.title, fileName: doc.fileName, mediaType: doc.mediaType, content: doc.content },
    { caseId: input.caseId, key: doc.key, sha256 },
  );
  return deps.store.addDocument({
    id: crypto.randomUUID(), caseId: input.caseId, effectKey: doc.key, kind: doc.kind,
    title: `${name} (versiegelt)`, fileName: `${name}-${input.seq}-${part}.sealed`, mediaType: 'application/jose+json',
    sha256, size: envelope.byteLength, content: Buffer.from(envelope), signatures: [], categories: doc.categories,
    seal: {
      document: name, submitter: input.trigger.actor?.id ?? null, receivedAt: input.trigger.at,
      keyId: deps.sealer.keyId, envelopeSha256: sha256Hex(envelope),
    },
  });
}

/**
 * openSealed: opens every sealed filing named `params.document` — the opening of the bids
 * (§ 55 VgV), which only an event that two officials fired can bring about (the definition's
 * validator refuses anything else). Each envelope must open under its binding and give back the
 * content whose hash the receipt confirmed; then the document holds that content. One audit
 * entry records the opening: the officials, every document opened and any that would not open.
 */
export const openSealed: EffectHandler<'openSealed'> = async (input, deps) => {
  const name = input.effect.params.document;
  // A definition started without the validator (any client of the cluster can start one) still
  // cannot let one person open: nothing is opened, the case records the failure.
  const officials = new Set((input.trigger.approvedBy ?? []).map((a) => a.id));
  if (officials.size < 2) throw misconfigured(`openSealed: "${input.trigger.type}" was fired by ${officials.size || 'no'} person(s); opening needs at least two (quorum)`);
  const docs = (await deps.store.documentsOf(input.caseId)).filter((d) => d.seal?.document === name);
  const opened: { id: string; sha256: string }[] = [];
  const failed: { id: string; sha256: string; reason: string }[] = [];
  for (const doc of docs) {
    if (!doc.seal!.openedAt) {
      const result = await deps.sealer.open(new Uint8Array(doc.content), { caseId: input.caseId, key: doc.effectKey, sha256: doc.sha256 });
      // Another key: a worker of this installation with the right one may come; retry until then.
      if (!result.ok && result.code === 'key-unknown') throw new Error(`openSealed: ${doc.id} ${result.message}`);
      if (!result.ok || sha256Hex(result.file.content) !== doc.sha256) {
        failed.push({ id: doc.id, sha256: doc.sha256, reason: result.ok ? 'hash-mismatch' : result.code });
        continue;
      }
      const { title, fileName, mediaType, content } = result.file;
      await deps.store.openSealedDocument(doc.id, { title, fileName, mediaType, content: Buffer.from(content), size: content.byteLength }, input.trigger.at);
    }
    opened.push({ id: doc.id, sha256: doc.sha256 });
  }
  await audit(deps.store, input.caseId, input.key, {
    at: input.trigger.at, actor: input.trigger.actor?.id ?? 'system', action: 'sealed.opened',
    details: { event: input.trigger.type, document: name, officials: (input.trigger.approvedBy ?? []).map((a) => a.id), documents: opened, failed },
  });
  return { opened: opened.length, failed: failed.length };
};
