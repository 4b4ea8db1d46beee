import { describe, expect, it } from 'vitest';
import { attachmentsOf } from './attachmentsOf.js';

describe('attachmentsOf()', () => {
  it('finds data URLs at any depth with the JSON pointer of their field (escaped), for their categories', () => {
    const file = 'data:application/pdf;name=erlaubnis.pdf;base64,JVBERi0=';
    const found = attachmentsOf({ erlaubnis: { nachweis: file }, 'a/b~c': [file], text: 'kein Anhang' });
    expect(found.map((f) => [f.name, f.pointer])).toEqual([['erlaubnis.pdf', '/erlaubnis/nachweis'], ['erlaubnis.pdf', '/a~1b~0c/0']]);
  });
});
