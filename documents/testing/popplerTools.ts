import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Test-only: runs a poppler-utils tool (`pdfsig`, `pdftotext`, `pdfinfo`) on PDF bytes and
 * returns its combined output — an independent reader for what pdf-lib and @signpdf wrote.
 */
export function runPoppler(tool: 'pdfsig' | 'pdftotext' | 'pdfinfo', pdf: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'amtsweg-poppler-'));
  try {
    writeFileSync(join(dir, 'doc.pdf'), pdf);
    const args = tool === 'pdftotext' ? [join(dir, 'doc.pdf'), '-'] : [join(dir, 'doc.pdf')];
    // pdfsig prints times in the local zone; UTC makes its report comparable.
    const result = spawnSync(tool, args, { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
    if (result.error) throw result.error;
    return `${result.stdout}${result.stderr}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Test-only: the CMS and the signed bytes of a PDF's (single) signature, found via /ByteRange. */
export function extractPdfSignature(pdf: Uint8Array): { cms: Uint8Array; signedContent: Uint8Array } {
  const text = Buffer.from(pdf).toString('latin1');
  const match = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(text);
  if (!match) throw new Error('no /ByteRange');
  const [a, b, c, d] = match.slice(1).map(Number) as [number, number, number, number];
  const signedContent = Buffer.concat([Buffer.from(pdf.subarray(a, a + b)), Buffer.from(pdf.subarray(c, c + d))]);
  const padded = Buffer.from(text.slice(a + b + 1, c - 1), 'hex');
  // The placeholder is zero-padded; the DER header says where the CMS ends (0x30 0x82 hi lo).
  const length = 4 + ((padded[2] ?? 0) << 8) + (padded[3] ?? 0);
  return { cms: new Uint8Array(padded.subarray(0, length)), signedContent: new Uint8Array(signedContent) };
}
