import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guardFields, validateDefinition } from '../../engine/index.js';
import type { ProcedureConfig } from '../../engine/index.js';

const load = (name: string) => JSON.parse(readFileSync(new URL(`../../definitions/${name}/procedure.json`, import.meta.url), 'utf8')) as ProcedureConfig;
const gewerbe = load('gewerbeanmeldung');
const SUBMIT = '/machine/states/entwurf/on/SUBMIT';
const CONFIRM = '/machine/states/pruefung/on/CONFIRM';
const paths = (def: ProcedureConfig, at: string) => (guardFields(def).get(at) ?? []).map((f) => f.path);

/** The definition with `guard` on the transition at pointer `at` (an `on` entry with a target). */
function withGuard(def: ProcedureConfig, at: string, guard: unknown): ProcedureConfig {
  const copy = structuredClone(def) as unknown as Record<string, unknown>;
  const seg = at.split('/').slice(1);
  const holder = seg.slice(0, -1).reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, copy);
  const key = seg.at(-1)!;
  const entry = holder[key];
  holder[key] = { ...(typeof entry === 'string' ? { target: entry } : entry as object), guard };
  return copy as unknown as ProcedureConfig;
}

const guardFindings = (def: ProcedureConfig) => validateDefinition(def).errors.filter((e) => e.code.startsWith('guard-'));

describe('guardFields', () => {
  it('offers the event\'s own form as event.data on the transition that carries it, and no stored data before it', () => {
    const submit = guardFields(gewerbe).get(SUBMIT)!;
    expect(submit.map((f) => f.path)).toContain('event.data.beschaeftigte');
    expect(submit.every((f) => f.source === 'event' && f.form === 'anmeldung')).toBe(true);
    expect(submit.find((f) => f.path === 'event.data.beschaeftigte')).toMatchObject({ type: 'integer', field: 'beschaeftigte' });
    // A choice declared by enum alone, a nested field, a boolean; no groups, lists or files.
    expect(submit.find((f) => f.path === 'event.data.rechtsform')?.type).toBe('string');
    expect(submit.map((f) => f.path)).toEqual(expect.arrayContaining(['event.data.betriebsanschrift.postleitzahl', 'event.data.nebenerwerb']));
    expect(submit.map((f) => f.path)).not.toContain('event.data.betriebsanschrift');
  });

  it('offers forms stored on earlier transitions as data.<form>, the current event\'s as event.data', () => {
    const confirm = paths(gewerbe, CONFIRM);
    expect(confirm).toEqual(expect.arrayContaining(['event.data.registernummer', 'data.anmeldung.beschaeftigte']));
    expect(confirm).not.toContain('event.data.beschaeftigte');
    expect(confirm).not.toContain('data.bestaetigung.registernummer');
    // A deadline's transition has no event data.
    const wohnsitz = load('wohnsitzanmeldung');
    for (const [at, fields] of guardFields(wohnsitz)) {
      if (at.includes('/after/')) expect(fields.every((f) => f.source === 'data')).toBe(true);
    }
  });

  it('agrees with the checker: every offered field passes it, the ones left out fail it', () => {
    for (const name of ['gewerbeanmeldung', 'wohnsitzanmeldung', 'dsgvo-auskunft']) {
      const def = load(name);
      for (const [at, fields] of guardFields(def)) {
        if (!/\/on\/[^/]+$/.test(at) || fields.length === 0) continue;
        const all = { and: fields.map((f) => ({ '!!': { var: f.path } })) };
        expect(guardFindings(withGuard(def, at, all)), `${name} ${at}`).toEqual([]);
      }
    }
    expect(guardFindings(withGuard(gewerbe, CONFIRM, { '==': [{ var: 'data.bestaetigung.registernummer' }, 'x'] })).map((e) => e.code)).toEqual(['guard-data-unavailable']);
    expect(guardFindings(withGuard(gewerbe, SUBMIT, { '>': [{ var: 'data.anmeldung.beschaeftigte' }, 1] })).map((e) => e.code)).toEqual(['guard-data-unavailable']);
  });

  it('yields nothing for a definition too broken to resolve', () => {
    expect(guardFields({ machine: {} } as unknown as ProcedureConfig).size).toBe(0);
  });
});
