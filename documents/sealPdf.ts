import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { SignPdf, Signer as SignPdfSigner } from '@signpdf/signpdf';
import { PDFDocument } from 'pdf-lib';
import { createDetachedCms } from './createDetachedCms.js';
import type { Signer } from './Signer.js';

/** The visible facts of a seal, written into the PDF signature dictionary. */
export interface SealOptions {
  /** Why the document is sealed, e.g. "Bescheid". */
  reason: string;
  /** Where, e.g. the authority's seat. */
  location: string;
  /** Name of the sealing authority. */
  name: string;
  contactInfo?: string;
  /** Signing time (/M); defaults to now. Pass it for reproducible output. */
  signingTime?: Date;
}

/** Room for the CMS in the PDF: RSA-3072 signer plus a two-certificate chain needs about 3.5 KB. */
const SIGNATURE_LENGTH = 8192;

/**
 * Seals an unsigned PDF with the authority's `signer`: a PAdES baseline signature
 * (SubFilter ETSI.CAdES.detached) whose CMS, built by `createDetachedCms`, covers the whole file
 * except the signature itself. The signing time goes into the dictionary (/M), not into the CMS,
 * as PAdES requires. Throws for a PDF that is already signed — re-saving it would break that
 * signature, and incremental updates are not supported.
 */
export async function sealPdf(pdf: Uint8Array, signer: Signer, options: SealOptions): Promise<Uint8Array> {
  if (Buffer.from(pdf).includes('/ByteRange')) throw new TypeError('sealPdf: the PDF is already signed');
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  pdflibAddPlaceholder({
    pdfDoc: document,
    reason: options.reason,
    location: options.location,
    name: options.name,
    contactInfo: options.contactInfo ?? '',
    signingTime: options.signingTime ?? new Date(),
    signatureLength: SIGNATURE_LENGTH,
    subFilter: 'ETSI.CAdES.detached',
    appName: 'Amtsweg',
  });
  // Object streams would compress the signature dictionary out of reach of the byte-range search.
  const prepared = await document.save({ useObjectStreams: false });
  const sealed = await new SignPdf().sign(Buffer.from(prepared), new CmsPdfSigner(signer));
  return new Uint8Array(sealed);
}

/** Adapter: @signpdf hands over the bytes in the ByteRange; the CMS comes from our one builder. */
class CmsPdfSigner extends SignPdfSigner {
  constructor(private readonly signer: Signer) {
    super();
  }

  override async sign(content: Buffer): Promise<Buffer> {
    return Buffer.from(await createDetachedCms(this.signer, new Uint8Array(content)));
  }
}
