import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { validate } from '../../cli/commands/validate.js';
import { createCaseMachine, startCase, transitionCase, validateDefinition, validateForm } from '../../engine/index.js';
import type { ProcedureConfig } from '../../engine/index.js';

const fixture = (name: string) => new URL(`./fixtures/hostile/${name}.json`, import.meta.url);

/** Each hostile fixture, the finding it must produce and where it must point. */
const corpus: [name: string, code: string, path: string][] = [
  ['proto-top-level', 'key-forbidden', '/__proto__'],
  ['constructor-in-form', 'key-forbidden', '/forms/antrag/schema/properties/constructor'],
  ['proto-in-effect-params', 'key-forbidden', '/machine/states/draft/on/SUBMIT/actions/0/params/__proto__'],
  ['redos-nested-quantifier', 'pattern-unsafe', '/forms/antrag/schema/properties/name/pattern'],
  ['redos-email', 'pattern-unsafe', '/forms/antrag/schema/properties/email/pattern'],
  ['redos-pattern-properties', 'pattern-unsafe', '/forms/antrag/schema/patternProperties/^(\\w|\\d)*x$'],
  ['remote-ref', 'ref-remote', '/forms/antrag/schema/properties/name/$ref'],
  ['file-ref', 'ref-remote', '/forms/antrag/schema/properties/name/$ref'],
  ['guard-constructor', 'guard-unsafe', '/machine/states/submitted/on/DECIDE/guard'],
  ['guard-computed-path', 'guard-unsafe', '/machine/states/submitted/on/DECIDE/guard'],
  ['guard-forbidden-operation', 'guard-unsafe', '/machine/states/submitted/on/DECIDE/guard'],
  ['deeply-nested', 'too-deep', '/forms/antrag/uiSchema/x/x/x/x/x/x/x/x/x/x/x/x/x/x/x/x/x/x/x/x/x/x/x/x/x/x/x/x/x/x/x/x/x/x/x/x/x/x'],
];

const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
const assertPrototypeClean = () => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
  for (const key of ['polluted', 'isAdmin']) expect(key in {}).toBe(false);
};

describe('validateDefinition() on the hostile corpus', () => {
  afterAll(assertPrototypeClean);

  it.each(corpus)('rejects %s with %s at its pointer', (name, code, path) => {
    const result = validateDefinition(readFileSync(fixture(name), 'utf8'));
    expect(result.ok).toBe(false);
    expect(result.errors).toContainEqual(expect.objectContaining({ code, path }));
    assertPrototypeClean();
  });

  it('rejects a document nested 100 000 levels deep without overflowing the stack', () => {
    const text = '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000);
    expect(validateDefinition(text).errors[0]?.code).toBe('too-deep');
  });

  it('rejects a document over the size limit', () => {
    const huge = { id: 'huge', forms: { f: { uiSchema: { list: Array.from({ length: 60_000 }, (_, i) => i) } } } };
    expect(validateDefinition(huge).errors[0]?.code).toBe('too-large');
    expect(validateDefinition('"' + 'x'.repeat(5_000_000) + '"').errors[0]?.code).toBe('too-large');
  });

  it.each([null, 42, 'null', '[]', '"text"', { id: 1 }])('returns errors, never throws, for %j', (input) => {
    const result = validateDefinition(input);
    expect(result.ok).toBe(false);
    expect(result.errors.length).toBeGreaterThan(0);
  });
});

describe('amtsweg validate on the hostile corpus', () => {
  const lines: string[] = [];
  beforeAll(() => {
    vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
  });
  afterAll(() => vi.restoreAllMocks());

  it('exits 1 and prints file:pointer: code for every fixture', async () => {
    const files = corpus.map(([name]) => fixture(name).pathname);
    expect(await validate.run(files)).toBe(1);
    for (const [name, code, path] of corpus) {
      expect(lines.some((l) => l.includes(`${name}.json:${path}: ${code}: `)), `${name}\n${lines.join('\n')}`).toBe(true);
    }
  });
});

describe('validateForm() and guards on hostile data', () => {
  const def: ProcedureConfig = JSON.parse(readFileSync(fixture('remote-ref'), 'utf8')) as ProcedureConfig;
  def.forms!.antrag!.schema = { type: 'object', properties: { name: { type: 'string' }, tags: { type: 'array', items: { type: 'string' } } } };
  afterAll(assertPrototypeClean);

  it.each([
    ['__proto__', '{"name":"x","__proto__":{"polluted":"yes"}}', '/__proto__'],
    ['constructor', '{"name":"x","constructor":{"prototype":{"polluted":"yes"}}}', '/constructor'],
    ['nested prototype', '{"name":"x","tags":[{"prototype":1}]}', '/tags/0/prototype'],
  ])('rejects a %s key in form data', (_label, text, path) => {
    const result = validateForm(def, 'antrag', JSON.parse(text));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContainEqual(expect.objectContaining({ code: 'key-forbidden', path }));
  });

  it('rejects deeply nested and oversized form data', () => {
    const deep = JSON.parse('{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000));
    expect(validateForm(def, 'antrag', deep)).toMatchObject({ ok: false, errors: [{ code: 'too-deep' }] });
    expect(validateForm(def, 'antrag', { tags: Array.from({ length: 50_000 }, () => 'x') })).toMatchObject({ ok: false, errors: [{ code: 'too-large' }] });
  });

  it('evaluates a guard reaching for constructor as not satisfied, at run time too', () => {
    const hostile: ProcedureConfig = JSON.parse(readFileSync(fixture('guard-constructor'), 'utf8')) as ProcedureConfig;
    const machine = createCaseMachine(hostile);
    const start = startCase(machine, { id: 'c', procedure: 'hostile', version: 1 }, '2026-01-05T08:00:00Z');
    const submitted = transitionCase(machine, start.snapshot, { type: 'SUBMIT', data: JSON.parse('{"name":"x","__proto__":{"polluted":"yes"}}'), at: '2026-01-05T08:00:00Z' });
    expect(transitionCase(machine, submitted.snapshot, { type: 'DECIDE', at: '2026-01-05T08:00:00Z' }).snapshot.value).toBe('submitted');
  });
});
