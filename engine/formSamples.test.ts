import { describe, expect, it } from 'vitest';
import { checkFormSamples } from './formSamples.js';
import { validateDefinition } from './index.js';
import { procedureFiles } from '../definitions/index.js';
import { readFileSync } from 'node:fs';

const forms = (schema: Record<string, unknown>) => ({ antrag: { schema: { type: 'object', ...schema } } });
const events = { SUBMIT: { form: 'antrag' }, RESUBMIT: { form: 'antrag' }, NOTE: {} };

describe('checkFormSamples()', () => {
  it('warns when a form has no examples and the generated sample fails its schema, naming the field and every event', () => {
    const [warning, ...rest] = checkFormSamples({ forms: forms({ required: ['plz'], properties: { plz: { type: 'string', pattern: '^[0-9]{5}$' } } }), events });
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ code: 'form-no-sample', path: '/forms/antrag/schema/examples' });
    expect(warning!.message.de).toMatch(/plz: .*SUBMIT, RESUBMIT/s);
  });

  it('says so when examples exist but none passes', () => {
    const [warning] = checkFormSamples({ forms: forms({ required: ['n'], properties: { n: { type: 'integer' } }, examples: [{ n: 'x' }] }), events });
    expect(warning!.message.en).toContain('None of form "antrag"');
  });

  it('is silent when a sample exists, generated or given', () => {
    expect(checkFormSamples({ forms: forms({ required: ['n'], properties: { n: { type: 'integer' } } }), events })).toEqual([]);
    expect(checkFormSamples({ forms: forms({ required: ['plz'], properties: { plz: { type: 'string', pattern: '^[0-9]{5}$' } }, examples: [{ plz: '80331' }] }), events })).toEqual([]);
  });

  it('finds no such form in the catalogue', () => {
    for (const file of procedureFiles()) {
      expect(validateDefinition(readFileSync(file, 'utf8')).warnings.filter((w) => w.code === 'form-no-sample'), file).toEqual([]);
    }
  });
});
