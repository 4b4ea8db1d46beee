import { renderDocument, sealPdf } from '../../documents/index.js';
import { audit } from './audit.js';
import { misconfigured } from './misconfigured.js';
import { authorityName } from './EffectInput.js';
import type { EffectHandler, RunEffectInput } from './EffectInput.js';
import { fileDocument, withGeneral } from './fileBytes.js';

function label(key: string): string {
  return key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());
}

/** Case data as label/value lines, files and nested objects summarised. */
function fieldsOf(input: RunEffectInput): { label: string; value: string }[] {
  return Object.values(input.caseData).flatMap((form) => Object.entries(form).map(([key, value]) => ({
    label: label(key),
    value: typeof value === 'string' ? (value.startsWith('data:') ? '(Anlage)' : value) : JSON.stringify(value),
  })));
}

/** renderDocument: renders the decision (Bescheid) to PDF from the case's data. */
export const renderDecision: EffectHandler<'renderDocument'> = async (input, deps) => {
  const name = input.effect.params.document;
  const pdf = await renderDocument({
    title: 'Bescheid',
    authority: authorityName(deps, input.authority),
    caseId: input.caseId,
    procedureTitle: input.title.de,
    fields: fieldsOf(input),
    body: [`Ihr Antrag (${input.title.de}) wurde entschieden; die Entscheidung lautet: ${input.trigger.type}.`],
    date: input.trigger.at,
    language: 'de',
  });
  const doc = await fileDocument(deps.store, input, { key: input.key, kind: 'rendered', title: name, fileName: `${name}.pdf`, mediaType: 'application/pdf', content: pdf,
    categories: withGeneral(input.categories?.caseData) });
  await audit(deps.store, input.caseId, input.key, { at: input.trigger.at, actor: 'system', action: 'document.rendered', details: { document: doc.id, name, sha256: doc.sha256 } });
  return { document: doc.id };
};

/**
 * sign: seals the latest rendered document of that name with the authority's seal (PAdES).
 * `kind: signature` (a person's signature) is refused: there is no signer for persons yet, and
 * a seal in its place would claim what did not happen.
 */
export const sign: EffectHandler<'sign'> = async (input, deps) => {
  const { document: name, kind } = input.effect.params;
  if (kind !== 'seal') throw misconfigured(`sign: kind "${kind}" is not available (only "seal", the authority's seal); ${name} stays unsigned`);
  const docs = await deps.store.documentsOf(input.caseId);
  const done = docs.find((d) => d.effectKey === input.key);
  if (done) return { document: done.id };
  const source = docs.filter((d) => d.kind === 'rendered' && d.title === name).at(-1);
  if (!source) throw misconfigured(`sign: no rendered document "${name}" in case ${input.caseId} (add a renderDocument effect before sign)`);
  const signer = await deps.signerFor(input.authority);
  const sealedBy = authorityName(deps, input.authority);
  const sealed = await sealPdf(new Uint8Array(source.content), signer, {
    reason: name, location: sealedBy, name: sealedBy, signingTime: new Date(input.trigger.at),
  });
  const doc = await fileDocument(deps.store, input, {
    key: input.key, kind: 'sealed', title: `${name} (gesiegelt)`, fileName: `${name}-gesiegelt.pdf`, mediaType: 'application/pdf', content: sealed,
    signatures: [{ format: 'PAdES', signer: sealedBy, signedAt: input.trigger.at }], categories: source.categories,
  });
  await audit(deps.store, input.caseId, input.key, { at: input.trigger.at, actor: 'system', action: 'document.sealed', details: { document: doc.id, source: source.id, sha256: doc.sha256 } });
  return { document: doc.id };
};
