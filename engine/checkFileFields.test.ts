import { describe, expect, it } from 'vitest';
import { UPLOAD_LIMITS, validateDefinition } from './index.js';
import type { ProcedureConfig } from './index.js';

/** A procedure whose one form has the field `datei` as given. */
function withField(datei: Record<string, unknown>, extra: Record<string, unknown> = {}): ProcedureConfig {
  return {
    id: 'probe', version: 1, title: { de: 'Probe', en: 'Probe' }, authority: 'amt', legalBasis: '§ 1 ProbeG',
    roles: { applicant: { kind: 'citizen' } },
    forms: { antrag: { schema: { type: 'object', properties: { datei, ...extra } } } },
    events: { SUBMIT: { by: ['applicant'], form: 'antrag' } },
    machine: { initial: 'draft', states: { draft: { on: { SUBMIT: 'done' } }, done: { type: 'final' } } },
  };
}
const problems = (config: ProcedureConfig) => validateDefinition(config).errors.map((e) => [e.path, e.code]);
const at = (keyword: string) => `/forms/antrag/schema/properties/datei/${keyword}`;

describe('validateDefinition(): file fields', () => {
  it('accepts both standard declarations with sane limits', () => {
    expect(problems(withField({ type: 'string', format: 'data-url', 'x-maxBytes': 512 * 1024, 'x-mediaTypes': ['application/pdf', 'image/png'] }))).toEqual([]);
    expect(problems(withField({ type: 'string', contentEncoding: 'base64', contentMediaType: 'application/pdf' }))).toEqual([]);
    expect(problems(withField({ type: 'array', items: { type: 'string', format: 'data-url', 'x-maxBytes': 1000 } }))).toEqual([]);
  });

  it('refuses a size over the installation limit, not whole or not positive', () => {
    for (const max of [UPLOAD_LIMITS.maxBytes + 1, 1024 ** 3, 0, 1.5, '5MB']) {
      expect(problems(withField({ type: 'string', format: 'data-url', 'x-maxBytes': max }))).toEqual([[at('x-maxBytes'), 'file-max-bytes']]);
    }
  });

  it('refuses media types it cannot recognise by content, an empty list and repeats', () => {
    for (const types of [['application/zip'], [], ['image/png', 'image/png'], 'application/pdf']) {
      expect(problems(withField({ type: 'string', format: 'data-url', 'x-mediaTypes': types }))).toEqual([[at('x-mediaTypes'), 'file-media-types']]);
    }
    expect(problems(withField({ type: 'string', contentEncoding: 'base64', contentMediaType: 'text/html' }))).toEqual([[at('contentMediaType'), 'file-media-types']]);
  });

  it('refuses limits on a field that holds no file, and encodings other than base64', () => {
    expect(problems(withField({ type: 'string', 'x-maxBytes': 100 }))).toEqual([[at('x-maxBytes'), 'file-keyword-misplaced']]);
    expect(problems(withField({ type: 'string', contentMediaType: 'application/pdf' }))).toEqual([[at('contentMediaType'), 'file-keyword-misplaced']]);
    expect(problems(withField({ type: 'string', contentEncoding: 'base32' }))).toEqual([[at('contentEncoding'), 'file-encoding']]);
  });

  it('reads keywords only where they are keywords: a property may be called x-maxBytes', () => {
    expect(problems(withField({ type: 'object', properties: { 'x-maxBytes': { type: 'string' }, format: { type: 'string' } } }))).toEqual([]);
  });
});
