import { describe, expect, it } from 'vitest';
import { INLINE_FILES_MAX_BYTES, checkInlineFiles } from './storeFormFiles.js';

const pdf = (size: number) => `data:application/pdf;name=a.pdf;base64,${Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(size - 5)]).toString('base64')}`;

describe('files of data the case does not keep (sealed bids)', () => {
  it('stay inline up to INLINE_FILES_MAX_BYTES together, and are refused with 422 beyond', () => {
    expect(() => checkInlineFiles({ anlagen: [pdf(INLINE_FILES_MAX_BYTES / 2), pdf(INLINE_FILES_MAX_BYTES / 2)] })).not.toThrow();
    expect(() => checkInlineFiles({ anlagen: [pdf(INLINE_FILES_MAX_BYTES / 2), pdf(INLINE_FILES_MAX_BYTES / 2 + 1)] })).toThrow(expect.objectContaining({ status: 422, code: 'invalid-form-data' }));
  });
});
