import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkFile, checkFilesTotal, dataUrlOf, fileInfo, fileRefOf, parseFileRef, validateForm } from './index.js';

const dataUrl = (type: string, name: string, bytes: Uint8Array) => `data:${type};name=${encodeURIComponent(name)};base64,${Buffer.from(bytes).toString('base64')}`;
const refOf = (url: string) => fileRefOf(url, createHash('sha256').update(Buffer.from(url.slice(url.indexOf(',') + 1), 'base64')).digest('hex'))!;
const pdf = (size: number) => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(size - 9)]);
const limits = { maxBytes: 4096, mediaTypes: ['application/pdf', 'image/png'] };

describe('file references', () => {
  it('record hash, size, type, name and first bytes, and give the data URL back', () => {
    const bytes = pdf(3000);
    const url = dataUrl('application/pdf', 'Nachweis § 34d.pdf', bytes);
    const ref = refOf(url);
    expect(ref.length).toBeLessThan(200);
    expect(parseFileRef(ref)).toMatchObject({ sha256: createHash('sha256').update(bytes).digest('hex'), size: 3000, mediaType: 'application/pdf' });
    expect(dataUrlOf(parseFileRef(ref)!, bytes.toString('base64'))).toBe(url);
    expect(fileInfo(ref)).toEqual(fileInfo(url));
    expect(fileInfo(ref)).toEqual({ name: 'Nachweis § 34d.pdf', mediaType: 'application/pdf', size: 3000 });
  });

  it.each([
    ['an acceptable PDF', dataUrl('application/pdf', 'a.pdf', pdf(4096))],
    ['one byte too large', dataUrl('application/pdf', 'a.pdf', pdf(4097))],
    ['a program renamed to .pdf', dataUrl('application/pdf', 'a.pdf', Buffer.concat([Buffer.from('MZ'), randomBytes(50)]))],
    ['a JPEG where only PDF and PNG are allowed', dataUrl('image/jpeg', 'a.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]))],
    ['an empty file', dataUrl('application/pdf', 'a.pdf', new Uint8Array(0))],
  ])('are checked as the data URL they replace: %s', (_, url) => {
    expect(checkFile(refOf(url), limits)).toEqual(checkFile(url, limits));
  });

  it('count for the total of a submission and pass the form validator like the file', () => {
    const url = dataUrl('application/pdf', 'a.pdf', pdf(2000));
    expect(checkFilesTotal({ a: [refOf(url)] })).toEqual(checkFilesTotal({ a: [url] }));
    const definition = { forms: { f: { schema: { type: 'object', properties: { datei: { type: 'string', format: 'data-url', 'x-maxBytes': 1000 } } } } } };
    expect(validateForm(definition, 'f', { datei: refOf(url) })).toEqual(validateForm(definition, 'f', { datei: url }));
    expect(validateForm(definition, 'f', { datei: 'amtsweg-file:sha256=xyz;size=1;head=;type=application/pdf' })).toMatchObject({ ok: false, errors: [{ path: '/datei', code: 'format' }] });
  });
});
