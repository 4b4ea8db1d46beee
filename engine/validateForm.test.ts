import { describe, expect, it } from 'vitest';
import { validateForm } from './index.js';

const def = {
  forms: {
    antrag: {
      schema: {
        type: 'object', required: ['betreff', 'plz'],
        properties: {
          betreff: { type: 'string', minLength: 3 },
          plz: { type: 'string', pattern: '^[0-9]{5}$' },
          email: { type: 'string', format: 'email' },
          anschrift: { type: 'object', properties: { ort: { type: 'string' } } },
          extras: { type: 'object', additionalProperties: { type: 'string' } },
        },
      },
    },
  },
};

describe('validateForm()', () => {
  it('accepts valid data', () => {
    expect(validateForm(def, 'antrag', { betreff: 'Hallo', plz: '10115', email: 'a@example.org' })).toEqual({ ok: true });
  });

  it('returns every error with a JSON pointer and German and English text', () => {
    const result = validateForm(def, 'antrag', { betreff: 'x', email: 'kein-mail' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.path, e.code])).toEqual(expect.arrayContaining([
      ['/plz', 'required'], ['/betreff', 'minLength'], ['/email', 'format'],
    ]));
    const missing = result.errors.find((e) => e.code === 'required')!;
    expect(missing.message).toEqual({ de: 'Pflichtangabe „plz“ fehlt.', en: 'Required property "plz" is missing.' });
  });

  it('rejects unknown properties, also nested, unless the schema allows them', () => {
    const result = validateForm(def, 'antrag', { betreff: 'Hallo', plz: '10115', anschrift: { ort: 'B', land: 'X' }, extras: { frei: 'ja' }, zusatz: 1 });
    expect(result.ok ? [] : result.errors.map((e) => e.path).sort()).toEqual(['/anschrift/land', '/zusatz']);
  });

  it('reports an unknown form as data, not as an exception', () => {
    expect(validateForm(def, 'toString', {})).toMatchObject({ ok: false, errors: [{ code: 'form-unknown' }] });
  });

  it('compiles a form once per definition and reuses it', () => {
    const first = validateForm(def, 'antrag', { betreff: 'Hallo', plz: '10115' });
    const started = performance.now();
    for (let i = 0; i < 1000; i++) validateForm(def, 'antrag', { betreff: 'Hallo', plz: '10115' });
    expect(first.ok).toBe(true);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
