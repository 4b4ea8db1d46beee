import { sha256Hex } from '../../documents/index.js';
import type { DocumentRecord, Store } from '../../store/index.js';
import type { RunEffectInput } from './EffectInput.js';

/** A document as an effect files it into the e-file. */
export interface NewDocument {
  key: string;
  kind: string;
  title: string;
  fileName: string;
  mediaType: string;
  content: Uint8Array;
  signatures?: DocumentRecord['signatures'];
}

/** Files a document once per key (a retried effect gets the first one back). */
export async function fileDocument(store: Store, input: RunEffectInput, doc: NewDocument): Promise<DocumentRecord> {
  return store.addDocument({
    id: crypto.randomUUID(), caseId: input.caseId, effectKey: doc.key, kind: doc.kind, title: doc.title, fileName: doc.fileName,
    mediaType: doc.mediaType, sha256: sha256Hex(doc.content), size: doc.content.byteLength, content: Buffer.from(doc.content),
    signatures: doc.signatures ?? [], seal: null,
  });
}

/** The newest document named `name` (its sealed form, `<name> (gesiegelt)`, first). */
export function latestDocument(docs: DocumentRecord[], name: string): DocumentRecord | undefined {
  return docs.filter((d) => d.title === `${name} (gesiegelt)`).at(-1) ?? docs.filter((d) => d.title === name).at(-1);
}
