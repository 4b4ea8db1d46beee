import { createReceipt } from '../../documents/index.js';
import { attachmentsOf } from './attachmentsOf.js';
import { audit } from './audit.js';
import type { EffectHandler } from './EffectInput.js';
import { fileDocument, withGeneral } from './fileBytes.js';
import { deliver } from './deliver.js';

/**
 * Eingangsbestätigung: binds the hash of exactly the data and attachments received to the
 * time of receipt, sealed by the authority; filed in the e-file and delivered at once. Of data
 * the transition files sealed (a bid), attachments are listed by their hash alone.
 */
export const receipt: EffectHandler<'receipt'> = async (input, deps) => {
  const signer = await deps.signerFor(input.authority);
  const existing = (await deps.store.documentsOf(input.caseId)).find((d) => d.effectKey === input.key);
  const doc = existing ?? await fileDocument(deps.store, input, {
    key: input.key,
    kind: 'receipt',
    title: `Eingangsbestätigung ${input.title.de}`,
    fileName: `eingangsbestaetigung-${input.seq}.json`,
    mediaType: 'application/vnd.amtsweg.receipt+json',
    // The receipt holds only hashes and file names (of data filed sealed, hashes alone), yet a
    // hash confirms a guess of the data it covers: it counts as holding the categories of that data.
    categories: withGeneral(input.categories?.trigger.categories),
    content: new TextEncoder().encode(JSON.stringify(await createReceipt({
      caseId: input.caseId, procedure: input.procedure, version: input.version, authority: input.authority,
      receivedAt: input.trigger.at, data: input.trigger.data, attachments: attachmentsOf(input.trigger.data), ...(input.trigger.sealed ? { sealed: true } : {}),
    }, signer), null, 2)),
  });
  await audit(deps.store, input.caseId, input.key, {
    at: input.trigger.at, actor: 'system', action: 'receipt.issued', details: { document: doc.id, sha256: doc.sha256, event: input.trigger.type },
  });
  // The submitter gets it; a receipt from an entry effect (no actor) goes to the case's parties.
  const to = input.trigger.actor ? [input.trigger.actor.id] : input.parties.map((p) => p.id);
  await deliver(input, deps, { recipients: to, template: 'receipt', documentId: doc.id });
  return { document: doc.id };
};
