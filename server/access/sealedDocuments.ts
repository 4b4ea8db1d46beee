import type { DocumentRecord } from '../../store/index.js';
import { HttpError } from '../HttpError.js';
import type { Principal } from '../http/RouteSpec.js';
import type { CaseAccess } from './caseAccess.js';

/** Whether a document was filed sealed and is not yet opened: the database holds its envelope only. */
export function unopened(doc: DocumentRecord): boolean {
  return doc.seal !== null && !doc.seal.openedAt;
}

/**
 * Whether the principal may see a document of a case it reaches. A document filed sealed (a
 * bid, § 5 VgV: trade secrets) is, besides the authority's staff, only its submitter's — other
 * parties of the case, the competing bidders, never see it, not even that it exists.
 */
export function maySee(access: CaseAccess, principal: Principal, doc: DocumentRecord): boolean {
  return access.as === 'staff' || doc.seal === null || doc.seal.submitter === principal.sub;
}

/** What may be shown of an unopened sealed document: that it exists, its hash and time of receipt. */
export function sealedFacts(doc: DocumentRecord): { sealed: true; sha256: string; receivedAt: string } {
  return { sealed: true, sha256: doc.sha256, receivedAt: doc.seal!.receivedAt };
}

/** The answer to a request for the content of an unopened sealed document (409 with its facts). */
export function sealedError(doc: DocumentRecord): HttpError {
  return new HttpError(409, 'document-sealed', 'The document is sealed until its opening event; only that it exists, its hash and time of receipt are shown', {
    ...sealedFacts(doc),
    message: {
      de: 'Das Dokument ist bis zu seiner Öffnung versiegelt; sichtbar sind nur, dass es vorliegt, sein Hashwert und der Eingangszeitpunkt.',
      en: 'The document is sealed until its opening; only that it exists, its hash and time of receipt are shown.',
    },
  });
}
