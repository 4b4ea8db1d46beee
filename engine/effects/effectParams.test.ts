import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../definitions/index.js';
import { resolveDefinition } from '../resolveDefinition.js';
import { procedureSchema } from '../procedureSchema.js';
import { checkEffectParams } from './effectParamIssues.js';
import { EFFECT_PARAMS, EFFECT_TYPES } from './effectParams.js';
import { placedEffects } from './placedEffects.js';

type Schema = { title?: string; description?: string; 'x-i18n'?: { en?: { title?: string; description?: string } }; properties?: Record<string, Schema>; required?: string[] };

describe('EFFECT_PARAMS', () => {
  it('is what the meta-schema checks each effect type\'s params against (declared once)', () => {
    const effect = procedureSchema.$defs.effect as unknown as { allOf: { if: { properties: { type: { const: string } } }; then: { properties: { params: unknown }; required?: string[] } }[] };
    expect(effect.allOf.map((branch) => branch.if.properties.type.const)).toEqual(EFFECT_TYPES);
    for (const [i, type] of EFFECT_TYPES.entries()) {
      expect(effect.allOf[i]!.then.properties.params).toBe(EFFECT_PARAMS[type]);
      expect(effect.allOf[i]!.then.required ?? []).toEqual((EFFECT_PARAMS[type] as Schema).required?.length ? ['params'] : []);
    }
  });

  it.each(EFFECT_TYPES)('gives %s and every parameter a German and an English title and description (the designer\'s effect forms)', (type) => {
    const schema = EFFECT_PARAMS[type] as Schema;
    for (const node of [schema, ...Object.values(schema.properties ?? {})]) {
      expect(node.title).toMatch(/\S/);
      expect(node.description).toMatch(/\S/);
      expect(node['x-i18n']?.en?.title).toMatch(/\S/);
      expect(node['x-i18n']?.en?.description).toMatch(/\S/);
    }
  });

  it('accepts the params of every effect in the catalogue', () => {
    for (const config of loadCatalogue().values()) {
      for (const { effect, at } of placedEffects(resolveDefinition(config))) expect(checkEffectParams(effect, at), `${config.id}${at}`).toEqual([]);
    }
  });
});

describe('checkEffectParams()', () => {
  const at = '/machine/states/x/entry/0';

  it('names the effect type and the unknown parameter, pointing at it', () => {
    expect(checkEffectParams({ type: 'renderDocument', params: { template: 'bescheid', document: 'bescheid', title: 'Bescheid' } }, at)).toEqual([{
      path: `${at}/params/title`, code: 'effect-param-unknown',
      message: { de: 'renderDocument: unbekannter Parameter „title“ (erlaubt: template, document).', en: 'renderDocument: unknown parameter "title" (allowed: template, document).' },
    }]);
    expect(checkEffectParams({ type: 'receipt', params: { template: 'x' } }, at)[0]?.message.en).toBe('receipt: unknown parameter "template" (receipt takes no parameters).');
  });

  it('names a missing parameter, and refuses a value of the wrong kind at its place', () => {
    expect(checkEffectParams({ type: 'sign', params: { document: 'bescheid' } }, at)).toMatchObject([{ path: `${at}/params/kind`, code: 'effect-param-missing', message: { de: 'sign: Parameter „kind“ fehlt.' } }]);
    expect(checkEffectParams({ type: 'sign', params: { document: 'bescheid', kind: 'stamp' } }, at)).toMatchObject([{
      path: `${at}/params/kind`, code: 'effect-param-invalid', message: { en: 'sign, parameter "kind": Must be one of: "seal", "signature".' },
    }]);
    expect(checkEffectParams({ type: 'createEFile', params: { subject: { de: 'Akte' } } }, at)).toMatchObject([{ path: `${at}/params/subject/en`, code: 'effect-param-invalid' }]);
    expect(checkEffectParams({ type: 'requestConsent', params: { categories: [], purpose: { de: 'a', en: 'b' } } }, at)).toMatchObject([{ path: `${at}/params/categories`, code: 'effect-param-invalid' }]);
    expect(checkEffectParams({ type: 'notify' }, at)).toMatchObject([{ path: `${at}/params/to`, code: 'effect-param-missing' }]);
  });

  it('refuses an unknown effect type', () => {
    expect(checkEffectParams({ type: 'sendFax', params: {} }, at)).toMatchObject([{ path: `${at}/type`, code: 'effect-unknown' }]);
  });
});
