import { describe, expect, it } from 'vitest';
import { attachmentsOf } from './attachmentsOf.js';

describe('attachmentsOf()', () => {
  it('finds data URLs at any depth with the JSON pointer of their field (escaped), for their categories', () => {
    const file = 'data:application/pdf;name=erlaubnis.pdf;base64,JVBERi0=';
    const found = attachmentsOf({ erlaubnis: { nachweis: file }, 'a/b~c': [file], text: 'kein Anhang' });
    expect(found.map((f) => [f.name, f.pointer])).toEqual([['erlaubnis.pdf', '/erlaubnis/nachweis'], ['erlaubnis.pdf', '/a~1b~0c/0']]);
  });

  it('decodes the exact bytes and the percent-encoded name RJSF and the portal write', () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 255]);
    const url = `data:image/png;name=${encodeURIComponent('Grundriss Küche.png')};base64,${Buffer.from(bytes).toString('base64')}`;
    const [found] = attachmentsOf({ plan: url });
    expect(found).toMatchObject({ name: 'Grundriss Küche.png', mediaType: 'image/png', pointer: '/plan' });
    expect([...found!.content]).toEqual([...bytes]);
  });

  it('names a file without a name after its field, and takes no data URL that is not base64', () => {
    expect(attachmentsOf({ unterlagen: ['data:application/pdf;base64,JVBERi0='] }).map((f) => f.name)).toEqual(['unterlagen-0']);
    expect(attachmentsOf({ text: 'data:,Hallo' })).toEqual([]);
    const sneaky = `data:application/pdf;name=${encodeURIComponent('../../etc/passwd\n.pdf')};base64,JVBERi0=`;
    expect(attachmentsOf({ datei: sneaky }).map((f) => f.name)).toEqual(['.._.._etc_passwd_.pdf']);
  });
});
