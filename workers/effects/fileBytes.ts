import { GENERAL_CATEGORY } from '../../engine/index.js';
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
  /** The data categories the document holds (what reading it reveals); null when unknown. */
  categories: string[] | null;
}

/** Files a document once per key (a retried effect gets the first one back). */
export async function fileDocument(store: Store, input: RunEffectInput, doc: NewDocument): Promise<DocumentRecord> {
  return store.addDocument({
    id: crypto.randomUUID(), caseId: input.caseId, effectKey: doc.key, kind: doc.kind, title: doc.title, fileName: doc.fileName,
    mediaType: doc.mediaType, sha256: sha256Hex(doc.content), size: doc.content.byteLength, content: Buffer.from(doc.content),
    signatures: doc.signatures ?? [], seal: null, categories: doc.categories,
  });
}

/** The newest document named `name` (its sealed form, `<name> (gesiegelt)`, first). */
export function latestDocument(docs: DocumentRecord[], name: string): DocumentRecord | undefined {
  return docs.filter((d) => d.title === `${name} (gesiegelt)`).at(-1) ?? docs.filter((d) => d.title === name).at(-1);
}

/** Categories plus general case data (a document also tells the case, its time, its authority). */
export function withGeneral(categories: string[] | undefined): string[] | null {
  return categories ? [...new Set([GENERAL_CATEGORY, ...categories])].sort() : null;
}
