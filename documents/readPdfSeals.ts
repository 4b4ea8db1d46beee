import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFSignature, PDFString } from 'pdf-lib';

/** What one signature dictionary of a PDF (ISO 32000-1, 12.8.1) says about its seal. */
export interface PdfSeal {
  /** /ByteRange: offset and length of the signed bytes before and after the signature. */
  byteRange: number[];
  /** /Contents as the file holds it: the hex digits of the zero-padded CMS. */
  contentsHex: string;
  /** /SubFilter without the slash, e.g. `ETSI.CAdES.detached`. */
  subFilter?: string;
  name?: string;
  reason?: string;
  location?: string;
  /** /M: the signing time the sealer states (signed, but not a timestamp). */
  signingTime?: Date;
}

/**
 * The seals of a PDF: the value of every signature field, read with pdf-lib (parsed, not searched
 * for as text, so a `/ByteRange` inside a stream or a string is not mistaken for one). Throws
 * for bytes pdf-lib cannot parse, encrypted PDFs among them.
 */
export async function readPdfSeals(pdf: Uint8Array): Promise<PdfSeal[]> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  return document.getForm().getFields()
    .filter((field): field is PDFSignature => field instanceof PDFSignature)
    .map((field) => field.acroField.dict.lookup(PDFName.of('V')))
    .filter((value): value is PDFDict => value instanceof PDFDict)
    .map(readSeal);
}

function readSeal(dict: PDFDict): PdfSeal {
  const byteRange = dict.lookup(PDFName.of('ByteRange'), PDFArray).asArray()
    .map((entry) => (entry instanceof PDFNumber ? entry.asNumber() : Number.NaN));
  const contentsHex = dict.lookup(PDFName.of('Contents'), PDFHexString).asString();
  const subFilter = dict.lookup(PDFName.of('SubFilter'));
  const signingTime = dateOf(dict.lookup(PDFName.of('M')));
  return {
    byteRange,
    contentsHex,
    ...(subFilter instanceof PDFName ? { subFilter: subFilter.decodeText() } : {}),
    ...optionalText(dict, 'Name', 'name'),
    ...optionalText(dict, 'Reason', 'reason'),
    ...optionalText(dict, 'Location', 'location'),
    ...(signingTime ? { signingTime } : {}),
  };
}

function optionalText<K extends 'name' | 'reason' | 'location'>(dict: PDFDict, key: string, as: K): Partial<Record<K, string>> {
  const value = dict.lookup(PDFName.of(key));
  const text = value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : '';
  return text ? ({ [as]: text } as Partial<Record<K, string>>) : {};
}

function dateOf(value: unknown): Date | undefined {
  try {
    return value instanceof PDFString || value instanceof PDFHexString ? value.decodeDate() : undefined;
  } catch {
    return undefined; // not a PDF date: the seal then has no stated time
  }
}
