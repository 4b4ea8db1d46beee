import Router from '@koa/router';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpError } from './HttpError.js';
import { serveBehindErrorHandler } from './testing/serveBehindErrorHandler.js';
import type { TestServer } from './testing/serveBehindErrorHandler.js';

// Issue 8: a GET on a POST-only route answered 405 as text/plain, outside the one error shape.
describe('errorHandler()', () => {
  let server: TestServer;

  beforeAll(async () => {
    const router = new Router();
    router.post('/api/things', (ctx) => { ctx.status = 201; ctx.body = { ok: true }; });
    router.get('/api/thrown', () => { throw new HttpError(405, 'method-not-allowed', 'Use POST', undefined, { headers: { Allow: 'POST' } }); });
    router.get('/api/limited', (ctx) => ctx.throw(429, 'Slow down', { headers: { 'Retry-After': '60' } }));
    router.get('/api/bare', (ctx) => { ctx.status = 410; });
    router.get('/api/boom', () => { throw new Error('secret internals'); });
    router.get('/api/download', (ctx) => {
      ctx.set('Content-Disposition', 'attachment; filename="bescheid.pdf"');
      ctx.set('X-Content-Type-Options', 'nosniff');
      throw new HttpError(403, 'consent-required', 'Withheld');
    });
    router.get('/api/raw', (ctx) => { ctx.respond = false; ctx.res.statusCode = 400; ctx.res.end('raw answer'); });
    server = await serveBehindErrorHandler((app) => app.use(router.routes()).use(router.allowedMethods()));
  });

  afterAll(() => server.close());

  const call = async (method: string, path: string) => {
    const res = await fetch(server.url + path, { method });
    const text = await res.text();
    return { status: res.status, type: res.headers.get('content-type'), headers: res.headers, text, json: JSON.parse(text || 'null') as unknown };
  };

  it('answers a method the route lacks with 405 in the JSON error shape and an Allow header', async () => {
    const res = await call('GET', '/api/things');
    expect(res.status).toBe(405);
    expect(res.type).toMatch(/^application\/json/);
    expect(res.headers.get('allow')).toBe('POST');
    expect(res.json).toEqual({ status: 405, code: 'method-not-allowed', message: 'GET is not allowed on /api/things; allowed: POST' });
  });

  it('answers an unknown method with 501 and an unknown path with 404, both as JSON', async () => {
    expect((await call('PROPFIND', '/api/things')).json).toMatchObject({ status: 501, code: 'not-implemented' });
    expect((await call('GET', '/api/nothing-here')).json).toEqual({ status: 404, code: 'not-found', message: 'No route for GET /api/nothing-here' });
  });

  it('turns a bare error status into the JSON shape', async () => {
    expect((await call('GET', '/api/bare')).json).toEqual({ status: 410, code: 'gone', message: 'Gone' });
  });

  it('sets the headers a thrown error carries, HttpError or http-errors', async () => {
    const thrown = await call('GET', '/api/thrown');
    expect(thrown.headers.get('allow')).toBe('POST');
    expect(thrown.json).toEqual({ status: 405, code: 'method-not-allowed', message: 'Use POST' });
    const limited = await call('GET', '/api/limited');
    expect(limited.headers.get('retry-after')).toBe('60');
    expect(limited.json).toEqual({ status: 429, code: 'rate-limited', message: 'Slow down' });
  });

  it('answers anything else with a 500 that hides the message and logs the error', async () => {
    const res = await call('GET', '/api/boom');
    expect(res.json).toEqual({ status: 500, code: 'internal', message: 'Internal server error' });
    expect(res.text).not.toContain('secret');
    expect(server.logged).toContainEqual(expect.objectContaining({ message: 'secret internals' }));
  });

  it('drops the headers of the download an error replaced, and keeps the others', async () => {
    const res = await call('GET', '/api/download');
    expect(res).toMatchObject({ status: 403, json: { code: 'consent-required' } });
    expect(res.headers.get('content-disposition')).toBeNull(); // else the browser saves the error as bescheid.pdf
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('leaves answers written past Koa alone', async () => {
    const res = await fetch(`${server.url}/api/raw`);
    expect([res.status, await res.text()]).toEqual([400, 'raw answer']);
  });
});
