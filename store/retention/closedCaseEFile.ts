import type { EFile, EFileDocument, EFileSealedDocument } from '../../documents/index.js';
import type { Store } from '../openStore.js';
import type { ClosedCaseRecord } from '../closedCaseRepo.js';
import { toAuditEntry } from '../toAuditEntry.js';

const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value, null, 2));

/**
 * The whole e-file of a closed case for the archive, before its personal data is deleted: every
 * document (a sealed one never opened as its hash and time of receipt), the final view and form
 * data as `falldaten.json`, each message's text and attachments, and the full audit trail.
 */
export async function closedCaseEFile(store: Store, kept: ClosedCaseRecord): Promise<EFile> {
  const documents: (EFileDocument | EFileSealedDocument)[] = (await store.documentsOf(kept.caseId)).map((d) => (d.seal && !d.seal.openedAt
    ? { id: d.id, title: d.title, sealed: { sha256: d.sha256, receivedAt: d.seal.receivedAt } }
    : {
      id: d.id, title: d.title, fileName: d.fileName, mediaType: d.mediaType, content: new Uint8Array(d.content),
      signatures: d.signatures.map((s) => ({ format: s.format as 'PAdES' | 'CAdES-detached', signer: s.signer, signedAt: s.signedAt })),
    }));
  documents.push({ id: `${kept.caseId}-falldaten`, title: 'Falldaten (Endstand und Formulardaten)', fileName: 'falldaten.json', mediaType: 'application/json',
    content: json({ closedAt: kept.closedAt.toISOString(), view: kept.view, data: kept.data }) });
  for (const m of await store.messagesOf(kept.caseId)) {
    const text = await store.getMessageContent(m.textSha256);
    documents.push({ id: `${m.id}-text`, title: `Nachricht (${m.sender}) vom ${m.sentAt.toISOString()}`, fileName: 'nachricht.txt', mediaType: 'text/plain', content: new Uint8Array(text ?? []) });
    for (const [index, a] of m.attachments.entries()) {
      const content = await store.getMessageContent(a.sha256);
      documents.push({ id: `${m.id}-anlage-${index + 1}`, title: `Anlage: ${a.name}`, fileName: a.name, mediaType: a.mediaType, content: new Uint8Array(content ?? []) });
    }
  }
  return {
    id: kept.caseId, title: kept.title, authority: kept.authority,
    cases: [{ id: kept.caseId, title: kept.title, documents }],
    auditTrail: (await store.auditTrail(kept.caseId)).map(toAuditEntry),
  };
}
