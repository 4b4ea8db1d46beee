/** Why a document, signature or receipt check failed; stable codes for programs, texts for people. */
export type DocumentErrorCode =
  | 'malformed'
  | 'not-sealed'
  | 'unsealed-content'
  | 'signature-invalid'
  | 'certificate-untrusted'
  | 'certificate-mismatch'
  | 'data-mismatch'
  | 'attachment-missing'
  | 'attachment-unexpected'
  | 'attachment-mismatch';

/** One failed check, returned as data (never thrown), with a German and an English message. */
export interface DocumentError {
  code: DocumentErrorCode;
  message: { de: string; en: string };
}

const MESSAGES: Record<DocumentErrorCode, { de: string; en: string }> = {
  'malformed': { de: 'Die Datei ist beschädigt oder hat ein unbekanntes Format', en: 'The file is damaged or has an unknown format' },
  'not-sealed': { de: 'Das PDF trägt kein Siegel', en: 'The PDF carries no seal' },
  'unsealed-content': {
    de: 'Die Datei enthält Inhalt, den das Siegel nicht abdeckt (etwa nachträglich angehängt)',
    en: 'The file holds content the seal does not cover (e.g. appended after sealing)',
  },
  'signature-invalid': { de: 'Die Signatur passt nicht zum signierten Inhalt', en: 'The signature does not match the signed content' },
  'certificate-untrusted': { de: 'Das Zertifikat der Signatur ist nicht vertrauenswürdig', en: 'The signing certificate is not trusted' },
  'certificate-mismatch': { de: 'Das beigefügte Zertifikat ist nicht das der Signatur', en: 'The enclosed certificate is not the signing certificate' },
  'data-mismatch': { de: 'Die Antragsdaten weichen von den bestätigten ab', en: 'The application data differ from the confirmed data' },
  'attachment-missing': { de: 'Eine bestätigte Anlage fehlt', en: 'A confirmed attachment is missing' },
  'attachment-unexpected': { de: 'Eine Anlage ist nicht in der Bestätigung aufgeführt', en: 'An attachment is not listed in the receipt' },
  'attachment-mismatch': { de: 'Eine Anlage weicht von der bestätigten ab', en: 'An attachment differs from the confirmed one' },
};

/** Builds a {@link DocumentError}; `subject` (a file name, a detail) is appended to both texts. */
export function documentError(code: DocumentErrorCode, subject?: string): DocumentError {
  const { de, en } = MESSAGES[code];
  return subject === undefined ? { code, message: { de, en } } : { code, message: { de: `${de}: ${subject}`, en: `${en}: ${subject}` } };
}
