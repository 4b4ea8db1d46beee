import { renderDocumentTemplate, sealPdf } from '../../documents/index.js';
import { audit } from './audit.js';
import { misconfigured } from './misconfigured.js';
import { authorityName } from './EffectInput.js';
import type { EffectHandler } from './EffectInput.js';
import { fileDocument, withGeneral } from './fileBytes.js';
import { firstCitizen, languageOf, templateInput } from './templateInput.js';

/**
 * renderDocument: renders the document template the effect names (a Bescheid, an Ablehnung, a
 * Fiktionsbescheinigung, …) to PDF, in the language of the case's first citizen party (German
 * when unknown). The document shows what its template names, nothing else of the case, and is
 * filed with the data categories of exactly those fields.
 */
export const renderDecision: EffectHandler<'renderDocument'> = async (input, deps) => {
  const name = input.effect.params.document;
  const doc = input.template?.document;
  if (!input.template || !doc) throw misconfigured(`renderDocument: the definition has no document template "${input.effect.params.template}"`);
  const citizen = firstCitizen(input);
  const language = await languageOf(deps, citizen?.id);
  const viewInput = await templateInput(input, deps, input.template, language, citizen?.name);
  const { pdf, categories } = await renderDocumentTemplate(doc, viewInput, citizen?.name ? { applicantName: citizen.name } : {});
  const filed = await fileDocument(deps.store, input, { key: input.key, kind: 'rendered', title: name, fileName: `${name}.pdf`, mediaType: 'application/pdf', content: pdf,
    categories: withGeneral(categories) });
  await audit(deps.store, input.caseId, input.key, { at: input.trigger.at, actor: 'system', action: 'document.rendered', details: { document: filed.id, name, sha256: filed.sha256 } });
  return { document: filed.id };
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
