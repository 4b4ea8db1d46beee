import { describe, expect, it } from 'vitest';
import type { RJSFSchema } from '@rjsf/utils';
import { UPLOAD_LIMITS, validateForm } from '../../engine/index.js';
import { FormValidator } from './createFormValidator.js';

// One table of file cases, run against both validators: the engine's ajv (server and workflow)
// and the portal's FormValidator (cfworker plus the engine's file checks). They must agree.
const pdf = (body = '%PDF-1.7 Nachweis', name = 'nachweis.pdf') => `data:application/pdf;name=${encodeURIComponent(name)};base64,${btoa(body)}`;
const png = `data:image/png;name=bild.png;base64,${btoa('\x89PNG\r\n\x1a\n rest')}`;
const jpeg = `data:image/jpeg;name=foto.jpg;base64,${btoa('\xff\xd8\xff\xe0 rest')}`;
const bytes = (n: number) => `%PDF-${'x'.repeat(n - 5)}`;

const schema = {
  type: 'object', required: ['datei'],
  properties: {
    datei: { type: 'string', format: 'data-url', 'x-maxBytes': 100, 'x-mediaTypes': ['application/pdf', 'image/png'] },
    foto: { type: 'string', contentEncoding: 'base64', contentMediaType: 'image/jpeg' },
    liste: { type: 'array', items: { type: 'string', format: 'data-url' } },
  },
};
type Case = [name: string, data: Record<string, unknown>, errors: [pointer: string, keyword: string][]];
const cases: Case[] = [
  ['a PDF within the limit', { datei: pdf() }, []],
  ['a PNG, its name with spaces and umlauts', { datei: png.replace('bild.png', encodeURIComponent('Grundriss Küche.png')) }, []],
  ['exactly the declared size', { datei: pdf(bytes(100)) }, []],
  ['one byte more', { datei: pdf(bytes(101)) }, [['/datei', 'x-maxBytes']]],
  ['a JPEG where only PDF and PNG are accepted', { datei: jpeg.replace('image/jpeg', 'image/jpeg') }, [['/datei', 'x-mediaTypes']]],
  ['a text file that says it is a PDF', { datei: `data:application/pdf;name=a.pdf;base64,${btoa('MZ not a pdf')}` }, [['/datei', 'x-mediaTypes']]],
  ['a PNG that says it is a PDF', { datei: png.replace('image/png', 'application/pdf') }, [['/datei', 'x-mediaTypes']]],
  ['an empty file', { datei: 'data:application/pdf;name=leer.pdf;base64,' }, [['/datei', 'x-mediaTypes']]],
  ['no data URL at all', { datei: 'nachweis.pdf' }, [['/datei', 'format']]],
  ['broken base64 (length)', { datei: 'data:application/pdf;base64,JVBERi0xLj' }, [['/datei', 'format']]],
  ['a data URL without base64', { datei: 'data:application/pdf,%25PDF-1.7' }, [['/datei', 'format']]],
  ['a broken percent escape in the name', { datei: 'data:application/pdf;name=%E0%A4%A;base64,JVBERi0x' }, [['/datei', 'format']]],
  ['contentMediaType: the JPEG it names', { datei: pdf(), foto: jpeg }, []],
  ['contentMediaType: a PDF instead', { datei: pdf(), foto: pdf() }, [['/foto', 'x-mediaTypes']]],
  ['a list of files, one of them refused', { datei: pdf(), liste: [png, `data:text/plain;base64,${btoa('hallo')}`] }, [['/liste/1', 'x-mediaTypes']]],
  ['the installation default: at most UPLOAD_LIMITS.maxBytes', { datei: pdf(), liste: [pdf(bytes(UPLOAD_LIMITS.maxBytes + 1))] }, [['/liste/0', 'x-maxBytes']]],
  ['files within their limits, together over UPLOAD_LIMITS.totalMaxBytes', {
    datei: pdf(), liste: Array(Math.floor(UPLOAD_LIMITS.totalMaxBytes / UPLOAD_LIMITS.maxBytes) + 1).fill(pdf(bytes(UPLOAD_LIMITS.maxBytes))),
  }, [['', 'files-too-large']]],
];

const browser = new FormValidator((keyword) => keyword);
const browserKeyword = (name: string) => (name === 'format.data-url' ? 'format' : name === 'filesTotal' ? 'files-too-large' : name);

describe('file fields: engine validateForm and the portal FormValidator agree', () => {
  const forms = { antrag: { schema } };
  it.each(cases)('%s', (_name, data, expected) => {
    const server = validateForm({ forms }, 'antrag', data);
    const found = server.ok ? [] : server.errors.map((e) => [e.path, e.code]);
    expect(found.sort()).toEqual([...expected].sort());
    // The portal shows a file of a list at the list's widget, so it names the list.
    const lifted = expected.map(([p, k]) => [p.replace(/^\/liste\/\d+$/, '/liste'), k]);
    const portal = browser.errorsOf(schema as RJSFSchema, data).map((e) => [(e.property ?? '').replace(/\./g, '/'), browserKeyword(e.name!)]);
    expect(portal.sort()).toEqual(lifted.sort());
  });

  it('says what is wrong in German and English, with the limit', () => {
    const result = validateForm({ forms }, 'antrag', { datei: pdf(bytes(101)) });
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([{ de: 'Die Datei ist zu groß (höchstens 1 KB).', en: 'The file is too large (at most 1 KB).' }]);
    const typed = validateForm({ forms }, 'antrag', { datei: jpeg });
    expect(typed.ok ? [] : typed.errors.map((e) => e.message.de)).toEqual(['Dieser Dateityp ist nicht erlaubt. Erlaubt: PDF oder PNG.']);
  });
});

describe('FormValidator: a list of files before anything is chosen', () => {
  it('asks for a file, not for the right type of the empty entry RJSF puts there', () => {
    const list = { type: 'object', required: ['liste'], properties: { liste: { type: 'array', minItems: 1, items: { type: 'string', format: 'data-url' } } } } as RJSFSchema;
    expect(browser.errorsOf(list, { liste: [null] }).map((e) => [e.property, e.name])).toEqual([['.liste', 'minItems']]);
  });
});
