import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveBehindErrorHandler } from '../testing/serveBehindErrorHandler.js';
import type { TestServer } from '../testing/serveBehindErrorHandler.js';
import { jsonBodyParser } from './jsonBodyParser.js';

describe('jsonBodyParser()', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await serveBehindErrorHandler((app) => app.use(jsonBodyParser()).use((ctx) => { ctx.body = { received: ctx.request.body }; }));
  });

  afterAll(() => server.close());

  const post = async (body: string | Uint8Array, headers: Record<string, string> = {}) => {
    const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    return { status: res.status, json: await res.json() as unknown };
  };

  it('parses JSON, also gzip-encoded', async () => {
    expect(await post(gzipSync('{"a":1}'), { 'content-encoding': 'gzip' })).toEqual({ status: 200, json: { received: { a: 1 } } });
  });

  it('answers broken JSON with 400 invalid-json, without quoting the body', async () => {
    expect(await post('{"secret":')).toEqual({ status: 400, json: { status: 400, code: 'invalid-json', message: 'The body is not valid JSON' } });
  });

  it('answers a __proto__ key with 400 forbidden-key', async () => {
    expect((await post('{"__proto__":{"x":1}}')).json).toMatchObject({ status: 400, code: 'forbidden-key' });
  });

  it('answers a body that is not what its Content-Encoding says with 400, not 500', async () => {
    const res = await post('{"a":1}', { 'content-encoding': 'gzip' });
    expect(res).toEqual({ status: 400, json: { status: 400, code: 'invalid-encoding', message: 'The body is not valid gzip data' } });
    expect(server.logged).toEqual([]);
  });

  it('answers an unknown Content-Encoding with 415 and a body over 1 MB with 413', async () => {
    expect((await post('{}', { 'content-encoding': 'br2' })).json).toMatchObject({ status: 415, code: 'unsupported-media-type' });
    expect((await post(JSON.stringify({ pad: 'x'.repeat(1_100_000) }))).json).toMatchObject({ status: 413, code: 'payload-too-large' });
  });
});
